import type { Child } from 'hono/jsx';
import { Button } from '../../web/components/form.tsx';
import { type FieldErrors, FormPage } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';

/** What a record's form page is drawn with, besides the record's own fields and choices. */
export interface RecordFrame {
  mode: 'create' | 'update';
  action: string;
  errors: FieldErrors;
  /** The version the form was drawn at (after a conflict, the one saved first). */
  version?: number;
  conflict?: boolean;
  /** The record being edited; none on a creation form. */
  recordId?: string;
}

/**
 * The frame of the programme and event forms (events take it from this module's index): title,
 * breadcrumbs back to the list and the record, the conflict notice, and the buttons. Each module
 * names its words by its catalogue prefix: `<prefix>.form.createTitle`, `.form.editTitle`,
 * `.form.create`, `.form.seeSaved`, `.list.title`, `.caption`.
 */
export function RecordFormPage({
  prefix,
  listHref,
  mode,
  recordTitle,
  recordId,
  action,
  errors,
  version,
  conflict,
  children,
}: RecordFrame & {
  prefix: 'programme' | 'event';
  listHref: string;
  /** The title as typed, shown as the caption and in the breadcrumbs of an edit. */
  recordTitle: string;
  children?: Child;
}) {
  const { t } = useT();
  const title = t(`${prefix}.form.${mode === 'create' ? 'createTitle' : 'editTitle'}`);
  const recordHref = `${listHref}/${recordId}`;
  const list = { label: t(`${prefix}.list.title`), href: listHref };
  const crumbs =
    mode === 'create'
      ? [list, { label: title }]
      : [list, { label: recordTitle || t(`${prefix}.caption`), href: recordHref }, { label: title }];
  return (
    <FormPage
      title={title}
      caption={mode === 'update' ? recordTitle : undefined}
      breadcrumbs={crumbs}
      action={action}
      errors={errors}
      version={version}
      conflict={conflict}
      savedHref={recordHref}
      savedLabelKey={`${prefix}.form.seeSaved`}
      wide
    >
      {children}
      <div class="button-group">
        <Button>{mode === 'create' ? t(`${prefix}.form.create`) : t('programme.form.save')}</Button>
        <a href={mode === 'create' ? listHref : recordHref}>{t('programme.form.cancel')}</a>
      </div>
    </FormPage>
  );
}

/** The labels of a day / month / year group, as both forms write them. */
export function useDateLabels() {
  const { t } = useT();
  return { day: t('programme.date.day'), month: t('programme.date.month'), year: t('programme.date.year') };
}
