import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type {
  CommentRow,
  ConsultationRow,
  ConsultationsTable,
  SectionRow,
  Stance,
} from './consultation.table.ts';

type Db = Kysely<Database>;

/** The consultations of one process, newest first, with their section and comment counts. */
export async function listConsultations(db: Db, processId: string, options: { includeDrafts: boolean }) {
  return db
    .selectFrom('consultations')
    .select([
      'consultations.id',
      'consultations.process_id',
      'consultations.title',
      'consultations.audience',
      'consultations.status',
      'consultations.opened_at',
      'consultations.closed_at',
      'consultations.created_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('consultation_sections')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('consultation_sections.consultation_id', '=', 'consultations.id')
        .as('section_count'),
      eb
        .selectFrom('consultation_comments')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('consultation_comments.consultation_id', '=', 'consultations.id')
        .where('consultation_comments.hidden_at', 'is', null)
        .as('comment_count'),
    ])
    .where('consultations.process_id', '=', processId)
    .$if(!options.includeDrafts, (q) => q.where('consultations.status', '!=', 'draft'))
    .orderBy('consultations.created_at', 'desc')
    .orderBy('consultations.id', 'desc')
    .execute();
}

/** One consultation of one process (a consultation of another process is not found). */
export async function findConsultation(
  db: Db,
  processId: string,
  id: string,
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('id', '=', id)
    .where('process_id', '=', processId)
    .executeTakeFirst();
}

/** The closing summary of each closed consultation of a process, by consultation id. */
export async function closingSummaries(db: Db, processId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('consultations')
    .select(['id', 'closing_summary'])
    .where('process_id', '=', processId)
    .where('status', '=', 'closed')
    .execute();
  return new Map(rows.map((r) => [r.id, r.closing_summary]));
}

export async function listSections(db: Db, consultationId: string): Promise<SectionRow[]> {
  return db
    .selectFrom('consultation_sections')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('position')
    .execute();
}

/** One section of one consultation (a section of another consultation is not found). */
export async function findSection(db: Db, consultationId: string, id: string) {
  return db
    .selectFrom('consultation_sections')
    .select('id')
    .where('id', '=', id)
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
}

export async function listInvited(db: Db, consultationId: string) {
  return db
    .selectFrom('consultation_invitations')
    .innerJoin('organisations', 'organisations.id', 'consultation_invitations.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisations.acronym'])
    .where('consultation_invitations.consultation_id', '=', consultationId)
    .orderBy('organisations.name')
    .execute();
}

export type CommentWithNames = CommentRow & {
  author_name: string | null;
  organisation_name: string | null;
  organisation_acronym: string | null;
};

/** Every comment of a consultation (hidden ones too), oldest first, with author and organisation names. */
export async function listComments(db: Db, consultationId: string, sectionId?: string) {
  return db
    .selectFrom('consultation_comments')
    .leftJoin('users', 'users.id', 'consultation_comments.author_id')
    .leftJoin('organisations', 'organisations.id', 'consultation_comments.organisation_id')
    .selectAll('consultation_comments')
    .select([
      'users.name as author_name',
      'organisations.name as organisation_name',
      'organisations.acronym as organisation_acronym',
    ])
    .where('consultation_comments.consultation_id', '=', consultationId)
    .$if(sectionId !== undefined, (q) => q.where('consultation_comments.section_id', '=', sectionId!))
    .orderBy('consultation_comments.created_at')
    .orderBy('consultation_comments.id')
    .execute() as Promise<CommentWithNames[]>;
}

/** Support and objection counts per section. */
export async function stanceCounts(db: Db, consultationId: string) {
  const rows = await db
    .selectFrom('consultation_stances')
    .select(['section_id', 'stance'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('consultation_id', '=', consultationId)
    .groupBy(['section_id', 'stance'])
    .execute();
  const counts = new Map<string, { support: number; object: number }>();
  for (const row of rows) {
    const entry = counts.get(row.section_id) ?? { support: 0, object: 0 };
    entry[row.stance] = Number(row.n);
    counts.set(row.section_id, entry);
  }
  return counts;
}

/** The stances one user took in a consultation, by section. */
export async function stancesOf(db: Db, consultationId: string, userId: string) {
  const rows = await db
    .selectFrom('consultation_stances')
    .select(['section_id', 'stance'])
    .where('consultation_id', '=', consultationId)
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.section_id, r.stance]));
}

/** The organisations a user belongs to (any membership role), by name. */
export async function organisationsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisations.acronym'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
}

export async function insertConsultation(
  trx: Transaction<Database>,
  row: Omit<ConsultationsTable, 'version'>,
): Promise<void> {
  await trx.insertInto('consultations').values(row).execute();
}

/** Updates a consultation if it is still at `version`; false when someone saved in between. */
export async function updateConsultationRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<ConsultationsTable, 'id' | 'process_id' | 'version'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('consultations')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the sections of a draft (no comments exist yet, so ids need not be kept). */
export async function replaceSections(
  trx: Transaction<Database>,
  consultationId: string,
  sections: { id: string; title: string; body: string }[],
): Promise<void> {
  await trx.deleteFrom('consultation_sections').where('consultation_id', '=', consultationId).execute();
  if (sections.length === 0) return;
  await trx
    .insertInto('consultation_sections')
    .values(
      sections.map((s, index) => ({
        id: s.id,
        consultation_id: consultationId,
        position: index + 1,
        title: s.title,
        body: s.body,
      })),
    )
    .execute();
}

export async function replaceInvitations(
  trx: Transaction<Database>,
  consultationId: string,
  organisationIds: string[],
): Promise<void> {
  await trx.deleteFrom('consultation_invitations').where('consultation_id', '=', consultationId).execute();
  if (organisationIds.length === 0) return;
  await trx
    .insertInto('consultation_invitations')
    .values(organisationIds.map((organisation_id) => ({ consultation_id: consultationId, organisation_id })))
    .execute();
}

export async function insertComment(trx: Transaction<Database>, row: CommentRow): Promise<void> {
  await trx.insertInto('consultation_comments').values(row).execute();
}

export async function findComment(db: Db, consultationId: string, id: string) {
  return db
    .selectFrom('consultation_comments')
    .selectAll()
    .where('id', '=', id)
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
}

/** Hides a visible comment; false when it was already hidden. */
export async function hideCommentRow(
  trx: Transaction<Database>,
  id: string,
  values: { hidden_at: string; hidden_by: string | null; hidden_reason: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('consultation_comments')
    .set(values)
    .where('id', '=', id)
    .where('hidden_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets, changes or (with null) withdraws one person's stance on a section. */
export async function saveStance(
  trx: Transaction<Database>,
  key: { consultationId: string; sectionId: string; userId: string },
  stance: Stance | null,
  at: string,
): Promise<Stance | null> {
  const before = await trx
    .selectFrom('consultation_stances')
    .select('stance')
    .where('section_id', '=', key.sectionId)
    .where('user_id', '=', key.userId)
    .executeTakeFirst();
  if (stance === null) {
    await trx
      .deleteFrom('consultation_stances')
      .where('section_id', '=', key.sectionId)
      .where('user_id', '=', key.userId)
      .execute();
  } else {
    await trx
      .insertInto('consultation_stances')
      .values({
        section_id: key.sectionId,
        user_id: key.userId,
        consultation_id: key.consultationId,
        stance,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['section_id', 'user_id']).doUpdateSet({ stance, updated_at: at }))
      .execute();
  }
  return before?.stance ?? null;
}
