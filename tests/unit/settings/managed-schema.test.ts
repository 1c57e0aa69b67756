import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { exportPlaybooks, playbookFileSchema } from '../../../lib/core/procedures/io';
import { playbookSchema } from '../../../lib/core/procedures/schema';
import { settingsSchema } from '../../../lib/core/settings/schema';
import { type ChromiumSchema, chromiumSchemaOf, expanded, keptByChromium } from '../support/chromium-schema';

/** What the browser's policy engine validates against (public/managed_schema.json). */
interface Managed {
  type?: string;
  enum?: string[];
  properties?: Record<string, Managed>;
  items?: Managed;
}
const managed: Managed = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const unwrap = (schema: z.ZodType): z.ZodType => {
  const def = defOf(schema);
  return def.type === 'default' || def.type === 'optional' ? unwrap(def.innerType as z.ZodType) : schema;
};

/** The differences between a settings schema node and its managed-schema counterpart, by path. */
function compare(path: string, schema: z.ZodType, node: Managed | undefined): string[] {
  if (!node) return [`${path}: missing from managed_schema.json`];
  const inner = unwrap(schema);
  const def = defOf(inner);
  const format = (inner as unknown as { format?: string | null }).format;
  const expected: Record<string, string> = {
    string: 'string',
    enum: 'string',
    boolean: 'boolean',
    number: format === 'safeint' ? 'integer' : 'number',
    array: 'array',
    object: 'object',
    record: 'object',
  };
  const out: string[] = [];
  if (node.type !== expected[def.type])
    out.push(`${path}: type ${node.type}, settings say ${expected[def.type]}`);
  if (def.type === 'enum' && JSON.stringify(node.enum) !== JSON.stringify(Object.values(def.entries ?? {})))
    out.push(`${path}: enum ${JSON.stringify(node.enum)}, settings say ${JSON.stringify(def.entries)}`);
  if (def.type === 'array') out.push(...compare(`${path}[]`, def.element as z.ZodType, node.items));
  if (def.type === 'object') out.push(...compareKeys(path, def.shape ?? {}, node.properties ?? {}));
  if (path === 'settings.playbooks') return out; // below: the whole shape, as Chromium keeps it
  if (def.type === 'record') {
    // A record keyed by an enum (fields, channels): the policy schema lists each key.
    const keys = Object.values(defOf(def.keyType as z.ZodType).entries ?? {});
    const listed = Object.keys(node.properties ?? {});
    if (JSON.stringify([...listed].sort()) !== JSON.stringify([...keys].sort()))
      out.push(`${path}: keys ${listed.join(',')}, settings say ${keys.join(',')}`);
  }
  return out;
}

function compareKeys(path: string, shape: Record<string, z.ZodType>, properties: Record<string, Managed>) {
  const out = Object.keys(properties)
    .filter((key) => !(key in shape))
    .map((key) => `${path}.${key}: not a setting`);
  for (const [key, schema] of Object.entries(shape))
    out.push(...compare(`${path}.${key}`, schema, properties[key]));
  return out;
}

describe('managed_schema.json', () => {
  it('lists every settings key, with the same types and choices, and nothing else', () => {
    expect(compareKeys('settings', settingsSchema.shape, managed.properties ?? {})).toEqual([]);
  });
});

describe('managed_schema.json: the playbooks a lead pushes', () => {
  const node = expanded(managed.properties?.playbooks as ChromiumSchema);
  const playbook = chromiumSchemaOf(playbookSchema);

  it('describes the exported file and the per-channel object, every property of every playbook', () => {
    const file = chromiumSchemaOf(playbookFileSchema);
    expect(node).toEqual({
      type: 'object',
      properties: {
        ...file.properties,
        callback: playbook,
        chat: playbook,
        survey: playbook,
        other: playbook,
      },
    });
  });

  it('Chromium keeps the file "Exportar JSON" writes whole, and the bare per-channel object too', () => {
    const file = JSON.parse(exportPlaybooks());
    expect(keptByChromium(node, file)).toEqual(file);
    const perChannel = Object.fromEntries(file.playbooks.map((p: { id: string }) => [p.id, p]));
    expect(keptByChromium(node, perChannel)).toEqual(perChannel);
  });
});
