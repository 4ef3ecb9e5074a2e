import { Button, ErrorSummary, Form, SelectField, TextArea } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import type { Process } from './process.presenter.ts';
import { LIMITS } from './process.schema.ts';
import type { PairStatus } from './process.table.ts';
import { frameOf, ProcessFrame } from './process-frame.tsx';
import { processPlace } from './workspace.views.tsx';

/** A pairing as the page shows it, from this process's side. */
export interface PairView {
  id: string;
  status: PairStatus;
  /** Whether this process proposed it (else it was proposed to this process). */
  outgoing: boolean;
  note: string | null;
  /** The other process, or null when the reader may not see it. */
  other: Process | null;
}

function OtherProcess({ pair }: { pair: PairView }) {
  const { t } = useT();
  if (!pair.other) return <span class="muted">{t('process.pair.hidden')}</span>;
  return (
    <>
      <a href={`/processes/${pair.other.id}`}>{pair.other.title}</a>{' '}
      <span class="muted">({processPlace(pair.other, t)})</span>
    </>
  );
}

/** Paired processes along the same corridor; owners also see and answer proposals. */
export function PairsPage({
  process,
  pairs,
  canManage,
}: {
  process: Process;
  pairs: PairView[];
  canManage: boolean;
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/pairs`;
  const accepted = pairs.filter((p) => p.status === 'accepted' && p.other);
  const incoming = pairs.filter((p) => p.status === 'proposed' && !p.outgoing);
  const outgoing = pairs.filter((p) => p.status !== 'accepted' && p.outgoing);
  return (
    <ProcessFrame process={frameOf(process, t)} active="pairs">
      <p class="muted">{t('process.pair.lead')}</p>
      {accepted.length === 0 ? (
        <p class="muted">{t('process.pair.none')}</p>
      ) : (
        <ul class="item-list">
          {accepted.map((pair) => (
            <li>
              <OtherProcess pair={pair} />
              {pair.note ? (
                <p class="muted prewrap" dir="auto">
                  {pair.note}
                </p>
              ) : null}
              <p class="muted small">{t('process.pair.sharedActions')}</p>
              {canManage ? (
                <p>
                  <a href={`${base}/${pair.id}/remove`}>{t('process.pair.end')}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <>
          <h3>{t('process.pair.incoming')}</h3>
          {incoming.length === 0 ? (
            <p class="muted">{t('process.pair.incoming.none')}</p>
          ) : (
            <ul class="item-list">
              {incoming.map((pair) => (
                <li>
                  <OtherProcess pair={pair} />
                  {pair.note ? (
                    <p class="prewrap" dir="auto">
                      {pair.note}
                    </p>
                  ) : null}
                  <div class="button-group">
                    <Form action={`${base}/${pair.id}/accept`} class="inline-form">
                      <button type="submit" class="button button--secondary">
                        {t('process.pair.accept')}
                      </button>
                    </Form>
                    <Form action={`${base}/${pair.id}/decline`} class="inline-form">
                      <button type="submit" class="button button--secondary">
                        {t('process.pair.decline')}
                      </button>
                    </Form>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('process.pair.outgoing')}</h3>
          {outgoing.length === 0 ? (
            <p class="muted">{t('process.pair.outgoing.none')}</p>
          ) : (
            <ul class="item-list">
              {outgoing.map((pair) => (
                <li>
                  <OtherProcess pair={pair} />{' '}
                  <Tag
                    label={t(`process.pair.status.${pair.status}`)}
                    tone={pair.status === 'declined' ? 'error' : 'neutral'}
                  />
                  <p>
                    <a href={`${base}/${pair.id}/remove`}>{t('process.pair.withdraw')}</a>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a class="button button--primary" href={`${base}/new`}>
              {t('process.pair.propose')}
            </a>
          </p>
        </>
      ) : null}
    </ProcessFrame>
  );
}

export function ProposePairPage({
  process,
  candidates,
  values,
  errors,
}: {
  process: Process;
  candidates: Process[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const base = `/processes/${process.id}/pairs`;
  const title = t('process.pair.propose');
  return (
    <ProcessFrame process={frameOf(process, t)} active="pairs" title={title}>
      <ErrorSummary errors={errors} />
      <p class="lead">{t('process.pair.propose.lead')}</p>
      <Form action={base}>
        <SelectField
          name="partnerId"
          label={t('process.pair.field.partner')}
          hint={t('process.pair.field.partnerHint')}
          value={values.partnerId}
          error={errors.partnerId}
          placeholder={t('process.field.choose')}
          options={candidates.map((c) => ({ value: c.id, label: `${c.title} (${processPlace(c, t)})` }))}
        />
        <TextArea
          name="note"
          label={t('process.pair.field.note')}
          hint={t('process.pair.field.noteHint')}
          optional
          value={values.note}
          error={errors.note}
          maxLength={LIMITS.note}
          rows={3}
        />
        <div class="button-group">
          <Button>{t('process.pair.propose.submit')}</Button>
          <a href={base}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
