import { z } from 'zod';
import { cursorCodec } from '../../web/cursor.ts';

/** Platform roles and account states, in the order screens list them. */
export const PLATFORM_ROLES = ['admin', 'moderator', 'user'] as const;
export const USER_STATUSES = ['pending', 'active', 'deactivated'] as const;

/** Longest search text accepted: longer is refused with a message, never silently cut. */
export const SEARCH_MAX = 100;
export const USERS_PAGE_SIZE = 50;

/** HTML forms send '' for "all"; treat it as absent. */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const cursor = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A row of the admin lists in their order: its sort value (date or name) and id. */
export interface Cursor {
  key: string;
  id: string;
}

/** The cursor of the users and audit lists: `[key, id]` of a row, read back as a `Cursor`. */
export const listCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([key, id]): Cursor => ({ key, id })),
  { detailKey: 'admin.error.cursor' },
);

/** Filters, sort and page of the users list; the same schema for `/admin/users` and `/api/v1/users`. */
export const userListQuery = z.object({
  status: optional(z.enum(USER_STATUSES)).describe(
    'Only users in this state: pending, active or deactivated',
  ),
  role: optional(z.enum(PLATFORM_ROLES)).describe('Only users with this platform role'),
  q: optional(z.string().trim().max(SEARCH_MAX)).describe(
    `Text contained in the name or email address, any case (at most ${SEARCH_MAX} characters)`,
  ),
  sort: optional(z.enum(['created', 'name'])).describe('Order by creation date (default) or name'),
  dir: optional(z.enum(['asc', 'desc'])).describe('Direction; default newest first, or A to Z for names'),
  cursor: optional(cursor).describe('The `next` value of the previous page'),
  before: optional(cursor).describe('Web pages only: the page before this cursor'),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userParams = z.object({
  id: z.string().min(1).max(64).describe('The user id'),
});

/** Every state-changing request carries the version it was based on: stale versions get 409. */
export const versionField = z.coerce
  .number()
  .int()
  .min(1)
  .describe(
    'The `version` of the user as last read. If someone changed the user since, the request is refused with 409 and nothing changes: read the user again and retry.',
  );

export const userActionBody = z.object({ version: versionField });

/** The JSON body of `POST /api/v1/users/{id}/approve|deactivate`. */
export const apiUserActionBody = z.object({
  version: z
    .number()
    .int()
    .min(1)
    .describe(
      'Required. The `version` of the user as you last read it (GET /api/v1/users/{id}). If the user changed since, the answer is 409 VersionConflict and nothing changes: read the user again, decide again, and retry with the new version.',
    ),
});

/** `GET /api/v1/users`: the list filters, newest first unless `sort`/`dir` say otherwise. */
export const apiUserListQuery = userListQuery.omit({ before: true }).extend({
  limit: z.coerce.number().int().min(1).max(100).optional().describe('Page size, 1 to 100 (default 50)'),
});

/** RFC 9457 problem details, as every API error is answered. */
export const problemOut = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string().describe('A fixed code: NotFound, VersionConflict, InvalidState, SelfChange, LastAdmin…'),
  detail: z.string(),
  instance: z.string(),
});

export const roleChangeBody = z.object({
  role: z.enum(PLATFORM_ROLES),
  version: versionField,
});

export const invitationBody = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  role: z.enum(PLATFORM_ROLES),
});

export const invitationParams = z.object({ id: z.string().min(1).max(64) });

/** Audit log filters: entity type, actor (an email address or `system`), one entity, and the page. */
export const auditQuery = z.object({
  type: optional(
    z
      .string()
      .max(64)
      .regex(/^[a-z0-9_.-]+$/),
  ),
  actor: optional(z.string().trim().max(254)),
  entity: optional(z.string().max(64)),
  cursor: optional(cursor),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** A user as the admin API shows it. */
export const adminUserOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(PLATFORM_ROLES),
  status: z.enum(USER_STATUSES),
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable().describe('Id of the admin who approved the account'),
  version: z.number().int().describe('Send it back with any change: see the `version` field of requests'),
  actions: z
    .array(z.enum(['approve', 'deactivate', 'reactivate', 'changeRole', 'resetPassword']))
    .describe('What the caller may do with this user now'),
});

export const adminUserDetailOut = adminUserOut.extend({
  sessions: z.number().int().describe('Open browser sessions'),
  memberships: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      role: z.string(),
      since: z.string(),
    }),
  ),
});

export const adminUserListOut = z.object({
  data: z.array(adminUserOut),
  next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
