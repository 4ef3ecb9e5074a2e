import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { Translator } from '../../i18n/translator.ts';
import { XLSX_TYPE } from '../../tables/index.ts';
import { accessOf } from '../../uploads/access-first.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendProblem } from '../../web/error-handler.ts';
import { HttpProblem } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { processParams } from '../../web/params.ts';
import { loadProcessAccess, type ProcessSpaceAccess } from '../processes/index.ts';
import type { ActionChange } from './bulk.actions.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS, parseUpload, type RawRow } from './bulk.parse.ts';
import { applyRows, checkRows, HANDLERS, type Report } from './bulk.service.ts';
import type { ValueChange } from './bulk.values.ts';
import { problemText } from './bulk.views.tsx';
import { BULK_MODES, type BulkKind } from './monitoring.table.ts';

const cell = z.union([z.string().max(2000), z.number()]).optional();

const valueRow = z.object({
  row: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The row number problems are reported with; its position when left out'),
  indicator: cell.describe('Indicator id or exact name'),
  period: cell.describe('`2020`, `2020-Q3` or `2020-07`'),
  sex: cell.describe('`_T`/total (default), `F`/female, `M`/male'),
  ageGroup: cell.describe('`_T` (default), `0-14`, `15-24`, `25-54`, `55-64`, `65+`'),
  value: cell,
  source: cell,
  dateReported: cell.describe('YYYY-MM-DD; today when left out'),
});

const actionRow = z.object({
  row: z.number().int().min(1).optional(),
  action: cell.describe('Action id or exact title'),
  status: cell.describe('planned, in-progress, done, delayed or cancelled'),
  progress: cell.describe('0 to 100'),
});

const bulkQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .describe('`true`: check every row and report, save nothing'),
  mode: z
    .enum(BULK_MODES)
    .default('valid-only')
    .describe(
      '`valid-only`: save valid rows, skip the others; `all-or-nothing`: save nothing if any row has a problem',
    ),
});

