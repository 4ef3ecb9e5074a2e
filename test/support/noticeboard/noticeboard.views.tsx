import { Form } from '../../../src/web/components/form.tsx';
import { Layout } from '../../../src/web/layout.tsx';
import { useT, useView } from '../../../src/web/view-context.ts';

/** The board: every notice, and a form to pin one for signed-in people. */
export function NoticeboardPage({ notices }: { notices: { id: string; text: string }[] }) {
  const { t } = useT();
  const { actor } = useView();
  return (
    <Layout title={t('noticeboard.title')}>
      <h1>{t('noticeboard.title')}</h1>
      {notices.length === 0 ? (
        <p class="empty-state">{t('noticeboard.empty')}</p>
      ) : (
        <ul class="noticeboard">
          {notices.map((notice) => (
            <li class="noticeboard__notice">{notice.text}</li>
          ))}
        </ul>
      )}
      {actor.kind === 'user' ? (
        <Form action="/noticeboard">
          <label for="text">{t('noticeboard.text')}</label>
          <input id="text" name="text" required />
          <button type="submit" class="button">
            {t('noticeboard.pin')}
          </button>
        </Form>
      ) : null}
    </Layout>
  );
}
