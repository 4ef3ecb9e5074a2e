import { type Actor, actorId, hasRole } from '../../auth/actor.ts';

/**
 * Who may do what in the learning module (decision 130). Reading guidance and published courses is
 * public. The guidance library and the course catalogue are the platform's reference voice, so
 * moderators and admins write them; organisations publish their own experience as practices.
 * A course's author (who made it) and moderators see its enrolment and results.
 */
export function canEditGuidance(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'moderator');
}

export function canCreateCourse(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'moderator');
}

/** Whether the actor may read an unpublished course and its figures. */
export function canManageCourse(actor: Actor, course: { created_by: string | null }): boolean {
  const id = actorId(actor);
  return hasRole(actor, 'admin', 'moderator') || (id !== null && id === course.created_by);
}

/** A published course is open to anyone; an unpublished one only to those who manage it. */
export function canReadCourse(
  actor: Actor,
  course: { published: number; created_by: string | null },
): boolean {
  return course.published === 1 || canManageCourse(actor, course);
}
