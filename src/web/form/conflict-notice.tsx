import { useView } from '../view-context.ts';

/**
 * Said when someone saved the record while this person was editing it: their text is kept on
 * the form, and `savedHref` (when given) opens the version that was saved, to compare; the link
 * says `savedLabelKey` where a module names the record ("opens this programme"). Focus moves to
 * the notice on load (app.js), so a screen reader hears it before the form again.
 */
export function ConflictNotice({
  savedHref,
  messageKey,
  savedLabelKey,
}: {
  savedHref?: string;
  messageKey?: string;
  savedLabelKey?: string;
}) {
  const { i18n } = useView();
  return (
    <div class="notice notice--warning" role="alert" tabindex={-1} data-autofocus>
      <p>{i18n.t(messageKey ?? 'error.versionConflict')}</p>
      {savedHref ? (
        <p>
          <a href={savedHref}>{i18n.t(savedLabelKey ?? 'form.seeSaved')}</a>
        </p>
      ) : null}
    </div>
  );
}
