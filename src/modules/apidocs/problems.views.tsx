import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { PROBLEM_TYPES } from '../../web/problem-types.ts';
import { useT } from '../../web/view-context.ts';

/** `/problems`: every problem type of the API, each linking to its page. */
export function ProblemIndexPage() {
  const { t } = useT();
  const codes = Object.keys(PROBLEM_TYPES).sort();
  return (
    <Layout title={t('problem.index.title')}>
      <PageHeading title={t('problem.index.title')} />
      <p>{t('problem.index.lead')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('problem.type')}</th>
            <th scope="col">{t('problem.status')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr>
              <td>
                <a href={`/problems/${code}`}>
                  <code dir="ltr">{code}</code>
                </a>
                <br />
                {t(`problem.${code}`)}
              </td>
              <td class="numeric">{PROBLEM_TYPES[code]?.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href="/api">{t('problem.back')}</a>
      </p>
    </Layout>
  );
}

/** `/problems/<code>`: what one problem type means, where the API's `type` member points. */
export function ProblemTypePage({ code }: { code: string }) {
  const { t } = useT();
  return (
    <Layout title={`${code} · ${t('problem.type')}`}>
      <PageHeading title={code} caption={t('problem.type')} />
      <p>{t(`problem.${code}`)}</p>
      <dl>
        <dt>{t('problem.status')}</dt>
        <dd dir="ltr">{PROBLEM_TYPES[code]?.status}</dd>
      </dl>
      <p>
        <a href="/problems">{t('problem.index.title')}</a> · <a href="/api">{t('problem.back')}</a>
      </p>
    </Layout>
  );
}
