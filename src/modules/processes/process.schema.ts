import { z } from 'zod';
import { processParams } from '../../web/params.ts';
import {
  AREA_LEVELS,
  BODY_KINDS,
  BODY_ROLES,
  PROCESS_ROLES,
  STAGE_KINDS,
  STAGE_STATUSES,
} from './process.table.ts';

/** Longest texts accepted: a title or name, a summary or notes, a note beside a matrix cell. */
export const LIMITS = { title: 200, text: 5000, note: 1000, cell: 300, url: 2000, tags: 100 } as const;

/** Form fields arrive as strings; an empty (or blank) one means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const optionalId = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^[a-z0-9]{1,40}$/, 'process.error.unknownChoice')
    .optional(),
);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as `YYYY-MM-DD` (what a native date input sends). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'process.error.date')
  .refine(isRealDate, 'process.error.date')
  .describe('A date, YYYY-MM-DD');
const optionalDate = z.preprocess(blankToUndefined, isoDate.optional());

const countryCode = z
  .string({ error: 'process.error.countryRequired' })
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'process.error.countryRequired')
  .transform((v) => v.toUpperCase());

/** Path parameters: opaque ids. */
/** The shared process path parameter (decision 60). */
export { processParams };
export const stageParams = processParams.extend({ stageId: z.string().regex(/^[a-z0-9]{1,40}$/) });
export const itemParams = processParams.extend({ itemId: z.string().regex(/^[a-z0-9]{1,40}$/) });

const versionField = z.coerce.number().int().min(0).describe('The version you read; a stale one answers 409');

/** What a process is made of, as the service takes it (from a form or from JSON). */
export interface ProcessInput {
  title: string;
  countryAlpha3: string;
  areaId?: string;
  newArea?: { name: string; level: (typeof AREA_LEVELS)[number]; parentId?: string };
  planName: string;
  periodStart?: string;
  periodEnd?: string;
  leadOrganisationId?: string;
  visibility: 'public' | 'private';
  summary?: string;
  tags: string[];
}

const processFields = {
  title: requiredText(LIMITS.title).describe('Title of the process'),
  countryAlpha3: countryCode.describe('ISO 3166-1 alpha-3 code of the country'),
  areaId: optionalId.describe('An existing sub-national area of that country (a local process)'),
  planName: requiredText(LIMITS.title).describe(
    'The development plan or strategy migration is mainstreamed into',
  ),
  periodStart: optionalDate,
  periodEnd: optionalDate.describe('A date after periodStart'),
  leadOrganisationId: optionalId.describe('The lead organisation (an organisation id)'),
  visibility: z.enum(['public', 'private']).default('public'),
  summary: optionalText(LIMITS.text),
};

/** The process form (create and settings): flat strings; a new area is typed in three fields. */
export const processForm = z.object({
  ...processFields,
  newAreaName: optionalText(LIMITS.title),
  newAreaLevel: z.preprocess(blankToUndefined, z.enum(AREA_LEVELS).optional()),
  newAreaParentId: optionalId,
});

/** Maps the form's fields (and its repeated `tags`) to the service's input. */
export function processFormInput(data: z.infer<typeof processForm>, tags: string[]): ProcessInput {
  const { newAreaName, newAreaLevel, newAreaParentId, ...rest } = data;
  const newArea =
    newAreaName !== undefined || newAreaLevel !== undefined || newAreaParentId !== undefined
      ? { name: newAreaName ?? '', level: newAreaLevel ?? ('' as never), parentId: newAreaParentId }
      : undefined;
  return { ...rest, newArea, tags };
}

const newAreaJson = z.object({
  name: requiredText(LIMITS.title),
  level: z.enum(AREA_LEVELS),
  parentId: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .optional()
    .describe('The area it sits in'),
});
const tagsJson = z.array(z.string().max(40)).max(LIMITS.tags).describe('Taxonomy term ids, e.g. sdg:10.7');

