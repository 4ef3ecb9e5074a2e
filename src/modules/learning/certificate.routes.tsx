import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParams, parseParams } from '../../web/params.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import { CertificatePage, type CertificateView, CourseResultsPage } from './certificate.views.tsx';
import { readableCourse } from './course.loader.ts';
import { courseFigures, failedQuestions, findCertificate } from './course.repository.ts';
import { certificateParams } from './course.schema.ts';
import { canManageCourse } from './learning.policy.ts';

/** A certificate by its code, as the public verification page shows it. */
export async function loadCertificate(db: AppDeps['db'], code: string): Promise<CertificateView | undefined> {
  const row = await findCertificate(db.kysely, code);
  if (!row) return undefined;
  return {
    code: row.code,
    learnerName: row.learner_name,
    courseTitle: row.course_title,
    courseId: row.course_id,
    locale: row.locale,
    issuedAt: row.issued_at,
  };
}

/** Certificates (public by their unguessable code, page and PDF) and a course's results for its author. */
export function certificateRoutes(app: App, { db, config }: AppDeps): void {
  app.get('/certificates/:code', { config: { policy: 'public' } }, async (request, reply) => {
    const { code } = parseParams(certificateParams, request.params);
    const certificate = await loadCertificate(db, code);
    if (!certificate) throw notFound();
    return reply.page(<CertificatePage certificate={certificate} />);
  });

  app.get('/certificates/:code/certificate.pdf', { config: { policy: 'public' } }, async (request, reply) => {
    const { code } = parseParams(certificateParams, request.params);
    const certificate = await loadCertificate(db, code);
    if (!certificate) throw notFound();
    const pdf = renderCertificatePdf(certificate, request.i18n, `${config.PUBLIC_URL}/certificates/${code}`);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${code.slice(0, 8)}.pdf"`)
      .send(pdf);
  });

  app.get('/courses/:id/results', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const { id } = parseParams(idParams, request.params);
    const course = await readableCourse(db, request.actor, id);
    if (!course || !canManageCourse(request.actor, course)) throw notFound();
    const [figures, failed] = await Promise.all([
      courseFigures(db.kysely, id),
      failedQuestions(db.kysely, id, 10),
    ]);
    return reply.page(
      <CourseResultsPage
        course={course}
        figures={figures}
        failed={failed.map((f) => ({
          prompt: f.prompt,
          moduleTitle: f.module_title,
          answered: Number(f.answered),
          failed: Number(f.failed),
        }))}
      />,
    );
  });
}
