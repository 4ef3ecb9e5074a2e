import type { Kysely } from 'kysely';
import { invalid, ok, type Problems, type Result } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { knownCountries, organisationsNamed } from '../programmes/index.ts';
import { unknownTermIds } from '../taxonomy/index.ts';
import { callIsOpen } from './call.rules.ts';
import { existingLinks, practiceRow, replicatesOf } from './practice.repository.ts';
import { budgetOf, type PracticeInput } from './practice.schema.ts';
import { LINK_KINDS, type PartnerRole } from './practice.table.ts';

/** What a checked practice form resolves to besides its own fields. */
export interface CheckedPractice {
  organisations: { organisationId: string; role: PartnerRole }[];
  budgetMinor: number | null;
}

/** Resolves what a practice names (organisations, countries, terms, links, call, origin) and checks its rules. */
export async function checkPractice(
  db: Kysely<Database>,
  input: PracticeInput,
  practiceId: string | null,
  day: string,
  /** The call the practice is attached to now: keeping it is allowed after the call closed. */
  currentCallId: string | null = null,
): Promise<Result<CheckedPractice>> {
  const problems: Problems = {};
  const { idOf, problemFor } = await organisationsNamed(
    db,
    input.organisations.map((o) => o.organisation),
    'practice.error',
  );
  const organisations: CheckedPractice['organisations'] = [];
  input.organisations.forEach((o, row) => {
    const id = idOf(o.organisation);
    const field = `organisations.${row}.organisation`;
    if (!id) problems[field] = problemFor(o.organisation);
    else if (organisations.some((seen) => seen.organisationId === id))
      problems[field] = { key: 'practice.error.organisationDuplicate', values: { name: o.organisation } };
    else organisations.push({ organisationId: id, role: o.role });
  });
  const countries = [input.country, input.origin, input.destination].filter((c): c is string => c !== null);
  const known = await knownCountries(db, countries);
  for (const field of ['country', 'origin', 'destination'] as const) {
    const code = input[field];
    if (code && !known.has(code)) problems[field] = { key: 'practice.error.countryInvalid' };
  }
  if (input.origin && input.origin === input.destination)
    problems.destination = { key: 'practice.error.corridorSame' };
  if (input.startYear && input.endYear && input.endYear < input.startYear)
    problems.endYear = { key: 'practice.error.endBeforeStart' };
  const budget = budgetOf(input);
  if (!budget.ok) problems.budget = { key: `practice.error.budget.${budget.problem}` };
  else if (budget.value !== null && !input.currency)
    problems.currency = { key: 'practice.error.currencyRequired' };
  if ((await unknownTermIds(db, input.tags)).length > 0) problems.tags = { key: 'practice.error.tagUnknown' };
  const seenLocales = new Set([input.locale]);
  input.translations.forEach((t, row) => {
    if (seenLocales.has(t.locale))
      problems[`translations.${row}.locale`] = { key: 'practice.error.translationLocale' };
    seenLocales.add(t.locale);
  });
  for (const kind of LINK_KINDS) {
    const ids = input.links.filter((l) => l.kind === kind).map((l) => l.id);
    const found = await existingLinks(db, kind, ids);
    input.links.forEach((l, row) => {
      if (l.kind === kind && !found.has(l.id))
        problems[`links.${row}.id`] = { key: 'practice.error.linkUnknown' };
    });
  }
  if (input.callId && input.callId !== currentCallId) {
    const call = await db
      .selectFrom('practice_calls')
      .select(['opens_on', 'closes_on'])
      .where('id', '=', input.callId)
      .executeTakeFirst();
    if (!call) problems.callId = { key: 'practice.error.callUnknown' };
    else if (!callIsOpen(call, day)) problems.callId = { key: 'practice.error.callClosed' };
  }
  if (input.replicatesId) {
    const original = await practiceRow(db, input.replicatesId);
    if (original?.status !== 'published') problems.replicatesId = { key: 'practice.error.replicatesUnknown' };
    else {
      // Walk up from the practice replicated: meeting this one again would make a loop.
      let cursor: string | null | undefined = input.replicatesId;
      const seen = new Set<string>();
      while (cursor && !seen.has(cursor)) {
        if (cursor === practiceId) {
          problems.replicatesId = { key: 'practice.error.replicatesCycle' };
          break;
        }
        seen.add(cursor);
        cursor = await replicatesOf(db, cursor);
      }
    }
  } else if (input.replicationProgress)
    problems.replicationProgress = { key: 'practice.error.progressAlone' };
  if (Object.keys(problems).length > 0) return invalid(problems);
  return ok({ organisations, budgetMinor: budget.ok ? budget.value : null });
}
