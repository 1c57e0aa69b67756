import type { z } from 'zod';

/**
 * What Chromium does with an extension's policy (components/policy, "Schema"): the managed schema is a
 * JSON-schema subset (type, properties, additionalProperties, items, enum, id/$ref, description), and a
 * policy value is kept only as far as the schema describes it: unknown properties are dropped without a
 * word, a wrong type drops the value. These helpers let a unit test check public/managed_schema.json
 * against the zod schemas the extension parses with.
 */
export interface ChromiumSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, ChromiumSchema>;
  additionalProperties?: ChromiumSchema;
  items?: ChromiumSchema;
  enum?: Array<string | number>;
  id?: string;
  $ref?: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The Chromium schema a zod schema's input needs, with no descriptions or references. No enums: a value
 * outside a list would make Chromium drop the whole policy (only chrome://policy would say so), while the
 * extension names the path of the problem on its options page and in the log.
 */
export function chromiumSchemaOf(schema: z.ZodType): ChromiumSchema {
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
    case 'optional':
      return chromiumSchemaOf(def.innerType as z.ZodType);
    case 'pipe':
      return chromiumSchemaOf(def.in as z.ZodType);
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([k, v]) => [k, chromiumSchemaOf(v)]),
        ),
      };
    case 'array':
      return { type: 'array', items: chromiumSchemaOf(def.element as z.ZodType) };
    case 'record': {
      const value = chromiumSchemaOf(def.valueType as z.ZodType);
      const keys = defOf(def.keyType as z.ZodType).entries;
      if (!keys) return { type: 'object', additionalProperties: value };
      return { type: 'object', properties: Object.fromEntries(Object.values(keys).map((k) => [k, value])) };
    }
    case 'enum':
      return { type: 'string' };
    case 'literal': {
      const [value] = def.values ?? [];
      if (typeof value !== 'number') return { type: 'string' };
      return { type: Number.isInteger(value) ? 'integer' : 'number' };
    }
    case 'number':
      return { type: (schema as unknown as { format?: string }).format === 'safeint' ? 'integer' : 'number' };
    case 'string':
    case 'boolean':
      return { type: def.type };
    default:
      throw new Error(`no Chromium schema for zod "${def.type}"`);
  }
}

/** The schema with every `$ref` replaced by the node whose `id` it names, and no ids or descriptions. */
export function expanded(schema: ChromiumSchema, ids = idsIn(schema)): ChromiumSchema {
  const node = schema.$ref ? ids.get(schema.$ref) : schema;
  if (!node) throw new Error(`unknown $ref ${schema.$ref}`);
  const { id: _id, description: _description, $ref: _ref, ...rest } = node;
  const out: ChromiumSchema = { ...rest };
  if (rest.properties)
    out.properties = Object.fromEntries(
      Object.entries(rest.properties).map(([k, v]) => [k, expanded(v, ids)]),
    );
  if (rest.items) out.items = expanded(rest.items, ids);
  if (rest.additionalProperties) out.additionalProperties = expanded(rest.additionalProperties, ids);
  return out;
}

function idsIn(
  schema: ChromiumSchema,
  found = new Map<string, ChromiumSchema>(),
): Map<string, ChromiumSchema> {
  if (schema.id) found.set(schema.id, schema);
  for (const child of [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(schema.additionalProperties ? [schema.additionalProperties] : []),
  ])
    idsIn(child, found);
  return found;
}

/** A policy value as Chromium hands it to storage.managed: unknown keys dropped; a wrong type throws. */
export function keptByChromium(schema: ChromiumSchema, value: unknown, path = '$'): unknown {
  const fail = () => {
    throw new Error(`${path}: ${JSON.stringify(value)?.slice(0, 60)} is not ${schema.type}`);
  };
  switch (schema.type) {
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) fail();
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value as object)) {
        const child = schema.properties?.[key] ?? schema.additionalProperties;
        if (child) out[key] = keptByChromium(child, v, `${path}.${key}`);
      }
      return out;
    }
    case 'array':
      if (!Array.isArray(value)) fail();
      return (value as unknown[]).map((v, i) => keptByChromium(schema.items ?? {}, v, `${path}[${i}]`));
    case 'integer':
      if (!Number.isInteger(value)) fail();
      break;
    case 'number':
    case 'string':
    case 'boolean':
      if (typeof value !== schema.type) fail();
      break;
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) fail();
  return value;
}
