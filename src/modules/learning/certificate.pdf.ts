import type { Translator } from '../../i18n/translator.ts';
import { newDocument } from '../../pdf/flow.ts';
import type { CertificateView } from './certificate.views.tsx';

/**
 * The certificate as a one-page PDF in the reader's language. The learner's name and the course
 * title are printed as issued; Arabic is shaped and ordered right to left by the PDF kernel.
 */
export function renderCertificatePdf(
  certificate: CertificateView,
  i18n: Translator,
  verifyUrl: string,
): Buffer {
  const { t } = i18n;
  const { doc, flow, fontMissing } = newDocument({
    title: t('certificate.title'),
    lang: i18n.locale,
    dir: i18n.dir,
  });
  if (fontMissing) flow.paragraph(t('certificate.pdf.fontMissing'), 9, { grey: true });
  flow.space(60);
  flow.paragraph(t('certificate.pdf.heading'), 24, { bold: true });
  flow.space(24);
  flow.paragraph(t('certificate.pdf.certifies'), 12);
  flow.space(8);
  flow.paragraph(certificate.learnerName, 20, { bold: true });
  flow.space(8);
  flow.paragraph(t('certificate.pdf.completed'), 12);
  flow.space(8);
  flow.paragraph(certificate.courseTitle, 16, { bold: true });
  flow.space(16);
  flow.paragraph(t('certificate.pdf.on', { date: i18n.date(certificate.issuedAt, 'long') }), 12);
  flow.space(40);
  flow.paragraph(t('certificate.pdf.verify'), 9, { grey: true });
  flow.paragraph(verifyUrl, 9, { grey: true });
  return doc.toBuffer();
}
