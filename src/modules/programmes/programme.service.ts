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
import { earliestDay, isPartialDate } from '../../i18n/partial-date.ts';
import { CURRENCIES } from '../../web/form/index.ts';
import { type Access, knownCountries, organisationsNamed } from './organisation-access.ts';
import { canCreateProgramme, canLeadWith, canUpdateProgramme } from './programme.policy.ts';
import {
  findProgramme,
  insertProgramme,
  loadParts,
  type NewParts,
  replaceParts,
  updateProgrammeRow,
} from './programme.repository.ts';
import type { ProgrammeInput } from './programme.schema.ts';

/** The rules that involve more than one field, or that the demo's literal data must also obey. */
export function programmeRuleProblems(input: ProgrammeInput): Problems {
  const problems: Problems = {};
  const parts = input.budgetParts;
  if (parts && parts.amountMinor !== null && parts.currency === null)
    problems.currency = { key: 'programme.error.currencyRequired' };
  if (parts && parts.amountMinor === null && parts.currency !== null)
    problems.budgetAmount = { key: 'programme.error.budgetAmountRequired' };
  if (input.budget) {
    if (!Number.isSafeInteger(input.budget.amountMinor) || input.budget.amountMinor < 0)
      problems.budgetAmount = { key: 'programme.error.budgetNegative' };
    if (!CURRENCIES.has(input.budget.currency))
      problems.currency = { key: 'programme.error.currencyUnknown' };
  }
  if (input.startDate !== null && !isPartialDate(input.startDate))
    problems.startDate = { key: 'programme.error.startDate.real' };
  if (input.endDate !== null && !isPartialDate(input.endDate))
    problems.endDate = { key: 'programme.error.endDate.real' };
  if (
    !problems.startDate &&
    !problems.endDate &&
    input.startDate !== null &&
    input.endDate !== null &&
    earliestDay(input.endDate) <= earliestDay(input.startDate)
  )
    problems.endDate = { key: 'programme.error.endBeforeStart', dates: { start: input.startDate } };
  return problems;
}

/** Resolves the organisations and countries a programme names and checks who may lead it. */
async function checkProgramme(
  db: Kysely<Database>,
  access: Access,
  input: ProgrammeInput,
): Promise<Result<{ parts: NewParts; leadId: string }>> {
  const problems = programmeRuleProblems(input);
  const { idOf, problemFor } = await organisationsNamed(
    db,
    [input.leadOrganisation, ...input.participants.map((p) => p.organisation)],
    'programme.error',
  );
  const leadId = idOf(input.leadOrganisation);
  if (!leadId) problems.leadOrganisation = problemFor(input.leadOrganisation);
  const participants: NewParts['participants'] = leadId ? [{ organisationId: leadId, role: 'lead' }] : [];
  const seen = new Set<string>();
  input.participants.forEach((p, row) => {
    const id = idOf(p.organisation);
    if (!id) {
      problems[`participants.${row}.organisation`] = problemFor(p.organisation);
      return;
    }
    if (id === leadId) {
      // The lead is listed first on its own; a row repeating it may only say "lead".
      if (p.role !== 'lead')
        problems[`participants.${row}.role`] = { key: 'programme.error.leadRole', values: { row: row + 1 } };
      return;
    }
    if (seen.has(id)) {
      problems[`participants.${row}.organisation`] = {
        key: 'programme.error.participantDuplicate',
        values: { name: p.organisation },
      };
      return;
    }
    seen.add(id);
    participants.push({ organisationId: id, role: p.role });
  });
  const countries = [...new Set(input.countries)];
  const known = await knownCountries(db, countries);
  const unknown = countries.filter((c) => !known.has(c));
  if (unknown.length > 0)
    problems.countries = { key: 'programme.error.countryUnknown', values: { codes: unknown.join(', ') } };
  const leadIds = participants.filter((p) => p.role === 'lead').map((p) => p.organisationId);
  if (leadId && !problems.leadOrganisation && !canLeadWith(access, leadIds))
    problems.leadOrganisation = { key: 'programme.error.leadNotYours' };
  if (Object.keys(problems).length > 0 || !leadId) return invalid(problems);
  return ok({ leadId, parts: { participants, countries, outputs: input.outputs, lessons: input.lessons } });
}

