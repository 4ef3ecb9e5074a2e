import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { earliestDay, isPartialDate, latestDay } from '../../i18n/partial-date.ts';
import type { Problems, ServiceResult } from '../programmes/index.ts';
import { type Access, knownCountries, resolveOrganisations } from '../programmes/index.ts';
import { canCreateEvent, canOrganiseWith, canUpdateEvent } from './event.policy.ts';
import {
  findEvent,
  insertEvent,
  loadEventParts,
  parentOf,
  programmeExists,
  replaceEventParts,
  updateEventRow,
} from './event.repository.ts';
import type { EventInput } from './event.schema.ts';
import type { OrganiserRole } from './event.table.ts';

/** Rules that involve more than one field, or that the demo's literal data must also obey. */
export function eventRuleProblems(input: EventInput): Problems {
  const problems: Problems = {};
  if (!isPartialDate(input.startDate)) problems.startDate = { key: 'event.error.startDate.real' };
  if (input.endDate !== null && !isPartialDate(input.endDate))
    problems.endDate = { key: 'event.error.endDate.real' };
  if (
    !problems.startDate &&
    !problems.endDate &&
    input.endDate !== null &&
    earliestDay(input.endDate) < earliestDay(input.startDate)
  )
    problems.endDate = { key: 'event.error.endBeforeStart', dates: { start: input.startDate } };
  if (input.participantsApproximate && input.participantsCount === null)
    problems.participantsCount = { key: 'event.error.approximateWithoutCount' };
  if (input.kind !== 'competition') {
    if (input.photoSubmissions !== null)
      problems.photoSubmissions = { key: 'event.error.submissionsOnlyCompetition' };
    if (input.videoSubmissions !== null)
      problems.videoSubmissions = { key: 'event.error.submissionsOnlyCompetition' };
  }
  return problems;
}

type Organisers = { organisationId: string; role: OrganiserRole }[];
type Checked = { ok: true; organisers: Organisers } | { ok: false; kind: 'invalid'; errors: Problems };

/** Resolves what an event refers to (organisers, country, programme, parent) and who may organise it. */
async function checkEvent(
  trx: Transaction<Database>,
  access: Access,
  input: EventInput,
  eventId: string | null,
): Promise<Checked> {
  const problems = eventRuleProblems(input);
  const found = await resolveOrganisations(
    trx,
    input.organisers.map((o) => o.organisation),
  );
  const organisers: Organisers = [];
  input.organisers.forEach((o, row) => {
    const match = found.get(o.organisation.trim());
    const field = `organisers.${row}.organisation`;
    if (match?.kind !== 'found') {
      problems[field] = {
        key:
          match?.kind === 'ambiguous'
            ? 'event.error.organisationAmbiguous'
            : 'event.error.organisationUnknown',
        values: { name: o.organisation },
      };
    } else if (organisers.some((seen) => seen.organisationId === match.organisation.id)) {
      problems[field] = { key: 'event.error.organiserDuplicate', values: { name: o.organisation } };
    } else organisers.push({ organisationId: match.organisation.id, role: o.role });
  });
  if (input.country && !(await knownCountries(trx, [input.country])).has(input.country))
    problems.country = { key: 'event.error.countryInvalid' };
  if (input.programmeId && !(await programmeExists(trx, input.programmeId)))
    problems.programmeId = { key: 'event.error.programmeUnknown' };
  if (input.parentEventId) {
    // Walk up from the chosen parent: meeting this event again would make a loop.
    let cursor: string | null | undefined = input.parentEventId;
    const seen = new Set<string>();
    if ((await parentOf(trx, cursor)) === undefined)
      problems.parentEventId = { key: 'event.error.parentUnknown' };
    while (cursor && !problems.parentEventId && !seen.has(cursor)) {
      if (cursor === eventId) problems.parentEventId = { key: 'event.error.parentCycle' };
      seen.add(cursor);
      cursor = await parentOf(trx, cursor);
    }
  }
  const organiserProblems = Object.keys(problems).some((k) => k.startsWith('organisers.'));
  if (
    !organiserProblems &&
    !canOrganiseWith(
      access,
      organisers.map((o) => o.organisationId),
    )
  )
    problems['organisers.0.organisation'] = { key: 'event.error.organiserNotYours' };
  if (Object.keys(problems).length > 0) return { ok: false, kind: 'invalid', errors: problems };
  return { ok: true, organisers };
}

