import { LOCALE_NAMES } from '../../i18n/locales.ts';
import { Button, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { DOMAINS } from './assessment.table.ts';
import { ProblemSummary } from './shared.views.tsx';
import type { EditDraft, EditRow } from './template.form.ts';
import { LIMITS, TEXT_LANGUAGES } from './template.schema.ts';

function Row({
  row,
  index,
  number,
  lang,
  governance,
  errors,
}: {
  row: EditRow;
  index: number;
  number: number | null;
  lang: string;
  governance: boolean;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const name = (field: string) => `items.${index}.${field}`;
  const englishHint = (text: string | undefined) =>
    row.english && text ? t('checklist.edit.english', { text }) : undefined;
  return (
    <fieldset class="checklist-edit-item" id={`row-${index}`}>
      {row.key ? <input type="hidden" name={name('key')} value={row.key} /> : null}
      <legend class="field__label">
        {number === null ? t('checklist.edit.newItem') : t('checklist.edit.itemN', { number })}
        {row.key ? <span class="muted small"> · {row.key}</span> : null}
      </legend>
      <TextArea
        name={name('question')}
        label={t('checklist.field.question')}
        hint={englishHint(row.english?.question)}
        error={errors[name('question')]}
        value={row.question}
        rows={2}
        optional={lang !== 'en'}
      />
      <TextArea
        name={name('guidance')}
        label={t('checklist.field.guidance')}
        hint={englishHint(row.english?.guidance)}
        error={errors[name('guidance')]}
        value={row.guidance}
        rows={3}
        optional
      />
      <TextArea
        name={name('evidence')}
        label={t('checklist.field.evidence')}
        hint={englishHint(row.english?.evidence)}
        error={errors[name('evidence')]}
        value={row.evidence}
        rows={2}
        optional
      />
      {governance ? (
        <SelectField
          name={name('domain')}
          label={t('checklist.field.domain')}
          error={errors[name('domain')]}
          value={row.domain}
          placeholder={t('checklist.edit.chooseDomain')}
          options={DOMAINS.map((d) => ({ value: d, label: t(`checklist.domain.${d}`) }))}
        />
      ) : null}
      {row.key ? (
        <div class="checkbox">
          <input type="checkbox" id={name('remove')} name={name('remove')} value="yes" checked={row.remove} />
          <label for={name('remove')}>{t('checklist.edit.remove')}</label>
        </div>
      ) : null}
    </fieldset>
  );
}

/** The admin's edit form for one language of a template; saving makes the next version. */
export function TemplateEditPage({
  templateId,
  title,
  governance,
  version,
  draft,
  errors,
  conflict,
}: {
  templateId: string;
  title: string;
  governance: boolean;
  /** The version the form was built from (sent back, so a newer one is a conflict). */
  version: number;
  draft: EditDraft;
  errors: FieldErrors;
  conflict: boolean;
}) {
  const { t } = useT();
  const base = `/checklists/${templateId}`;
  const heading = t('checklist.edit.title');
  let number = 0;
  return (
    <Layout
      title={`${heading} · ${title}`}
      breadcrumbs={[
        { label: t('checklist.list.title'), href: '/checklists' },
        { label: title, href: base },
        { label: heading },
      ]}
    >
      <PageHeading title={heading} caption={title} lead={t('checklist.edit.lead', { next: version + 1 })} />
      {conflict ? (
        <ConflictNotice
          savedHref={base}
          messageKey="checklist.edit.conflict"
          savedLabelKey="checklist.edit.seeSaved"
        />
      ) : null}
      <nav aria-label={t('checklist.edit.languages')} class="language-tabs">
        <p>{t('checklist.edit.languages')}</p>
        <ul class="tabs">
          {TEXT_LANGUAGES.map((lang) => (
            <li>
              <a
                href={`${base}/edit?lang=${lang}`}
                aria-current={lang === draft.lang ? 'page' : undefined}
                lang={lang}
                hreflang={lang}
              >
                {LOCALE_NAMES[lang]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {draft.lang !== 'en' ? <p class="notice">{t('checklist.edit.translating')}</p> : null}
      <ProblemSummary
        problems={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))}
      />
      <Form action={`${base}/edit`} class="form form--wide">
        <input type="hidden" name="version" value={String(version)} />
        <input type="hidden" name="lang" value={draft.lang} />
        <div lang={draft.lang} dir={draft.lang === 'ar' ? 'rtl' : 'ltr'}>
          <TextField
            name="title"
            label={t('checklist.field.title')}
            error={errors.title}
            value={draft.title}
            maxLength={LIMITS.title}
            optional={draft.lang !== 'en'}
          />
          <TextArea
            name="description"
            label={t('checklist.field.description')}
            error={errors.description}
            value={draft.description}
            rows={3}
            optional
          />
          <div id="items">
            {draft.rows.map((row, index) => {
              if (row.key) number += 1;
              return (
                <Row
                  row={row}
                  index={index}
                  number={row.key ? number : null}
                  lang={draft.lang}
                  governance={governance}
                  errors={errors}
                />
              );
            })}
          </div>
        </div>
        <TextField
          name="note"
          label={t('checklist.field.note')}
          hint={t('checklist.edit.noteHint')}
          error={errors.note}
          value={draft.note}
          maxLength={LIMITS.note}
          optional
        />
        <Button>{t('checklist.edit.submit', { next: version + 1 })}</Button>
      </Form>
    </Layout>
  );
}