/** POST /api/v1/processes. */
export const processCreateBody = z.object({
  ...processFields,
  newArea: newAreaJson.optional().describe('Creates a sub-national area instead of using areaId'),
  tags: tagsJson.default([]),
});

/** PATCH /api/v1/processes/{id}: any fields to change, and the version you read. */
export const processPatchBody = z.object({
  version: versionField,
  title: processFields.title.optional(),
  countryAlpha3: countryCode.optional(),
  areaId: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .nullable()
    .optional()
    .describe('null makes it national'),
  newArea: newAreaJson.optional(),
  planName: processFields.planName.optional(),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  leadOrganisationId: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .nullable()
    .optional(),
  visibility: z.enum(['public', 'private']).optional(),
  summary: z.string().trim().max(LIMITS.text).nullable().optional(),
  tags: tagsJson.optional(),
});

export const processListQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .describe('ISO alpha-3 code'),
  level: z.enum(['national', 'local']).optional(),
  tag: z.string().max(40).optional().describe('A taxonomy term id; an SDG also matches its targets'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The stage form and PATCH body. */
export const stageForm = z.object({
  status: z.enum(STAGE_STATUSES),
  startDate: optionalDate,
  endDate: optionalDate,
  notes: optionalText(LIMITS.text),
  version: versionField,
});

export const stagePatchBody = z.object({
  version: versionField,
  status: z.enum(STAGE_STATUSES).optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  notes: z.string().trim().max(LIMITS.text).nullable().optional(),
});

/** Only web links: a `javascript:` or `data:` link would run in the reader's browser. */
export const webLink = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'stage.error.link');

export const deliverableForm = z
  .object({
    title: requiredText(LIMITS.title),
    url: z.preprocess(blankToUndefined, webLink.optional()),
    note: optionalText(LIMITS.note),
  })
  .refine((d) => d.url !== undefined || d.note !== undefined, {
    message: 'stage.error.linkOrNote',
    path: ['url'],
  });

export const bodyForm = z.object({
  name: requiredText(LIMITS.title),
  kind: z.enum(BODY_KINDS),
  mandate: optionalText(LIMITS.text),
  version: versionField,
});

export const bodyMemberForm = z.object({
  organisationId: z
    .string({ error: 'body.error.organisation' })
    .trim()
    .regex(/^[a-z0-9]{1,40}$/, 'body.error.organisation'),
  role: z.enum(BODY_ROLES),
});

const checkbox = z.preprocess((v) => v === '1' || v === 'on' || v === true, z.boolean());

export const governmentRowForm = z.object({
  organisationId: optionalId,
  ministryName: optionalText(LIMITS.title),
  national: checkbox,
  nationalNote: optionalText(LIMITS.cell),
  regional: checkbox,
  regionalNote: optionalText(LIMITS.cell),
  local: checkbox,
  localNote: optionalText(LIMITS.cell),
  version: versionField.optional(),
});
export type GovernmentRowInput = z.infer<typeof governmentRowForm>;

const governmentLevelJson = z.object({
  takesPart: z.boolean(),
  note: z.string().trim().max(LIMITS.cell).nullable().optional(),
});

/** PUT /api/v1/processes/{id}/body: the whole body at once. */
export const bodyPutBody = z.object({
  version: versionField.describe('The version you read (0 when the process has no body yet)'),
  name: requiredText(LIMITS.title),
  kind: z.enum(BODY_KINDS),
  mandate: z.string().trim().max(LIMITS.text).nullable().optional(),
  members: z
    .array(z.object({ organisationId: z.string().regex(/^[a-z0-9]{1,40}$/), role: z.enum(BODY_ROLES) }))
    .max(200)
    .default([]),
  government: z
    .array(
      z.object({
        organisationId: z
          .string()
          .regex(/^[a-z0-9]{1,40}$/)
          .nullable()
          .optional(),
        ministryName: z.string().trim().max(LIMITS.title).nullable().optional(),
        national: governmentLevelJson,
        regional: governmentLevelJson,
        local: governmentLevelJson,
      }),
    )
    .max(200)
    .default([]),
});

