import { describe, expect, it } from 'vitest';
import { flattenFields } from './apidocs.fields.ts';
import { type OpenApiDocument, presentReference } from './apidocs.presenter.ts';

const doc: OpenApiDocument = {
  tags: [{ name: 'programmes', description: 'Development programmes' }],
  components: {
    schemas: {
      Money: {
        type: 'object',
        properties: {
          amount: { type: 'integer', minimum: 0 },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        },
        required: ['amount', 'currency'],
      },
    },
  },
  paths: {
    '/api/v1/programmes/{id}': {
      patch: {
        tags: ['programmes'],
        summary: 'Update a programme',
        security: [{ bearer: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  status: { enum: ['draft', 'published'], default: 'draft' },
                  budget: { anyOf: [{ $ref: '#/components/schemas/Money' }, { type: 'null' }] },
                  themes: { type: 'array', items: { type: 'string' }, maxItems: 5 },
                },
                required: ['status'],
              },
            },
          },
        },
        responses: {
          '200': { description: 'Default Response' },
          '409': { description: 'The programme changed since it was read' },
        },
      },
    },
    '/api/v1/ping': { get: { summary: 'Untagged' } },
  },
};

describe('presentReference', () => {
  it('groups operations by tag and flattens the body, following references', () => {
    const [programmes, other] = presentReference(doc);
    expect(programmes?.description).toBe('Development programmes');
    expect(other?.name).toBe('other');
    const op = programmes!.operations[0]!;
    expect(op).toMatchObject({ method: 'PATCH', anchor: 'patch-api-v1-programmes-id', secured: true });
    expect(op.requestBody?.required).toBe(true);
    const fields = Object.fromEntries(op.requestBody!.fields.map((f) => [f.name, f]));
    expect(fields.status).toMatchObject({ type: '"draft" | "published"', required: true });
    expect(fields.status?.constraints).toEqual([{ kind: 'default', value: 'draft' }]);
    expect(fields.budget).toMatchObject({ type: 'object | null', required: false });
    expect(fields['budget.currency']?.constraints).toEqual([{ kind: 'pattern', value: '^[A-Z]{3}$' }]);
    expect(fields.themes).toMatchObject({ type: 'string[]' });
    expect(op.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', null],
      ['409', 'The programme changed since it was read'],
    ]);
    expect(op.errorStatuses).toEqual(['400', '401', '404']);
  });

  it('lists the items of a top-level array', () => {
    const fields = flattenFields(doc.components!.schemas!, {
      type: 'array',
      items: { $ref: '#/components/schemas/Money' },
    });
    expect(fields.map((f) => f.name)).toEqual(['[].amount', '[].currency']);
  });
});
