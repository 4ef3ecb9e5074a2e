import type { Db } from '../../db/connection.ts';
import type { SearchDocument, SearchSource } from '../../module-kit/search-source.ts';
import { courseCreator, coursesAfter, findCourse } from './course.repository.ts';
import { findGuidance, guidanceAfter } from './guidance.repository.ts';
import { canReadCourse } from './learning.policy.ts';
import type { CourseRow, GuidanceRow } from './learning.table.ts';

const BATCH = 500;

function guidanceDocument(row: GuidanceRow): SearchDocument {
  return {
    kind: 'guidance',
    id: row.id,
    title: row.title,
    text: `${row.summary}\n\n${row.body}`,
    locale: row.locale,
    href: `/guidance/${row.id}`,
    public: true,
    updatedAt: row.updated_at,
  };
}

function courseDocument(row: CourseRow): SearchDocument {
  return {
    kind: 'course',
    id: row.id,
    title: row.title,
    text: row.summary,
    locale: row.locale,
    href: `/courses/${row.id}`,
    public: row.published === 1,
    updatedAt: row.updated_at,
  };
}

/** Guidance notes, handbooks and checklists: all public. */
export const guidanceSearch: SearchSource = {
  kind: 'guidance',
  labelKey: 'guidance.search.label',
  async *all(db: Db) {
    for (let after = ''; ; ) {
      const rows = await guidanceAfter(db.kysely, after, BATCH);
      if (rows.length > 0) yield rows.map(guidanceDocument);
      if (rows.length < BATCH) return;
      after = rows.at(-1)?.id ?? after;
    }
  },
  async one(db, id) {
    const row = await findGuidance(db.kysely, id);
    return row ? guidanceDocument(row) : null;
  },
  async canSee() {
    return true;
  },
};

/** Courses: published ones are public; a draft is seen by its author and moderators. */
export const courseSearch: SearchSource = {
  kind: 'course',
  labelKey: 'course.search.label',
  async *all(db: Db) {
    for (let after = ''; ; ) {
      const rows = await coursesAfter(db.kysely, after, BATCH);
      if (rows.length > 0) yield rows.map(courseDocument);
      if (rows.length < BATCH) return;
      after = rows.at(-1)?.id ?? after;
    }
  },
  async one(db, id) {
    const row = await findCourse(db.kysely, id);
    return row ? courseDocument(row) : null;
  },
  async canSee(db, actor, id) {
    const row = await courseCreator(db.kysely, id);
    return row ? canReadCourse(actor, row) : false;
  },
};