const reportOut = z.object({
  dryRun: z.boolean(),
  mode: z.enum(BULK_MODES),
  saved: z.number().int().describe('Rows saved (0 on a dry run)'),
  summary: z.object({
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    unchanged: z.number().int().describe('Valid rows that change nothing'),
  }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['invalid', 'new', 'replace', 'update', 'unchanged']),
      problems: z.array(z.object({ column: z.string(), message: z.string(), detail: z.string() })),
      change: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

function rawRows(rows: Record<string, unknown>[], columns: Record<string, string>): RawRow[] {
  return rows.map((r, i) => ({
    row: typeof r.row === 'number' ? r.row : i + 1,
    cells: Object.fromEntries(
      Object.entries(columns).map(([key, column]) => {
        const value = r[key];
        return [column, value === undefined || value === null ? '' : String(value).trim()];
      }),
    ),
  }));
}

function present(kind: BulkKind, report: Report, i18n: Translator) {
  return report.rows.map((r) => {
    const change = r.change as ValueChange | ActionChange | null;
    let status: 'invalid' | 'new' | 'replace' | 'update' | 'unchanged' = 'invalid';
    let out: Record<string, unknown> | null = null;
    if (change && kind === 'indicator-values') {
      const c = change as ValueChange;
      status = c.kind === 'same' ? 'unchanged' : c.kind;
      out = {
        indicatorId: c.indicatorId,
        period: c.period,
        sex: c.sex,
        age: c.age,
        value: c.value,
        previous: c.previous,
        source: c.source,
        reportedOn: c.reportedOn,
      };
    } else if (change) {
      const c = change as ActionChange;
      status = HANDLERS[kind].unchanged(c) ? 'unchanged' : 'update';
      out = { actionId: c.actionId, before: c.before, after: c.after };
    }
    return {
      row: r.row,
      status,
      problems: r.problems.map((p) => ({
        column: p.column,
        message: i18n.t(p.key, p.values),
        detail: problemText(i18n, r.row, p),
      })),
      change: out,
    };
  });
}

/**
 * `POST /api/v1/processes/{id}/indicators/values:bulk` and `…/actions:bulk`: the same checks and
 * saving as the upload pages, for JSON rows or a CSV / XLSX file sent as the body.
 */
export async function bulkApiRoutes(app: App, { db }: AppDeps): Promise<void> {
  // A file may be sent as the body itself; its rows are read before validation.
  for (const type of ['text/csv', XLSX_TYPE]) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );
  }

  const endpoints: {
    kind: BulkKind;
    url: string;
    summary: string;
    row: typeof valueRow | typeof actionRow;
    columns: Record<string, string>;
  }[] = [
    {
      kind: 'indicator-values',
      url: '/api/v1/processes/:id/indicators/values::bulk',
      summary:
        'Report many indicator values at once (JSON rows, or a CSV / XLSX body); `dryRun=true` only checks',
      row: valueRow,
      columns: {
        indicator: 'indicator',
        period: 'period',
        sex: 'sex',
        ageGroup: 'age_group',
        value: 'value',
        source: 'source',
        dateReported: 'date_reported',
      },
    },
    {
      kind: 'action-updates',
      url: '/api/v1/processes/:id/actions::bulk',
      summary: 'Update the status and progress of many actions at once; `dryRun=true` only checks',
      row: actionRow,
      columns: { action: 'action', status: 'status', progress: 'progress' },
    },
  ];

  for (const endpoint of endpoints) {
    const body = z.object({ rows: z.array(endpoint.row).min(1).max(MAX_UPLOAD_ROWS) });
    app.post(
      endpoint.url,
      {
        config: { policy: 'signed-in' },
        schema: {
          tags: ['monitoring'],
          summary: endpoint.summary,
          security: [{ bearer: [] }],
          params: processParams,
          querystring: bulkQuery,
          body,
          response: { 200: reportOut, 422: reportOut },
        },
        preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
          if (!Buffer.isBuffer(request.body)) return;
          const type = String(request.headers['content-type'] ?? '');
          const parsed = await parseUpload(
            type.startsWith('text/csv') ? 'upload.csv' : 'upload.xlsx',
            request.body,
            HANDLERS[endpoint.kind].columns,
          );
          if (!parsed.ok) {
            return sendProblem(request, reply, {
              status: 422,
              code: 'UnreadableFile',
              titleKey: 'bulk.api.unreadable',
              errors: [
                {
                  location: 'body',
                  pointer: '/',
                  detail: request.i18n.t(parsed.problem.key, parsed.problem.values),
                },
              ],
            });
          }
          // File rows keep their spreadsheet row numbers and column names.
          const names = Object.entries(endpoint.columns);
          request.body = {
            rows: parsed.rows.map((r) => ({
              row: r.row,
              ...Object.fromEntries(names.map(([key, column]) => [key, r.cells[column] ?? ''])),
            })),
          };
        },
      },
      async (request, reply) => {
        // Checked before the body was read (bulk.routes.tsx); loaded again only if it was not.
        const ctx =
          accessOf<ProcessSpaceAccess>(request) ??
          (await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit'));
        const { dryRun, mode } = request.query;
        const rows = rawRows(request.body.rows as Record<string, unknown>[], endpoint.columns);
        const context = { process: ctx.process, actorId: actorId(request.actor) };
        const day = today();
        const answer = (report: Report, saved: number) => ({
          dryRun: dryRun === 'true',
          mode,
          saved,
          summary: {
            rows: report.rows.length,
            valid: report.valid,
            invalid: report.invalid,
            unchanged: report.unchanged,
          },
          rows: present(endpoint.kind, report, request.i18n),
        });
        if (dryRun === 'true')
          return answer(await checkRows(db.kysely, context, endpoint.kind, rows, day), 0);
        const { result, report } = await applyRows(db, context, endpoint.kind, mode, rows, day, {
          entityId: ctx.process.id,
          fileName: null,
        });
        // A row changed while the rows were saved: nothing was, and there is no report to give.
        if (!report) throw new HttpProblem(409, 'Conflict', 'bulk.conflict');
        // Rows refused (the only failure left with a report) answer 422 with the same report as a dry run.
        if (!result.ok) return reply.code(422).send(answer(report, 0));
        return answer(report, result.value.saved);
      },
    );
  }
}
