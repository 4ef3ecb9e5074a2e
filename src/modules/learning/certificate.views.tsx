import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';

export interface CertificateView {
  code: string;
  learnerName: string;
  courseTitle: string;
  courseId: string;
  locale: string;
  issuedAt: string;
}

/** The public verification page of a certificate: who completed which course, and when. */
export function CertificatePage({ certificate }: { certificate: CertificateView }) {
  const { t, date } = useT();
  return (
    <Layout title={t('certificate.title')}>
      <PageHeading title={t('certificate.title')} caption={t('certificate.caption')} />
      <div class="notice notice--success" role="status">
        <p>{t('certificate.verified')}</p>
      </div>
      <dl class="facts">
        <dt>{t('certificate.learner')}</dt>
        <dd>
          <bdi>{certificate.learnerName}</bdi>
        </dd>
        <dt>{t('certificate.course')}</dt>
        <dd>
          <a href={`/courses/${certificate.courseId}`} lang={certificate.locale}>
            <bdi>{certificate.courseTitle}</bdi>
          </a>
        </dd>
        <dt>{t('certificate.issued')}</dt>
        <dd>{date(certificate.issuedAt, 'long')}</dd>
        <dt>{t('certificate.code')}</dt>
        <dd>
          <code class="certificate-code">{certificate.code}</code>
        </dd>
      </dl>
      <p>
        <a href={`/certificates/${certificate.code}/certificate.pdf`} download>
          {t('certificate.pdf')}
        </a>
      </p>
    </Layout>
  );
}

/** What a course's author sees: enrolment, completion, and the questions most often failed. */
export function CourseResultsPage({
  course,
  figures,
  failed,
}: {
  course: { id: string; title: string };
  figures: { enrolled: number; completed: number };
  failed: { prompt: string; moduleTitle: string; answered: number; failed: number }[];
}) {
  const { t, number } = useT();
  const title = t('course.results.title');
  return (
    <Layout
      title={`${title}: ${course.title}`}
      breadcrumbs={[
        { label: t('course.list.title'), href: '/courses' },
        { label: course.title, href: `/courses/${course.id}` },
        { label: title },
      ]}
    >
      <PageHeading title={title} caption={course.title} />
      <dl class="facts">
        <dt>{t('course.results.enrolled')}</dt>
        <dd class="figure">{number(figures.enrolled)}</dd>
        <dt>{t('course.results.completed')}</dt>
        <dd class="figure">
          {number(figures.completed)}
          {figures.enrolled > 0
            ? ` (${t('course.progress.percent', { value: Math.round((100 * figures.completed) / figures.enrolled) })})`
            : null}
        </dd>
      </dl>
      <h2>{t('course.results.failedTitle')}</h2>
      {failed.length === 0 ? (
        <p class="muted">{t('course.results.noAnswers')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('course.results.question')}</th>
              <th scope="col">{t('course.results.module')}</th>
              <th scope="col">{t('course.results.wrong')}</th>
              <th scope="col">{t('course.results.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((f) => (
              <tr>
                <td dir="auto">{f.prompt}</td>
                <td dir="auto">{f.moduleTitle}</td>
                <td class="figure">{number(f.failed)}</td>
                <td class="figure">{number(f.answered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
