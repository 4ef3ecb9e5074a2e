import { useT } from '../../web/view-context.ts';

/** Plain text as paragraphs: a blank line starts a new one. Nothing in it is read as HTML. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p dir="auto">{p}</p>
        ))}
    </>
  );
}

/** The name of a content language, in the reader's language ("French"). */
export function LanguageName({ locale }: { locale: string }) {
  const { t } = useT();
  return <>{t(`learning.locale.${locale}`)}</>;
}

/** The direction of text written in `locale`: content keeps its own, whatever the interface's. */
export function contentDir(locale: string): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
