import { useView } from '../view-context.ts';

/**
 * Said when someone saved the record while this person was editing it: their text is kept on
 * the form, and `savedHref` (when given) opens the version that was saved, to compare.
 */
export function ConflictNotice({ savedHref, messageKey }: { savedHref?: string; messageKey?: string }) {
  const { i18n } = useView();
  return (
    <div class="notice notice--warning" role="alert">
      <p>{i18n.t(messageKey ?? 'error.versionConflict')}</p>
      {savedHref ? (
        <p>
          <a href={savedHref}>{i18n.t('form.seeSaved')}</a>
        </p>
      ) : null}
    </div>
  );
}
