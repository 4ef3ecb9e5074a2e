import type { Kysely } from 'kysely';
import { type Actor, actorId } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import type { DocumentRow } from '../../documents/index.ts';
import { listDocuments } from '../../documents/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../web/form/index.ts';
import { today } from '../../web/form/index.ts';
import { allTerms, tagsOf } from '../taxonomy/index.ts';
import { countryOptions } from './practice.choices.ts';
import { PRACTICE_DOCUMENTS } from './practice.documents.ts';
import type { PracticeFormChoices } from './practice.form.tsx';
import { type Practice, presentPractice } from './practice.presenter.ts';
import {
  commentsOf,
  findPractice,
  loadPracticeParts,
  replicatesOf,
  replicationsOf,
} from './practice.repository.ts';
import { standingOf } from './practice.standing.ts';
import { reviewsOf } from './review.repository.ts';
import { criterionMeans } from './review.rules.ts';
import type { ReviewsView } from './review.views.tsx';
import type { Roadmap, Suggestion } from './roadmap.loader.ts';
import { loadRoadmap, suggestPlaces } from './roadmap.loader.ts';
import type { Comment } from './workflow.views.tsx';

/** A practice as the actor may see it; undefined when it is missing or hidden from them. */
export async function getPractice(
  db: Db,
  id: string,
  actor: Actor,
  i18n: Translator,
): Promise<Practice | undefined> {
  const row = await findPractice(db.kysely, id);
  if (!row) return undefined;
  const actions = await standingOf(db.kysely, actor, row);
  if (!actions.read) return undefined;
  const [parts, tags] = await Promise.all([
    loadPracticeParts(db.kysely, id),
    tagsOf(db.kysely, 'practice', [id]),
  ]);
  return presentPractice(row, parts, tags.get(id) ?? [], actions, i18n);
}

/** One node of a family tree of replications. */
export interface TreeNode {
  id: string;
  title: string;
  status: string;
  progress: string | null;
  place: string | null;
  children: TreeNode[];
}

/** The family tree a practice belongs to: from its first ancestor down (published ones, and itself). */
export async function familyTree(db: Kysely<Database>, practice: Practice): Promise<TreeNode | null> {
  let rootId = practice.id;
  const seen = new Set([rootId]);
  for (
    let up = await replicatesOf(db, rootId);
    up && !seen.has(up) && seen.size < 20;
    up = await replicatesOf(db, up)
  ) {
    seen.add(up);
    rootId = up;
  }
  const root = await db
    .selectFrom('practices')
    .select(['id', 'title', 'status', 'replication_progress', 'city', 'country_alpha3'])
    .where('id', '=', rootId)
    .executeTakeFirst();
  if (!root) return null;
  const node = (r: typeof root): TreeNode => ({
    id: r.id,
    title: r.title,
    status: r.status,
    progress: r.replication_progress,
    place: [r.city, r.country_alpha3].filter(Boolean).join(', ') || null,
    children: [],
  });
  const top = node(root);
  let level = [top];
  let total = 1;
  while (level.length && total < 200) {
    const rows = (
      await replicationsOf(
        db,
        level.map((n) => n.id),
      )
    ).filter((r) => r.status === 'published' || r.id === practice.id);
    const next: TreeNode[] = [];
    for (const r of rows) {
      const parent = level.find((n) => n.id === r.replicates_id);
      if (!parent) continue;
      const child = node(r);
      parent.children.push(child);
      next.push(child);
    }
    total += next.length;
    level = next;
  }
  return top.children.length ? top : null;
}

/** Comments exchanged when a practice was returned: for the author and moderators only. */
export async function commentsFor(db: Kysely<Database>, practice: Practice) {
  if (!practice.actions.edit && !practice.actions.decide && !practice.actions.assign) return [];
  return commentsOf(db, practice.id);
}

/** The reviews of a practice as the actor may see them: all when allowed, else only their own. */
export async function reviewsFor(db: Kysely<Database>, practice: Practice, userId: string | null) {
  const reviews = await reviewsOf(db, practice.id);
  const submitted = reviews.filter((r) => r.state === 'submitted');
  const visible = practice.actions.seeReviews ? reviews : reviews.filter((r) => r.reviewerId === userId);
  return {
    reviews: visible,
    mine: reviews.find((r) => r.reviewerId === userId) ?? null,
    means:
      practice.actions.seeReviews || practice.status === 'published'
        ? criterionMeans(
            submitted.map((r) => Object.fromEntries(r.scores.map((s) => [s.criterion, s.score]))),
          )
        : [],
  };
}

/** Everything a practice's page shows, as the actor may see it; undefined when hidden from them. */
export async function loadPracticePage(
  db: Db,
  id: string,
  actor: Actor,
  i18n: Translator,
): Promise<PracticePageData | undefined> {
  const practice = await getPractice(db, id, actor, i18n);
  if (!practice) return undefined;
  const [documents, comments, reviews, roadmap, tree] = await Promise.all([
    listDocuments(db.kysely, PRACTICE_DOCUMENTS, id),
    commentsFor(db.kysely, practice),
    reviewsFor(db.kysely, practice, actorId(actor)),
    loadRoadmap(db.kysely, id),
    familyTree(db.kysely, practice),
  ]);
  const suggestions = practice.promising ? await suggestPlaces(db.kysely, practice) : [];
  return { practice, documents, comments, reviews, roadmap, suggestions, tree };
}

/** The options of the practice form: countries, calls open today, and the taxonomy. */
export async function practiceFormChoices(db: Db, i18n: Translator): Promise<PracticeFormChoices> {
  const day = today();
  const [countries, calls, terms] = await Promise.all([
    countryOptions(db, i18n),
    db.kysely
      .selectFrom('practice_calls')
      .select(['id', 'title'])
      .where('opens_on', '<=', day)
      .where('closes_on', '>=', day)
      .orderBy('closes_on')
      .execute(),
    allTerms(db.kysely),
  ]);
  return {
    countries,
    calls: calls.map((c) => ({ value: c.id, label: c.title })),
    terms,
  };
}

export interface PracticePageData {
  practice: Practice;
  documents: DocumentRow[];
  comments: Comment[];
  reviews: ReviewsView;
  roadmap: Roadmap | null;
  suggestions: Suggestion[];
  tree: TreeNode | null;
  /** What went wrong with a workflow step just tried, field by field. */
  stepErrors?: FieldErrors;
}
