import { type Actor, actorId, hasRole } from '../../auth/actor.ts';
import type { PracticeStatus } from './practice.table.ts';

/** What the practice rules need to know about a practice and the actor's part in it. */
export interface PracticeStanding {
  status: PracticeStatus;
  authorId: string | null;
  promising: boolean;
  /** The actor's review of it, if they were assigned one. */
  review: 'assigned' | 'conflicted' | 'submitted' | null;
  /** The actor created the call the practice was submitted to. */
  callOrganiser: boolean;
}

/** Platform moderators and admins run calls, assign reviewers, publish and return practices. */
export const isModerator = (actor: Actor): boolean => hasRole(actor, 'moderator', 'admin');

const isAuthor = (actor: Actor, p: PracticeStanding) => p.authorId !== null && actorId(actor) === p.authorId;

/**
 * Who may do what with a practice (decision 111). Published ones are public; before that only
 * their author, moderators, reviewers who took the review and the call's organiser see them.
 */
export function practiceCan(actor: Actor, p: PracticeStanding) {
  const author = isAuthor(actor, p);
  const moderator = isModerator(actor);
  const editable = p.status === 'draft' || p.status === 'returned';
  const read =
    p.status === 'published' ||
    author ||
    moderator ||
    p.review === 'assigned' ||
    p.review === 'submitted' ||
    p.callOrganiser;
  return {
    read,
    edit: read && ((author && editable) || moderator),
    submit: author && editable,
    delete: (author && p.status === 'draft') || moderator,
    answer: author && p.status === 'returned',
    assign: moderator && (p.status === 'submitted' || p.status === 'under-review'),
    decide: moderator && p.status === 'under-review',
    review: p.review === 'assigned' && p.status === 'under-review',
    /** Scores of others: moderators, and reviewers once they gave theirs; the author after publication. */
    seeReviews: moderator || p.review === 'submitted' || (author && p.status === 'published'),
    /** Reviewers stay anonymous to authors and to each other; moderators know who they asked. */
    seeReviewers: moderator,
    roadmap: p.promising && (author || moderator),
    replicate: p.status === 'published' && actor.kind === 'user',
  };
}

export type PracticeActions = ReturnType<typeof practiceCan>;

/** Any signed-in person may write up a practice; it stays theirs until published. */
export const canCreatePractice = (actor: Actor): boolean => actor.kind === 'user';

/** Calls for practices are opened by moderators; the organiser is who opened it. */
export function callCan(actor: Actor, call: { createdBy: string | null }) {
  const moderator = isModerator(actor);
  const organiser = moderator || (call.createdBy !== null && call.createdBy === actorId(actor));
  return { edit: organiser, seeSubmissions: organiser, submit: actor.kind === 'user' };
}
