import {
  type ApiField,
  field,
  flattenFields,
  type JsonSchema,
  resolve,
  type Schemas,
} from './apidocs.fields.ts';

export type { ApiField } from './apidocs.fields.ts';

/**
 * Turns the OpenAPI document of the running app into what the reference page shows: operations
 * grouped by tag, with their parameters, body and response fields flattened into table rows.
 */

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
const GENERATED_DESCRIPTION = 'Default Response';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function firstContent(
  content: Record<string, { schema?: JsonSchema }> | undefined,
): { contentType: string; schema?: JsonSchema } | null {
  const entry = content ? Object.entries(content)[0] : undefined;
  return entry ? { contentType: entry[0], schema: entry[1].schema } : null;
}

function presentOperation(
  doc: OpenApiDocument,
  schemas: Schemas,
  path: string,
  method: string,
  op: OpenApiOperation,
): ApiOperation {
  const parameters: ApiParameter[] = (op.parameters ?? []).map((p) => ({
    ...field(schemas, p.name, p.schema ?? {}, p.required ?? false),
    description: p.description ?? resolve(schemas, p.schema, new Set()).description ?? null,
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
        fields: flattenFields(schemas, content?.schema),
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
          fields: flattenFields(schemas, body.schema),
        }
      : null,
    responses,
    errorStatuses: implied,
  };
}

/** Operations grouped by their first tag, tags in the document's order, then as first met. */
export function presentReference(doc: OpenApiDocument): ApiTag[] {
  const schemas = doc.components?.schemas ?? {};
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
      if (op)
        tagFor(op.tags?.[0] ?? 'other').operations.push(presentOperation(doc, schemas, path, method, op));
    }
  }
  return [...tags.values()].filter((t) => t.operations.length > 0);
}
