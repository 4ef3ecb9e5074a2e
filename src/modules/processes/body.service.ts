import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { conflict, invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  deleteBodyMembers,
  deleteGovernmentRows,
  findBody,
  findBodyMember,
  findGovernmentRow,
  insertBodyMember,
  insertGovernmentRow,
  listBodyMembers,
  listGovernmentMap,
  nextGovernmentPosition,
  saveBodyRow,
  touchBody,
  updateBodyMemberRole,
  updateGovernmentRow,
} from './body.repository.ts';
import { findOrganisationName } from './process.repository.ts';
import { type BodyKind, type BodyRole, GOVERNMENT_LEVELS, type GovernmentMapTable } from './process.table.ts';

export interface BodyInput {
  name: string;
  kind: BodyKind;
  mandate: string | null;
  version: number;
}

/** Names the coordinating body and its mandate (creates the body on its first save). */
export async function saveBody(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: BodyInput,
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const current = await findBody(trx, processId);
    const values = { name: input.name, kind: input.kind, mandate: input.mandate, updated_at: now() };
    const version = await saveBodyRow(trx, processId, input.version, values);
    if (version === null) return conflict();
    await recordAudit(trx, {
      actorId,
      action: current ? 'body.update' : 'body.create',
      entityType: 'process-body',
      entityId: processId,
      before: current ? { name: current.name, kind: current.kind, mandate: current.mandate } : null,
      after: { name: input.name, kind: input.kind, mandate: input.mandate },
    });
    return ok({ version });
  });
}

/** Adds an organisation to the coordinating body with its role (chair, member…). */
export async function addBodyMember(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: { organisationId: string; role: BodyRole },
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const organisation = await findOrganisationName(trx, input.organisationId);
    if (!organisation) return invalid({ organisationId: 'body.error.organisation' });
    const members = await listBodyMembers(trx, processId);
    if (members.some((m) => m.organisation_id === input.organisationId))
      return invalid({ organisationId: 'body.error.alreadyMember' });
    const at = now();
    const row = {
      id: newId(),
      process_id: processId,
      organisation_id: input.organisationId,
      role: input.role,
      created_at: at,
    };
    await insertBodyMember(trx, row);
    await touchBody(trx, processId, at);
    await recordAudit(trx, {
      actorId,
      action: 'body-member.create',
      entityType: 'process-body',
      entityId: processId,
      after: { organisation: organisation.id, name: organisation.name, role: input.role },
    });
    return ok({ id: row.id });
  });
}

export async function changeBodyMemberRole(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  memberId: string,
  role: BodyRole,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const member = await findBodyMember(trx, processId, memberId);
    if (!member) return notFound();
    await updateBodyMemberRole(trx, memberId, role);
    await touchBody(trx, processId, now());
    await recordAudit(trx, {
      actorId,
      action: 'body-member.update',
      entityType: 'process-body',
      entityId: processId,
      before: { organisation: member.organisation_id, role: member.role },
      after: { organisation: member.organisation_id, role },
    });
    return ok({ id: memberId });
  });
}

export async function removeBodyMember(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  memberId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const member = await findBodyMember(trx, processId, memberId);
    if (!member) return notFound();
    await deleteBodyMembers(trx, processId, [memberId]);
    await touchBody(trx, processId, now());
    await recordAudit(trx, {
      actorId,
      action: 'body-member.delete',
      entityType: 'process-body',
      entityId: processId,
      before: { organisation: member.organisation_id, name: member.organisation_name, role: member.role },
    });
    return ok({ id: memberId });
  });
}

/** A row of the whole-of-government map as the service takes it. */
export interface GovernmentRowInput {
  organisationId?: string | null;
  ministryName?: string | null;
  levels: Record<(typeof GOVERNMENT_LEVELS)[number], { takesPart: boolean; note?: string | null }>;
}

/** A row names one ministry or body (an organisation or a typed name) and at least one level. */
async function checkGovernmentRow(
  trx: Kysely<Database>,
  row: GovernmentRowInput,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (!row.organisationId && !row.ministryName) errors.organisationId = 'body.error.ministryRequired';
  else if (row.organisationId && row.ministryName) errors.ministryName = 'body.error.ministryBoth';
  else if (row.organisationId && !(await findOrganisationName(trx, row.organisationId)))
    errors.organisationId = 'body.error.organisation';
  if (!GOVERNMENT_LEVELS.some((level) => row.levels[level].takesPart)) errors.national = 'body.error.noLevel';
  for (const level of GOVERNMENT_LEVELS) {
    const cell = row.levels[level];
    if (!cell.takesPart && cell.note) errors[`${level}Note`] = 'body.error.noteWithoutLevel';
  }
  return errors;
}

