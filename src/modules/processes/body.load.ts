import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../web/errors.ts';
import { parseParams } from '../../web/params.ts';
import {
  type BodyMemberListRow,
  findBody,
  findBodyMember,
  findGovernmentRow,
  listBodyMembers,
  listGovernmentMap,
} from './body.repository.ts';
import {
  type Body,
  type GovernmentRow,
  type Process,
  presentBody,
  presentGovernmentRow,
} from './process.presenter.ts';
import { type OrganisationChoice, organisationChoices } from './process.repository.ts';
import { itemParams } from './process.schema.ts';
import { loadWorkspace, type Workspace } from './workspace.ts';

/** The coordinating body of a process: its name and mandate, members and whole-of-government map. */
export async function loadBody(db: Kysely<Database>, processId: string): Promise<Body> {
  const [row, members, government] = await Promise.all([
    findBody(db, processId),
    listBodyMembers(db, processId),
    listGovernmentMap(db, processId),
  ]);
  return presentBody(row, members, government);
}

/** Organisations that may sit on a process's body: those of its country, and international ones. */
export function bodyChoices(db: Kysely<Database>, process: Process): Promise<OrganisationChoice[]> {
  return organisationChoices(db, { countryAlpha3: process.country.alpha3 });
}

/** Ministries and government bodies for the whole-of-government map. */
export function ministryChoices(db: Kysely<Database>, process: Process): Promise<OrganisationChoice[]> {
  return organisationChoices(db, {
    countryAlpha3: process.country.alpha3,
    types: ['national-government', 'local-government'],
  });
}

/** A member of the body named by the route's `:itemId`, in a process the actor may edit (404 otherwise). */
export async function loadBodyMember(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<Workspace & { member: BodyMemberListRow }> {
  const workspace = await loadWorkspace(db, request, 'edit');
  const { itemId } = parseParams(itemParams, request.params);
  const member = await findBodyMember(db, workspace.process.id, itemId);
  if (!member) throw notFound();
  return { ...workspace, member };
}

/** A row of the map named by the route's `:itemId`, in a process the actor may edit (404 otherwise). */
export async function loadGovernmentRow(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<Workspace & { row: GovernmentRow }> {
  const workspace = await loadWorkspace(db, request, 'edit');
  const { itemId } = parseParams(itemParams, request.params);
  const row = await findGovernmentRow(db, workspace.process.id, itemId);
  if (!row) throw notFound();
  return { ...workspace, row: presentGovernmentRow(row) };
}
