/**
 * Turns the OpenAPI document of the running app into what the reference page shows: operations
 * grouped by tag, with their parameters, body and response fields flattened into table rows.
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

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  security?: unknown[];
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

/** The parts of an OpenAPI 3.1 document the page reads. */
export interface OpenApiDocument {
  info?: { title?: string; version?: string };
  tags?: { name: string; description?: string }[];
  security?: unknown[];
  paths?: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

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

export interface ApiParameter extends ApiField {
  in: string;
}

export interface ApiResponse {
  status: string;
  /** The document's own description, unless it is the generated "Default Response". */
  description: string | null;
  contentType: string | null;
  fields: ApiField[];
}

export interface ApiOperation {
  anchor: string;
  method: string;
  path: string;
  summary: string | null;
  description: string | null;
  deprecated: boolean;
  /** The operation declares that it needs a bearer token. */
  secured: boolean;
  parameters: ApiParameter[];
  requestBody: { contentType: string; required: boolean; fields: ApiField[] } | null;
  responses: ApiResponse[];
  /** Error statuses that follow from the operation's shape (bad input, unknown id, no token). */
  errorStatuses: string[];
}

export interface ApiTag {
  name: string;
  anchor: string;
  description: string | null;
  operations: ApiOperation[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const MAX_DEPTH = 5;
const GENERATED_DESCRIPTION = 'Default Response';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Follows `#/components/schemas/…` references (once per schema, so cycles end). */
function resolve(doc: OpenApiDocument, schema: JsonSchema | undefined, seen: Set<string>): JsonSchema {
  if (!schema?.$ref) return schema ?? {};
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components?.schemas?.[name];
  if (!target || seen.has(name)) return {};
  seen.add(name);
  return resolve(doc, target, seen);
}

/** A schema without its `| null` alternative, for deciding whether to list nested fields. */
function withoutNull(schema: JsonSchema): JsonSchema {
  const alternatives = (schema.anyOf ?? schema.oneOf)?.filter((s) => s.type !== 'null');
  if (alternatives?.length === 1 && alternatives[0]) return alternatives[0];
  return schema;
}

function typeOf(doc: OpenApiDocument, raw: JsonSchema | undefined, seen = new Set<string>()): string {
  if (raw?.$ref) {
    const name = raw.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return name;
    return typeOf(doc, resolve(doc, raw, new Set(seen)), new Set([...seen, name]));
  }
  const schema = raw ?? {};
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) {
    const shown = schema.enum.slice(0, 8).map((v) => JSON.stringify(v));
    return schema.enum.length > 8 ? `${shown.join(' | ')} | …` : shown.join(' | ');
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map((s) => typeOf(doc, s, seen)))].join(' | ');
  if (schema.allOf) return 'object';
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? 'object' : 'any';
  return types
    .map((type) => {
      if (type === 'array') {
        const item = typeOf(doc, schema.items, seen);
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

function field(doc: OpenApiDocument, name: string, raw: JsonSchema, required: boolean): ApiField {
  const schema = resolve(doc, raw, new Set());
  const inner = resolve(doc, withoutNull(schema), new Set());
  return {
    name,
    type: typeOf(doc, raw),
    required,
    description: schema.description ?? inner.description ?? null,
    constraints: constraintsOf(inner),
  };
}

/** One row per property, descending into objects and arrays of objects. */
export function flattenFields(
  doc: OpenApiDocument,
  raw: JsonSchema | undefined,
  prefix = '',
  depth = 0,
): ApiField[] {
  if (!raw || depth > MAX_DEPTH) return [];
  const schema = resolve(doc, withoutNull(resolve(doc, raw, new Set())), new Set());
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) {
    return flattenFields(doc, schema.items, `${prefix}[]`, depth + 1);
  }
  if (!schema.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([key, child]) => {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    return [field(doc, name, child, required.has(key)), ...flattenFields(doc, child, name, depth + 1)];
  });
}

function firstContent(
  content: Record<string, { schema?: JsonSchema }> | undefined,
): { contentType: string; schema?: JsonSchema } | null {
  const entry = content ? Object.entries(content)[0] : undefined;
  return entry ? { contentType: entry[0], schema: entry[1].schema } : null;
}

function presentOperation(
  doc: OpenApiDocument,
  path: string,
  method: string,
  op: OpenApiOperation,
): ApiOperation {
  const parameters: ApiParameter[] = (op.parameters ?? []).map((p) => ({
    ...field(doc, p.name, p.schema ?? {}, p.required ?? false),
    description: p.description ?? resolve(doc, p.schema, new Set()).description ?? null,
    in: p.in,
  }));
  const body = firstContent(op.requestBody?.content);
  const responses: ApiResponse[] = Object.entries(op.responses ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, response]) => {
      const content = firstContent(response.content);
      return {
        status,
        description:
          response.description && response.description !== GENERATED_DESCRIPTION
            ? response.description
            : null,
        contentType: content?.contentType ?? null,
        fields: flattenFields(doc, content?.schema),
      };
    });
  const secured = (op.security ?? doc.security ?? []).length > 0;
  const declared = new Set(responses.map((r) => r.status));
  const implied = [
    parameters.length > 0 || body ? '400' : null,
    secured ? '401' : null,
    parameters.some((p) => p.in === 'path') ? '404' : null,
  ].filter((s): s is string => s !== null && !declared.has(s));
  return {
    anchor: slug(`${method} ${path}`),
    method: method.toUpperCase(),
    path,
    summary: op.summary ?? null,
    description: op.description ?? null,
    deprecated: op.deprecated ?? false,
    secured,
    parameters,
    requestBody: body
      ? {
          contentType: body.contentType,
          required: op.requestBody?.required ?? false,
          fields: flattenFields(doc, body.schema),
        }
      : null,
    responses,
    errorStatuses: implied,
  };
}

/** Operations grouped by their first tag, tags in the document's order, then as first met. */
export function presentReference(doc: OpenApiDocument): ApiTag[] {
  const tags = new Map<string, ApiTag>();
  const tagFor = (name: string) => {
    let tag = tags.get(name);
    if (!tag) {
      const declared = doc.tags?.find((t) => t.name === name);
      tag = { name, anchor: `tag-${slug(name)}`, description: declared?.description ?? null, operations: [] };
      tags.set(name, tag);
    }
    return tag;
  };
  for (const declared of doc.tags ?? []) tagFor(declared.name);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) tagFor(op.tags?.[0] ?? 'other').operations.push(presentOperation(doc, path, method, op));
    }
  }
  return [...tags.values()].filter((t) => t.operations.length > 0);
}