function governmentColumns(row: GovernmentRowInput) {
  const cell = (level: (typeof GOVERNMENT_LEVELS)[number]) => row.levels[level];
  return {
    organisation_id: row.organisationId || null,
    ministry_name: row.organisationId ? null : row.ministryName || null,
    national: cell('national').takesPart ? 1 : 0,
    national_note: cell('national').takesPart ? (cell('national').note ?? null) : null,
    regional: cell('regional').takesPart ? 1 : 0,
    regional_note: cell('regional').takesPart ? (cell('regional').note ?? null) : null,
    local: cell('local').takesPart ? 1 : 0,
    local_note: cell('local').takesPart ? (cell('local').note ?? null) : null,
  } satisfies Partial<GovernmentMapTable>;
}

export async function addGovernmentRow(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: GovernmentRowInput,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const errors = await checkGovernmentRow(trx, input);
    if (Object.keys(errors).length > 0) return invalid(errors);
    const at = now();
    const values = governmentColumns(input);
    const id = newId();
    const position = await nextGovernmentPosition(trx, processId);
    await insertGovernmentRow(trx, {
      id,
      process_id: processId,
      ...values,
      position,
      created_at: at,
      updated_at: at,
    });
    await touchBody(trx, processId, at);
    await recordAudit(trx, {
      actorId,
      action: 'government-map.create',
      entityType: 'government-map',
      entityId: id,
      after: { process: processId, ...values },
    });
    return ok({ id });
  });
}

export async function editGovernmentRow(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  rowId: string,
  input: GovernmentRowInput & { version: number },
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const current = await findGovernmentRow(trx, processId, rowId);
    if (!current) return notFound();
    const errors = await checkGovernmentRow(trx, input);
    if (Object.keys(errors).length > 0) return invalid(errors);
    const at = now();
    const values = governmentColumns(input);
    if (!(await updateGovernmentRow(trx, rowId, input.version, { ...values, updated_at: at })))
      return conflict();
    await touchBody(trx, processId, at);
    const before = Object.fromEntries(Object.keys(values).map((k) => [k, current[k as keyof typeof values]]));
    await recordAudit(trx, {
      actorId,
      action: 'government-map.update',
      entityType: 'government-map',
      entityId: rowId,
      before,
      after: values,
    });
    return ok({ version: input.version + 1 });
  });
}

export async function removeGovernmentRow(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  rowId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const current = await findGovernmentRow(trx, processId, rowId);
    if (!current) return notFound();
    await deleteGovernmentRows(trx, processId, [rowId]);
    await touchBody(trx, processId, now());
    await recordAudit(trx, {
      actorId,
      action: 'government-map.delete',
      entityType: 'government-map',
      entityId: rowId,
      before: {
        process: processId,
        organisation_id: current.organisation_id,
        ministry_name: current.ministry_name,
      },
    });
    return ok({ id: rowId });
  });
}

export interface WholeBodyInput extends BodyInput {
  members: { organisationId: string; role: BodyRole }[];
  government: GovernmentRowInput[];
}

/** Replaces the whole body, its members and map at once (API PUT), if nobody saved since `version`. */
export async function replaceBody(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: WholeBodyInput,
): Promise<Result<{ version: number }>> {
  return transact(db, async (trx) => {
    const errors: Record<string, string> = {};
    const seen = new Set<string>();
    for (const [index, member] of input.members.entries()) {
      if (seen.has(member.organisationId))
        errors[`members.${index}.organisationId`] = 'body.error.alreadyMember';
      else if (!(await findOrganisationName(trx, member.organisationId)))
        errors[`members.${index}.organisationId`] = 'body.error.organisation';
      seen.add(member.organisationId);
    }
    for (const [index, row] of input.government.entries()) {
      for (const [field, key] of Object.entries(await checkGovernmentRow(trx, row))) {
        const path = field.endsWith('Note')
          ? `${field.slice(0, -4)}.note`
          : field === 'national'
            ? 'national.takesPart'
            : field;
        errors[`government.${index}.${path}`] = key;
      }
    }
    if (Object.keys(errors).length > 0) return invalid(errors);
    const current = await findBody(trx, processId);
    const at = now();
    const values = { name: input.name, kind: input.kind, mandate: input.mandate, updated_at: at };
    const version = await saveBodyRow(trx, processId, input.version, values);
    if (version === null) return conflict();
    await deleteBodyMembers(trx, processId);
    for (const member of input.members) {
      await insertBodyMember(trx, {
        id: newId(),
        process_id: processId,
        organisation_id: member.organisationId,
        role: member.role,
        created_at: at,
      });
    }
    const previousMap = await listGovernmentMap(trx, processId);
    await deleteGovernmentRows(trx, processId);
    for (const [index, row] of input.government.entries()) {
      await insertGovernmentRow(trx, {
        id: newId(),
        process_id: processId,
        ...governmentColumns(row),
        position: index + 1,
        created_at: at,
        updated_at: at,
      });
    }
    await recordAudit(trx, {
      actorId,
      action: 'body.replace',
      entityType: 'process-body',
      entityId: processId,
      before: current
        ? {
            name: current.name,
            kind: current.kind,
            mandate: current.mandate,
            governmentRows: previousMap.length,
          }
        : null,
      after: {
        name: input.name,
        kind: input.kind,
        mandate: input.mandate,
        members: input.members,
        governmentRows: input.government.length,
      },
    });
    return ok({ version });
  });
}
