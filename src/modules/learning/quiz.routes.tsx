import type { FastifyRequest } from 'fastify';
import { type Actor, actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { translateProblems } from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import { readableCourse } from './course.loader.ts';
import { bestAttempts, findEnrolment, findModule, moduleQuiz } from './course.repository.ts';
import { moduleParams, readQuizAnswers } from './course.schema.ts';
import { answerQuiz } from './learner.service.ts';
import { QuizPage, type QuizView } from './quiz.views.tsx';

/** A module's quiz as the actor sees it (never which answers are right), or undefined. */
async function loadQuiz(
  db: Db,
  actor: Actor,
  courseId: string,
  moduleId: string,
): Promise<QuizView | undefined> {
  const course = await readableCourse(db, actor, courseId);
  const module = course ? await findModule(db.kysely, courseId, moduleId) : undefined;
  if (!course || !module) return undefined;
  const questions = await moduleQuiz(db.kysely, moduleId);
  if (questions.length === 0) return undefined;
  const userId = actorId(actor);
  const enrolment = userId ? await findEnrolment(db.kysely, courseId, userId) : undefined;
  const best = enrolment
    ? (await bestAttempts(db.kysely, enrolment.id)).find((b) => b.module_id === moduleId)
    : undefined;
  return {
    course: { id: course.id, title: course.title, locale: course.locale },
    module: { id: module.id, title: module.title, passMark: module.pass_mark },
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      kind: q.kind,
      options: q.options.map((o) => ({ id: o.id, label: o.label })),
    })),
    best: best ? { passed: Number(best.passed) === 1, score: Number(best.score) } : null,
    enrolled: enrolment !== undefined,
  };
}

export function quizRoutes(app: App, { db }: AppDeps): void {
  const params = (request: FastifyRequest) => parseParams(moduleParams, request.params);

  app.get('/courses/:id/modules/:moduleId/quiz', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, moduleId } = params(request);
    const quiz = await loadQuiz(db, request.actor, id, moduleId);
    if (!quiz) throw notFound();
    return reply.page(<QuizPage quiz={quiz} errors={{}} chosen={{}} />);
  });

  app.post(
    '/courses/:id/modules/:moduleId/quiz',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, moduleId } = params(request);
      const quiz = await loadQuiz(db, request.actor, id, moduleId);
      if (!quiz) throw notFound();
      const chosen = readQuizAnswers(
        request.body,
        quiz.questions.map((q) => q.id),
      );
      const result = await answerQuiz(db, request.actor, id, moduleId, chosen);
      if (!result.ok) {
        if (result.kind === 'not-found') throw notFound();
        const errors = translateProblems(problemsOf(result), request.i18n, {
          order: quiz.questions.map((q) => `q-${q.id}`),
        });
        // The summary lists one line per question: name each, or they all read alike.
        quiz.questions.forEach((q, index) => {
          const message = errors[`q-${q.id}`];
          if (message)
            errors[`q-${q.id}`] = request.i18n.t('course.quiz.numbered', { number: index + 1, message });
        });
        return reply.page(<QuizPage quiz={quiz} errors={errors} chosen={chosen} />, failureStatus(result));
      }
      const outcome = result.value;
      if (outcome.certificateCode)
        return reply.seeOther(`/certificates/${outcome.certificateCode}`, {
          kind: 'success',
          key: 'course.flash.completed',
        });
      if (outcome.passed)
        return reply.seeOther(`/courses/${id}`, {
          kind: 'success',
          key: 'course.flash.passed',
          values: { score: outcome.score },
        });
      return reply.page(<QuizPage quiz={quiz} errors={{}} chosen={{}} outcome={outcome} />);
    },
  );
}
