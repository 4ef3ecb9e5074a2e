import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  problemsOf,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { earliestDay, isPartialDate, latestDay } from '../../i18n/partial-date.ts';
import { type Access, knownCountries, organisationsNamed } from '../programmes/index.ts';
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

/** Resolves what an event refers to (organisers, country, programme, parent) and who may organise it. */
async function checkEvent(
  db: Kysely<Database>,
  access: Access,
  input: EventInput,
  eventId: string | null,
): Promise<Result<Organisers>> {
  const problems = eventRuleProblems(input);
  const { idOf, problemFor } = await organisationsNamed(
    db,
    input.organisers.map((o) => o.organisation),
    'event.error',
  );
  const organisers: Organisers = [];
  input.organisers.forEach((o, row) => {
    const id = idOf(o.organisation);
    const field = `organisers.${row}.organisation`;
    if (!id) problems[field] = problemFor(o.organisation);
    else if (organisers.some((seen) => seen.organisationId === id))
      problems[field] = { key: 'event.error.organiserDuplicate', values: { name: o.organisation } };
    else organisers.push({ organisationId: id, role: o.role });
  });
  if (input.country && !(await knownCountries(db, [input.country])).has(input.country))
    problems.country = { key: 'event.error.countryInvalid' };
  if (input.programmeId && !(await programmeExists(db, input.programmeId)))
    problems.programmeId = { key: 'event.error.programmeUnknown' };
  if (input.parentEventId) {
    // Walk up from the chosen parent: meeting this event again would make a loop.
    let cursor: string | null | undefined = input.parentEventId;
    const seen = new Set<string>();
    if ((await parentOf(db, cursor)) === undefined)
      problems.parentEventId = { key: 'event.error.parentUnknown' };
    while (cursor && !problems.parentEventId && !seen.has(cursor)) {
      if (cursor === eventId) problems.parentEventId = { key: 'event.error.parentCycle' };
      seen.add(cursor);
      cursor = await parentOf(db, cursor);
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
  if (Object.keys(problems).length > 0) return invalid(problems);
  return ok(organisers);
}

/** The problems the service would find with `input`, without saving anything. */
export async function eventProblems(
  db: Db,
  access: Access,
  input: EventInput,
  eventId: string | null,
): Promise<Problems> {
  const checked = await checkEvent(db.kysely, access, input, eventId);
  return checked.ok ? {} : problemsOf(checked);
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
): Promise<Result<{ id: string }>> {
  if (!canCreateEvent(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const checked = await checkEvent(trx, access, input, null);
    if (!checked.ok) return checked;
    const organisers = checked.value;
    const id = newId();
    const at = now();
    const values = columns(input);
    await insertEvent(trx, { id, ...values, created_at: at, updated_at: at, created_by: access.userId });
    await replaceEventParts(trx, id, { organisers: organisers, items: input.items });
    await recordAudit(trx, {
      actorId: access.userId,
      action: 'event.create',
      entityType: 'event',
      entityId: id,
      after: { ...values, organisers: organisers, items: input.items },
    });
    return ok({ id });
  });
}

/** Saves a new version of an event, unless someone saved another since `version` was read. */
export async function updateEvent(
  db: Db,
  access: Access,
  id: string,
  version: number,
  input: EventInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findEvent(trx, id);
    if (!current) return notFound();
    const before = await loadEventParts(trx, [id]);
    if (
      !canUpdateEvent(
        access,
        before.organisers.map((o) => o.organisation_id),
      )
    )
      return notFound();
    if (current.version !== version) return conflict(current.version);
    const checked = await checkEvent(trx, access, input, id);
    if (!checked.ok) return checked;
    const organisers = checked.value;
    const values = columns(input);
    if (!(await updateEventRow(trx, id, version, { ...values, updated_at: now() })))
      return conflict(version + 1);
    await replaceEventParts(trx, id, { organisers: organisers, items: input.items });
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
      after: { ...values, organisers: organisers, items: input.items },
    });
    return ok({ id });
  });
}
