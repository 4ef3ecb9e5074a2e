/**
 * JSON Schema, as found in the OpenAPI document, turned into table rows: one per field, with a
 * TypeScript-like type and its constraints.
 */

/** The parts of JSON Schema the page reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** `components.schemas` of the document, for following `$ref`s. */
export type Schemas = Record<string, JsonSchema>;

export type ConstraintKind =
  | 'format'
  | 'pattern'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'default';

export interface ApiField {
  /** Dotted path: `region.code`, `data[].name`. */
  name: string;
  /** TypeScript-like: `string`, `string | null`, `object[]`, `"draft" | "published"`. */
  type: string;
  required: boolean;
  description: string | null;
  constraints: { kind: ConstraintKind; value: string }[];
}

const MAX_DEPTH = 5;

/** Follows `#/components/schemas/…` references (once per schema, so cycles end). */
export function resolve(schemas: Schemas, schema: JsonSchema | undefined, seen: Set<string>): JsonSchema {
  if (!schema?.$ref) return schema ?? {};
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = schemas[name];
  if (!target || seen.has(name)) return {};
  seen.add(name);
  return resolve(schemas, target, seen);
}

/** A schema without its `| null` alternative, for deciding whether to list nested fields. */
function withoutNull(schema: JsonSchema): JsonSchema {
  const alternatives = (schema.anyOf ?? schema.oneOf)?.filter((s) => s.type !== 'null');
  if (alternatives?.length === 1 && alternatives[0]) return alternatives[0];
  return schema;
}

function typeOf(schemas: Schemas, raw: JsonSchema | undefined, seen = new Set<string>()): string {
  if (raw?.$ref) {
    const name = raw.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return name;
    return typeOf(schemas, resolve(schemas, raw, new Set(seen)), new Set([...seen, name]));
  }
  const schema = raw ?? {};
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) {
    const shown = schema.enum.slice(0, 8).map((v) => JSON.stringify(v));
    return schema.enum.length > 8 ? `${shown.join(' | ')} | …` : shown.join(' | ');
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map((s) => typeOf(schemas, s, seen)))].join(' | ');
  if (schema.allOf) return 'object';
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? 'object' : 'any';
  return types
    .map((type) => {
      if (type === 'array') {
        const item = typeOf(schemas, schema.items, seen);
        return item.includes(' | ') ? `(${item})[]` : `${item}[]`;
      }
      return type;
    })
    .join(' | ');
}

function constraintsOf(schema: JsonSchema): ApiField['constraints'] {
  const found: ApiField['constraints'] = [];
  const add = (kind: ConstraintKind, value: unknown) => {
    if (value !== undefined)
      found.push({ kind, value: typeof value === 'string' ? value : JSON.stringify(value) });
  };
  add('format', schema.format);
  add('pattern', schema.pattern);
  add('minLength', schema.minLength);
  add('maxLength', schema.maxLength);
  add('minimum', schema.minimum);
  add('maximum', schema.maximum);
  add('minItems', schema.minItems);
  add('maxItems', schema.maxItems);
  add('default', schema.default);
  return found;
}

export function field(schemas: Schemas, name: string, raw: JsonSchema, required: boolean): ApiField {
  const schema = resolve(schemas, raw, new Set());
  const inner = resolve(schemas, withoutNull(schema), new Set());
  return {
    name,
    type: typeOf(schemas, raw),
    required,
    description: schema.description ?? inner.description ?? null,
    constraints: constraintsOf(inner),
  };
}

/** One row per property, descending into objects and arrays of objects. */
export function flattenFields(
  schemas: Schemas,
  raw: JsonSchema | undefined,
  prefix = '',
  depth = 0,
): ApiField[] {
  if (!raw || depth > MAX_DEPTH) return [];
  const schema = resolve(schemas, withoutNull(resolve(schemas, raw, new Set())), new Set());
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) {
    return flattenFields(schemas, schema.items, `${prefix}[]`, depth + 1);
  }
  if (!schema.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([key, child]) => {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    return [
      field(schemas, name, child, required.has(key)),
      ...flattenFields(schemas, child, name, depth + 1),
    ];
  });
}
