import type { Translator } from '../i18n/translator.ts';
import { Button, FileField, Form, TextField } from '../web/components/form.tsx';
import { FormPage } from '../web/form/form-page.tsx';
import type { FieldErrors } from '../web/form/problems.ts';
import { useView } from '../web/view-context.ts';
import type { DocumentAccess } from './document.hosts.ts';
import type { DocumentRow } from './document.service.ts';
import { ACCEPTED_EXTENSIONS } from './file-kinds.ts';

/** What the file chooser suggests (the server decides from the bytes, whatever is chosen). */
const ACCEPT = ACCEPTED_EXTENSIONS.join(',');

export const documentHref = (document: Pick<DocumentRow, 'id'>) => `/documents/${document.id}/download`;
export const thumbnailHref = (document: Pick<DocumentRow, 'id'>) => `/documents/${document.id}/thumbnail`;
export const uploadHref = (ownerType: string, ownerId: string) => `/documents/${ownerType}/${ownerId}/new`;

/** "2.4 MB", "310 kB", in the reader's language. */
function fileSize(bytes: number, i18n: Translator): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return i18n.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/**
 * The documents of one record, for the record's own page: each with its kind, size and date, a
 * preview for pictures, and, for those who may change the record, a remove button and the link to
 * add one. Hosts render it where the record's page lists its evidence.
 */
export function DocumentList({
  documents,
  ownerType,
  ownerId,
  access,
  headingLevel = 2,
}: {
  documents: DocumentRow[];
  ownerType: string;
  ownerId: string;
  access: Pick<DocumentAccess, 'write'>;
  headingLevel?: 2 | 3;
}) {
  const { i18n } = useView();
  const t = i18n.t;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="documents" id="documents" aria-labelledby="documents-title">
      <Heading id="documents-title">{t('documents.title')}</Heading>
      {documents.length === 0 ? <p class="muted">{t('documents.none')}</p> : null}
      {documents.length > 0 ? (
        <ul class="documents__list">
          {documents.map((document) => (
            <li class="documents__item">
              {document.has_thumbnail ? (
                <img
                  class="documents__thumbnail"
                  src={thumbnailHref(document)}
                  alt={t('documents.thumbnail', { title: document.title })}
                  width={Math.min(160, document.width ?? 160)}
                  loading="lazy"
                />
              ) : null}
              <div class="documents__text">
                <a href={documentHref(document)} dir="auto">
                  {document.title}
                </a>
                <p class="muted documents__meta">
                  {t('documents.meta', {
                    kind: t(`documents.kind.${document.kind}`),
                    size: fileSize(document.byte_size, i18n),
                    date: i18n.date(document.uploaded_at),
                  })}
                </p>
              </div>
              {access.write ? (
                <Form action={`/documents/${document.id}/delete`} class="documents__remove">
                  <button
                    type="submit"
                    class="button button--secondary"
                    aria-label={t('documents.removeNamed', { title: document.title })}
                  >
                    {t('documents.remove')}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {access.write ? (
        <p>
          <a class="button button--secondary" href={uploadHref(ownerType, ownerId)}>
            {t('documents.add')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** The page that adds one document to a record: a file and an optional title. */
export function UploadPage({
  ownerType,
  ownerId,
  access,
  errors,
  title,
}: {
  ownerType: string;
  ownerId: string;
  access: DocumentAccess;
  errors: FieldErrors;
  title?: string;
}) {
  const { i18n } = useView();
  const t = i18n.t;
  return (
    <FormPage
      title={t('documents.add')}
      caption={access.title}
      breadcrumbs={[{ label: access.title, href: access.href }, { label: t('documents.add') }]}
      action={`/documents/${ownerType}/${ownerId}`}
      errors={errors}
      multipart
    >
      <FileField
        name="file"
        label={t('documents.file')}
        hint={t('documents.fileHint')}
        error={errors.file}
        accept={ACCEPT}
      />
      <TextField
        name="title"
        label={t('documents.docTitle')}
        hint={t('documents.docTitleHint')}
        error={errors.title}
        value={title}
        optional
        maxLength={200}
      />
      <div class="button-group">
        <Button>{t('documents.upload')}</Button>
        <a href={access.href}>{t('documents.cancel')}</a>
      </div>
    </FormPage>
  );
}
