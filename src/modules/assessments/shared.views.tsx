import { Tag } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { scoreTone } from './scale.ts';
import type { ShownText } from './texts.ts';

/** A stored text; marked with its language when it is the English fallback of a missing translation. */
export function Shown({ text }: { text: ShownText }) {
  const { locale } = useT();
  return text.lang === locale ? (
    text.text
  ) : (
    <span lang={text.lang} dir="auto">
      {text.text}
    </span>
  );
}

/** A score as a tag: the words say the value, the colour only repeats it. */
export function ScoreTag({ score }: { score: string | null }) {
  const { t } = useT();
  return (
    <Tag
      label={score === null ? t('assessment.score.none') : t(`assessment.score.${score}`)}
      tone={scoreTone(score)}
    />
  );
}

/** "58 / 100", or "No score yet". */
export function ScoreFigure({ value }: { value: number | null }) {
  const { t, number } = useT();
  return value === null ? (
    <span class="muted">{t('assessment.result.noScore')}</span>
  ) : (
    <span class="figure">{t('assessment.result.outOf100', { score: number(value) })}</span>
  );
}

/** One problem of a template document, linked to the field where it can be fixed. */
export function ProblemSummary({ problems }: { problems: { href: string; text: string }[] }) {
  const { t } = useT();
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-autofocus>
      <h2 class="error-summary__title">{t('form.errorSummary')}</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={p.href}>{p.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
