import { formatPartialDate } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import { newDocument, numberPages } from '../../pdf/flow.ts';
import { paragraphs } from './paragraphs.ts';
import type { ProcessReport } from './report.data.ts';

/**
 * The process report as a PDF in the reader's language: the process at a glance, then each
 * module's section from its `rows`. Arabic is shaped and ordered right to left (text.ts).
 */
export function renderReportPdf(report: ProcessReport, i18n: Translator): Buffer {
  const { t } = i18n;
  const title = `${t('report.pdf.title')}: ${report.process.title}`;
  const { doc, font, flow, fontMissing } = newDocument({ title, lang: i18n.locale, dir: i18n.dir });
  const p = report.process;

  if (fontMissing) flow.paragraph(t('report.pdf.fontMissing'), 9, { grey: true });
  flow.paragraph(t('report.pdf.title'), 10, { grey: true });
  flow.paragraph(p.title, 18, { bold: true });
  flow.space(4);
  flow.paragraph(t('report.generated', { date: i18n.dateTime(report.generatedAt) }), 8, { grey: true });
  flow.space(8);
  const period = [p.period_start, p.period_end]
    .filter((d): d is string => d !== null)
    .map((d) => formatPartialDate(i18n, d));
  const facts: [string, string | null][] = [
    [t('report.field.plan'), p.plan_name],
    [t('report.field.country'), report.heading.place],
    [t('report.field.period'), period.length > 0 ? period.join(' – ') : null],
    [t('report.field.lead'), report.leadOrganisation],
    [t('report.field.visibility'), t(`report.visibility.${p.visibility}`)],
  ];
  for (const [label, value] of facts) if (value) flow.paragraph(`${label}: ${value}`, 10);
  for (const para of paragraphs(p.summary)) {
    flow.space(4);
    flow.paragraph(para, 10);
  }
  if (report.sections.length === 0) {
    flow.space(8);
    flow.paragraph(t('report.empty'), 10, { grey: true });
  }
  for (const section of report.sections) {
    flow.heading(t(section.titleKey), 14);
    if (!section.rows || section.rows.length === 0) {
      flow.paragraph((section.rows && section.empty) || t('report.pdf.noRows'), 9, { grey: true });
      continue;
    }
    section.rows.forEach((row, index) => {
      if (index > 0) flow.rule();
      const [first, ...rest] = Object.entries(row);
      if (first) flow.paragraph(String(first[1]), 10, { bold: true });
      for (const [label, value] of rest) {
        const text = typeof value === 'number' ? i18n.number(value) : value;
        if (text !== '') flow.paragraph(`${label}: ${text}`, 9, { indent: 8 });
      }
    });
  }
  numberPages(doc, font, (page, pages) => t('report.pdf.page', { page, pages }), i18n.dir);
  return doc.toBuffer();
}
