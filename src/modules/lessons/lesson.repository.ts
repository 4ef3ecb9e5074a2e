import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { LessonRow, LessonsTable } from './lesson.table.ts';
import { LESSON_ENTITY } from './lesson.themes.ts';

type Db = Kysely<Database>;

/** A lesson with its author's name and its process's title and country. */
export type LessonListRow = LessonRow & {
  author_name: string | null;
  process_title: string;
  country_alpha3: string;
  country_alpha2: string | null;
  country_name_en: string | null;
};

export interface PublicFilters {
  /** A theme term id, or `none` for lessons without a theme. */
  theme?: string;
  country?: string;
}

function base(db: Db) {
  return db
    .selectFrom('lessons')
    .innerJoin('processes', 'processes.id', 'lessons.process_id')
    .leftJoin('countries', 'countries.alpha3', 'processes.country_alpha3')
    .leftJoin('users', 'users.id', 'lessons.author_id')
    .selectAll('lessons')
    .select([
      'users.name as author_name',
      'processes.title as process_title',
      'processes.country_alpha3',
      'countries.alpha2 as country_alpha2',
      'countries.name_en as country_name_en',
    ]);
}

/** Lessons of public processes only, filtered by theme and country. Never private processes. */
function publicWhere(filters: PublicFilters) {
  return (eb: ExpressionBuilder<Database, 'lessons' | 'processes'>) => {
    const conditions = [eb('processes.visibility', '=', 'public')];
    if (filters.country) conditions.push(eb('processes.country_alpha3', '=', filters.country));
    if (filters.theme === 'none')
      conditions.push(
        eb.not(
          eb.exists(
            eb
              .selectFrom('taggings')
              .select('taggings.term_id')
              .where('taggings.entity_type', '=', LESSON_ENTITY)
              .whereRef('taggings.entity_id', '=', 'lessons.id')
              .where('taggings.term_id', 'like', 'theme:%'),
          ),
        ),
      );
    else if (filters.theme)
      conditions.push(
        eb(
          'lessons.id',
          'in',
          eb
            .selectFrom('taggings')
            .select('taggings.entity_id')
            .where('taggings.entity_type', '=', LESSON_ENTITY)
            .where('taggings.term_id', '=', filters.theme),
        ),
      );
    return eb.and(conditions);
  };
}

/** One process's lessons in the order they were recorded. */
export async function listProcessLessons(
  db: Db,
  processId: string,
  options: { limit: number; offset?: number; after?: { at: string; id: string } },
): Promise<LessonListRow[]> {
  return base(db)
    .where('lessons.process_id', '=', processId)
    .$if(options.after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('lessons.created_at', '>', options.after!.at),
          eb.and([
            eb('lessons.created_at', '=', options.after!.at),
            eb('lessons.id', '>', options.after!.id),
          ]),
        ]),
      ),
    )
    .orderBy('lessons.created_at')
    .orderBy('lessons.id')
    .limit(options.limit)
    .$if(options.offset !== undefined, (q) => q.offset(options.offset!))
    .execute() as Promise<LessonListRow[]>;
}

export async function countProcessLessons(db: Db, processId: string): Promise<number> {
  const row = await db
    .selectFrom('lessons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('process_id', '=', processId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findLesson(db: Db, processId: string, id: string): Promise<LessonListRow | undefined> {
  return base(db)
    .where('lessons.id', '=', id)
    .where('lessons.process_id', '=', processId)
    .executeTakeFirst() as Promise<LessonListRow | undefined>;
}

/** Lessons of public processes, grouped for comparison: by country, then in the order recorded. */
export async function listPublicLessons(
  db: Db,
  filters: PublicFilters,
  options: { limit: number; offset: number },
): Promise<LessonListRow[]> {
  return base(db)
    .where(publicWhere(filters))
    .orderBy('processes.country_alpha3')
    .orderBy('processes.title')
    .orderBy('lessons.created_at')
    .orderBy('lessons.id')
    .limit(options.limit)
    .offset(options.offset)
    .execute() as Promise<LessonListRow[]>;
}

/** Lessons of public processes, newest first, after a keyset cursor (the API). */
export async function listPublicLessonsNewest(
  db: Db,
  filters: PublicFilters,
  options: { limit: number; before?: { at: string; id: string } },
): Promise<LessonListRow[]> {
  return base(db)
    .where(publicWhere(filters))
    .$if(options.before !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('lessons.created_at', '<', options.before!.at),
          eb.and([
            eb('lessons.created_at', '=', options.before!.at),
            eb('lessons.id', '<', options.before!.id),
          ]),
        ]),
      ),
    )
    .orderBy('lessons.created_at', 'desc')
    .orderBy('lessons.id', 'desc')
    .limit(options.limit)
    .execute() as Promise<LessonListRow[]>;
}

export async function countPublicLessons(db: Db, filters: PublicFilters): Promise<number> {
  const row = await db
    .selectFrom('lessons')
    .innerJoin('processes', 'processes.id', 'lessons.process_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(publicWhere(filters))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many public lessons carry each theme (lessons with several themes count under each). */
export async function publicThemeCounts(db: Db, country?: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('taggings')
    .innerJoin('lessons', 'lessons.id', 'taggings.entity_id')
    .innerJoin('processes', 'processes.id', 'lessons.process_id')
    .select('taggings.term_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('taggings.entity_type', '=', LESSON_ENTITY)
    .where('processes.visibility', '=', 'public')
    .$if(country !== undefined, (q) => q.where('processes.country_alpha3', '=', country!))
    .groupBy('taggings.term_id')
    .execute();
  return new Map(rows.map((r) => [r.term_id, Number(r.n)]));
}

/** The countries that have public lessons, for the filter. */
export async function publicLessonCountries(db: Db) {
  return db
    .selectFrom('countries')
    .select(['alpha3', 'alpha2', 'name_en'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('processes')
          .select('processes.id')
          .whereRef('processes.country_alpha3', '=', 'countries.alpha3')
          .where('processes.visibility', '=', 'public')
          .where((p) =>
            p.exists(
              p
                .selectFrom('lessons')
                .select('lessons.id')
                .whereRef('lessons.process_id', '=', 'processes.id'),
            ),
          ),
      ),
    )
    .execute();
}

export async function insertLesson(
  trx: Transaction<Database>,
  row: Omit<LessonsTable, 'version'>,
): Promise<void> {
  await trx.insertInto('lessons').values(row).execute();
}

/** Updates a lesson if it is still at `version`; false when someone saved in between. */
export async function updateLessonRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<LessonsTable, 'id' | 'process_id' | 'version'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('lessons')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteLessonRow(trx: Transaction<Database>, id: string): Promise<void> {
  await trx
    .deleteFrom('taggings')
    .where('entity_type', '=', LESSON_ENTITY)
    .where('entity_id', '=', id)
    .execute();
  await trx.deleteFrom('lessons').where('id', '=', id).execute();
}