/** The problems the service would find with `input`, without saving anything. */
export async function eventProblems(
  db: Db,
  access: Access,
  input: EventInput,
  eventId: string | null,
): Promise<Problems> {
  const checked = await db.kysely.transaction().execute((trx) => checkEvent(trx, access, input, eventId));
  return checked.ok ? {} : checked.errors;
}

function columns(input: EventInput) {
  return {
    title: input.title,
    kind: input.kind,
    start_date: input.startDate,
    end_date: input.endDate,
    starts_on: earliestDay(input.startDate),
    ends_on: latestDay(input.endDate ?? input.startDate),
    city: input.city,
    country_alpha3: input.country,
    summary: input.summary,
    participants_count: input.participantsCount,
    participants_approximate: input.participantsApproximate ? 1 : 0,
    programme_id: input.programmeId,
    parent_event_id: input.parentEventId,
    photo_submissions: input.photoSubmissions,
    video_submissions: input.videoSubmissions,
  };
}

/** Creates an event with its organisers and its key issues, outcomes and recommendations. */
export async function createEvent(
  db: Db,
  access: Access,
  input: EventInput,
): Promise<ServiceResult<{ id: string }>> {
  if (!canCreateEvent(access)) return { ok: false, kind: 'not-found' };
  return db.kysely.transaction().execute(async (trx) => {
    const checked = await checkEvent(trx, access, input, null);
    if (!checked.ok) return checked;
    const id = newId();
    const at = now();
    const values = columns(input);
    await insertEvent(trx, { id, ...values, created_at: at, updated_at: at, created_by: access.userId });
    await replaceEventParts(trx, id, { organisers: checked.organisers, items: input.items });
    await recordAudit(trx, {
      actorId: access.userId,
      action: 'event.create',
      entityType: 'event',
      entityId: id,
      after: { ...values, organisers: checked.organisers, items: input.items },
    });
    return { ok: true, value: { id } };
  });
}

/** Saves a new version of an event, unless someone saved another since `version` was read. */
export async function updateEvent(
  db: Db,
  access: Access,
  id: string,
  version: number,
  input: EventInput,
): Promise<ServiceResult<{ id: string }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const current = await findEvent(trx, id);
    if (!current) return { ok: false, kind: 'not-found' };
    const before = await loadEventParts(trx, [id]);
    if (
      !canUpdateEvent(
        access,
        before.organisers.map((o) => o.organisation_id),
      )
    )
      return { ok: false, kind: 'not-found' };
    if (current.version !== version) return { ok: false, kind: 'conflict', currentVersion: current.version };
    const checked = await checkEvent(trx, access, input, id);
    if (!checked.ok) return checked;
    const values = columns(input);
    if (!(await updateEventRow(trx, id, version, { ...values, updated_at: now() })))
      return { ok: false, kind: 'conflict', currentVersion: version + 1 };
    await replaceEventParts(trx, id, { organisers: checked.organisers, items: input.items });
    const {
      country_alpha2,
      country_name_en,
      parent_title,
      programme_title,
      version: _v,
      ...stored
    } = current;
    await recordAudit(trx, {
      actorId: access.userId,
      action: 'event.update',
      entityType: 'event',
      entityId: id,
      before: {
        ...stored,
        organisers: before.organisers.map((o) => ({ organisationId: o.organisation_id, role: o.role })),
        items: before.items.map((item) => ({ type: item.type, text: item.text })),
      },
      after: { ...values, organisers: checked.organisers, items: input.items },
    });
    return { ok: true, value: { id } };
  });
}