/** Invite a person (by the email of their account) or an organisation. */
export const memberForm = z.object({
  email: z.preprocess(blankToUndefined, z.email().max(320).optional()),
  organisationId: optionalId,
  role: z.enum(PROCESS_ROLES),
});

export const memberRoleForm = z.object({ role: z.enum(PROCESS_ROLES) });

export const visibilityForm = z.object({
  visibility: z.enum(['public', 'private']),
  version: versionField,
});

export const pairForm = z.object({
  partnerId: z
    .string({ error: 'process.pair.error.partner' })
    .trim()
    .regex(/^[a-z0-9]{1,40}$/, 'process.pair.error.partner'),
  note: optionalText(LIMITS.note),
});

// ---- API answers ----

export const areaOut = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(AREA_LEVELS),
  parentId: z.string().nullable(),
});

export const termRef = z.object({ id: z.string(), short: z.string(), label: z.string() });

export const processOut = z.object({
  id: z.string(),
  title: z.string(),
  country: z.object({ alpha3: z.string(), name: z.string() }),
  area: areaOut.nullable().describe('Set for a local process'),
  level: z.enum(['national', 'local']),
  planName: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  leadOrganisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  visibility: z.enum(['public', 'private']),
  summary: z.string().nullable(),
  tags: z.array(termRef),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  role: z.enum(PROCESS_ROLES).nullable().describe('Your role in the process; null when you have none'),
});

export const deliverableOut = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const stageOut = z.object({
  id: z.string(),
  kind: z.enum(STAGE_KINDS),
  position: z.number(),
  name: z.string(),
  status: z.enum(STAGE_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  notes: z.string().nullable(),
  deliverables: z.array(deliverableOut),
  version: z.number(),
});

const governmentLevelOut = z.object({ takesPart: z.boolean(), note: z.string().nullable() });

export const bodyOut = z.object({
  name: z.string().nullable().describe('null until the body is first saved'),
  kind: z.enum(BODY_KINDS).nullable(),
  mandate: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.string(),
      organisation: z.object({ id: z.string(), name: z.string() }),
      role: z.enum(BODY_ROLES),
    }),
  ),
  government: z.array(
    z.object({
      id: z.string(),
      organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
      ministryName: z.string().nullable(),
      name: z.string(),
      national: governmentLevelOut,
      regional: governmentLevelOut,
      local: governmentLevelOut,
    }),
  ),
  version: z.number().describe('0 until the body is first saved'),
});

export const memberOut = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  email: z.string().nullable().describe('Only shown to those who manage the process'),
  role: z.enum(PROCESS_ROLES),
  people: z
    .number()
    .int()
    .nullable()
    .describe(
      'For an organisation: how many people get its role (at most member) in the process; null for a person',
    ),
});

/** An invitation waiting for the person's answer (decision 45). */
export const invitationOut = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(PROCESS_ROLES),
  status: z.literal('pending'),
  createdAt: z.string(),
});

/** An invitation as the invited person sees it. */
export const myInvitationOut = z.object({
  id: z.string(),
  processId: z.string(),
  processTitle: z.string(),
  role: z.enum(PROCESS_ROLES),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const invitationParams = z.object({ invitationId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) });

/** A member's new role (`itemId` in the path is the membership id from the list). */
export const memberPatchBody = z.object({ role: z.enum(PROCESS_ROLES) });

export const memberPostBody = z
  .object({
    email: z
      .email()
      .max(320)
      .optional()
      .describe(
        'A person to invite: they join when they accept (the answer is the same whether the address has an account or not)',
      ),
    organisationId: z
      .string()
      .regex(/^[a-z0-9]{1,40}$/)
      .optional(),
    role: z.enum(PROCESS_ROLES),
  })
  .refine((m) => (m.email === undefined) !== (m.organisationId === undefined), {
    message: 'Give either email or organisationId',
  });
