import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import { invalid, notFound, ok, type Problems, type Result, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { isIsoDate } from '../../web/form/index.ts';
import { knownCountries, optionalText } from '../programmes/index.ts';
import { unknownTermIds } from '../taxonomy/index.ts';
import { isModerator } from './practice.policy.ts';

const day = (key: string) =>
  z
    .string()
    .trim()
    .refine((v) => isIsoDate(v), { error: key });
const country = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || /^[A-Z]{3}$/.test(v), { error: 'practice.error.countryInvalid' })
  .transform((v) => v || null);

/** The call form: what it asks for, where, and from when to when. */
export const callForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'practice.error.titleRequired' })
    .max(250, { error: 'practice.error.titleTooLong' }),
  description: z
    .string()
    .trim()
    .min(1, { error: 'practice.error.descriptionRequired' })
    .max(8000, { error: 'practice.error.textTooLong' }),
  themeId: z
    .string()
    .trim()
    .max(60)
    .transform((v) => v || null),
  region: optionalText(120, 'practice.error.placeTooLong'),
  origin: country,
  destination: country,
  opensOn: day('practice.error.opensOn'),
  closesOn: day('practice.error.closesOn'),
});

export type CallInput = z.output<typeof callForm>;
export type CallDraft = Record<keyof CallInput, string>;

export const CALL_FORM_FALLBACK: CallInput = {
  title: '',
  description: '',
  themeId: null,
  region: null,
  origin: null,
  destination: null,
  opensOn: '',
  closesOn: '',
};

/** The call's own rules: a known theme and countries, and a closing day not before the opening. */
export async function callProblems(db: Kysely<Database>, input: CallInput): Promise<Problems> {
  const problems: Problems = {};
  if (input.themeId && (await unknownTermIds(db, [input.themeId])).length)
    problems.themeId = { key: 'practice.error.tagUnknown' };
  const codes = [input.origin, input.destination].filter((c): c is string => c !== null);
  const known = await knownCountries(db, codes);
  if (input.origin && !known.has(input.origin)) problems.origin = { key: 'practice.error.countryInvalid' };
  if (input.destination && !known.has(input.destination))
    problems.destination = { key: 'practice.error.countryInvalid' };
  if (isIsoDate(input.opensOn) && isIsoDate(input.closesOn) && input.closesOn < input.opensOn)
    problems.closesOn = { key: 'practice.error.closesBeforeOpens' };
  return problems;
}

/** A moderator opens a call for practices; they are its organiser. */
export async function createCall(
  db: Db,
  actor: Actor,
  input: CallInput,
  options: { demo?: boolean } = {},
): Promise<Result<{ id: string }>> {
  if (!isModerator(actor) && !options.demo) return notFound();
  return transact(db.kysely, async (trx) => {
    const problems = await callProblems(trx, input);
    if (Object.keys(problems).length) return invalid(problems);
    const id = newId();
    const at = now();
    const values = {
      title: input.title,
      description: input.description,
      theme_id: input.themeId,
      region: input.region,
      origin_alpha3: input.origin,
      destination_alpha3: input.destination,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
    };
    await trx
      .insertInto('practice_calls')
      .values({
        id,
        ...values,
        demo: options.demo ? 1 : 0,
        created_by: actorId(actor),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: 'practice.call.create',
      entityType: 'practice-call',
      entityId: id,
      after: values,
    });
    return ok({ id });
  });
}
