/**
 * The policy keys of public/managed_schema.json as the admin kit needs them: type, description and an
 * example value. Read from the schema, so a key added there (guardMode, for instance) reaches every
 * file of the kit; the examples below are what a lead would plausibly set.
 */
export interface PolicyKey {
  key: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  description: string;
  /** Allowed values of a string key, when the schema lists them. */
  choices?: string[];
  example: unknown;
}

interface SchemaProperty {
  type?: PolicyKey['type'];
  description?: string;
  enum?: string[];
}

const POLICY_EXAMPLES: Record<string, unknown> = {
  agentName: 'Atendente Central',
  language: 'pt-BR',
  fieldMapping: { motherName: '#tr_labelId_CustomColumn80sr' },
  customHosts: ['https://sysaid.assefaz.org.br'],
  playbooks: {},
  descriptionMaxChars: 60000,
  categoryLoadTimeoutMs: 15000,
  inactivity: { callEverySeconds: 90, calls: 3, closeAfterSeconds: 300 },
  pauses: [
    { time: '10:00', label: 'Pausa 1' },
    { time: '15:30', label: 'Pausa 2' },
  ],
  allowOverride: false,
  guardScope: { mode: 'new', templates: [] },
  draftTtlHours: 12,
  // The pilot: nothing blocked, would-be blocks logged (DESIGN.md, Rollout).
  guardMode: 'observe',
};

const FALLBACK: Record<PolicyKey['type'], unknown> = {
  string: '',
  integer: 0,
  number: 0,
  boolean: false,
  object: {},
  array: [],
};

export function policyKeys(schema: { properties?: Record<string, SchemaProperty> }): PolicyKey[] {
  return Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const type = property.type ?? 'string';
    const choices = property.enum;
    return {
      key,
      type,
      description: property.description ?? '',
      ...(choices ? { choices } : {}),
      example: POLICY_EXAMPLES[key] ?? choices?.[0] ?? FALLBACK[type],
    };
  });
}

/** The example as the policy value itself: the configuration an IT admin edits. */
export function exampleConfiguration(keys: PolicyKey[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k.key, k.example]));
}