/** The problems the service would find with `input`, without saving anything. */
export async function programmeProblems(db: Db, access: Access, input: ProgrammeInput): Promise<Problems> {
  const checked = await checkProgramme(db.kysely, access, input);
  return checked.ok ? {} : problemsOf(checked);
}

function columns(input: ProgrammeInput, leadId: string) {
  return {
    title: input.title,
    short_name: input.shortName,
    summary: input.summary,
    status: input.status,
    start_date: input.startDate,
    end_date: input.endDate,
    budget_minor: input.budget?.amountMinor ?? null,
    currency: input.budget?.currency ?? null,
    lead_organisation_id: leadId,
  };
}

/** What the audit log keeps of a programme: its columns and lists, by id. */
function snapshot(values: ReturnType<typeof columns>, parts: NewParts): Record<string, unknown> {
  return { ...values, ...parts };
}

/** Creates a programme with its organisations, countries, outputs and lessons. */
export async function createProgramme(
  db: Db,
  access: Access,
  input: ProgrammeInput,
): Promise<Result<{ id: string }>> {
  if (!canCreateProgramme(access)) return notFound();
  return transact(db.kysely, async (trx) => {
    const checked = await checkProgramme(trx, access, input);
    if (!checked.ok) return checked;
    const { leadId, parts } = checked.value;
    const id = newId();
    const at = now();
    const values = columns(input, leadId);
    await insertProgramme(trx, { id, ...values, created_at: at, updated_at: at, created_by: access.userId });
    await replaceParts(trx, id, parts);
    await recordAudit(trx, {
      actorId: access.userId,
      action: 'programme.create',
      entityType: 'programme',
      entityId: id,
      after: snapshot(values, parts),
    });
    return ok({ id });
  });
}

/** Saves a new version of a programme, unless someone saved another since `version` was read. */
export async function updateProgramme(
  db: Db,
  access: Access,
  id: string,
  version: number,
  input: ProgrammeInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findProgramme(trx, id);
    if (!current) return notFound();
    const before = await loadParts(trx, [id]);
    const leads = [
      current.lead_organisation_id,
      ...before.participants.filter((p) => p.role === 'lead').map((p) => p.organisation_id),
    ];
    if (!canUpdateProgramme(access, leads)) return notFound();
    if (current.version !== version) return conflict(current.version);
    const checked = await checkProgramme(trx, access, input);
    if (!checked.ok) return checked;
    const { leadId, parts } = checked.value;
    const values = columns(input, leadId);
    const saved = await updateProgrammeRow(trx, id, version, { ...values, updated_at: now() });
    if (!saved) return conflict(version + 1);
    await replaceParts(trx, id, parts);
    await recordAudit(trx, {
      actorId: access.userId,
      action: 'programme.update',
      entityType: 'programme',
      entityId: id,
      before: snapshot(
        {
          title: current.title,
          short_name: current.short_name,
          summary: current.summary,
          status: current.status,
          start_date: current.start_date,
          end_date: current.end_date,
          budget_minor: current.budget_minor === null ? null : Number(current.budget_minor),
          currency: current.currency,
          lead_organisation_id: current.lead_organisation_id,
        },
        {
          participants: before.participants.map((p) => ({ organisationId: p.organisation_id, role: p.role })),
          countries: before.countries.map((c) => c.alpha3),
          outputs: before.outputs.map((o) => o.text),
          lessons: before.lessons.map((l) => ({ label: l.label, text: l.text, theme: l.theme })),
        },
      ),
      after: snapshot(values, parts),
    });
    return ok({ id });
  });
}
