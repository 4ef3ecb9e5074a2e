import type { Translator } from '../../i18n/translator.ts';
import { newDocument, numberPages } from '../../pdf/flow.ts';
import { GAP_YEARS } from './profile.data.ts';
import type { ProfileView } from './profile.figures.ts';
import type { NarrativeView } from './profile.views.tsx';

/**
 * The Extended Migration Profile as a PDF in the reader's language: key figures, the country
 * team's narrative, each chart as its data table (with unit, years and source), the corridors'
 * costs and the data gaps: the page's content, in a file that can be sent and archived.
 */
export function renderProfilePdf(
  view: ProfileView,
  narrative: NarrativeView | null,
  i18n: Translator,
): Buffer {
  const { t } = i18n;
  const heading = t('data.profile.heading');
  const { doc, font, flow, fontMissing } = newDocument({
    title: `${heading}: ${view.name}`,
    lang: i18n.locale,
    dir: i18n.dir,
  });
  if (fontMissing) flow.paragraph(t('data.pdf.fontMissing'), 9, { grey: true });
  flow.paragraph(view.name, 10, { grey: true });
  flow.paragraph(heading, 18, { bold: true });
  flow.space(4);
  flow.paragraph(t('data.pdf.generated', { date: i18n.dateTime(new Date().toISOString()) }), 8, {
    grey: true,
  });

  if (view.keyFigures.length > 0) {
    flow.heading(t('data.key.title'), 14);
    flow.table(
      [
        { label: t('data.table.indicator') },
        { label: t('data.pdf.value'), numeric: true },
        { label: t('data.pdf.source') },
      ],
      view.keyFigures.map((f) => [
        f.label,
        `${f.value} ${f.unit}`.trim(),
        t('data.key.source', { source: f.source, year: f.year }),
      ]),
      9,
    );
  }

  flow.heading(t('data.narrative.title'), 14);
  if (narrative) {
    for (const paragraph of narrative.body.split(/\n\s*\n/)) {
      flow.paragraph(paragraph.trim(), 10);
      flow.space(4);
    }
  } else {
    flow.paragraph(t('data.pdf.noNarrative'), 9, { grey: true });
  }

  if (!view.hasData) {
    flow.space(8);
    flow.paragraph(t('data.profile.empty', { country: view.name }), 10, { grey: true });
  }
  for (const section of view.sections) {
    flow.heading(section.title, 14);
    for (const figure of section.figures) {
      flow.paragraph(figure.title, 11, { bold: true });
      if (figure.table.rows.length === 0) {
        flow.paragraph(figure.emptyText, 9, { grey: true });
        continue;
      }
      const meta = [figure.unit, figure.years, t('data.chart.source', { source: figure.source })].filter(
        Boolean,
      );
      flow.paragraph(meta.join(' · '), 8, { grey: true });
      flow.space(2);
      flow.table(figure.table.columns, figure.table.rows, 8);
    }
  }

  if (view.corridors.count > 0) {
    flow.heading(t('data.section.corridors'), 14);
    const columns = [
      { label: t('data.table.corridor') },
      { label: t('data.table.period') },
      { label: t('data.table.cost'), numeric: true },
      { label: t('data.table.status') },
    ];
    const rows = (lines: ProfileView['corridors']['costliest']) =>
      lines.map((c) => [
        t('data.corridor.name', { origin: c.origin, destination: c.destination }),
        c.period,
        c.value,
        t(c.above ? 'data.tag.above' : 'data.tag.within'),
      ]);
    flow.paragraph(t('data.corridors.costliest'), 11, { bold: true });
    flow.table(columns, rows(view.corridors.costliest), 8);
    if (view.corridors.cheapest.length > 0) {
      flow.paragraph(t('data.corridors.cheapest'), 11, { bold: true });
      flow.table(columns, rows(view.corridors.cheapest), 8);
    }
    flow.paragraph(t('data.chart.source', { source: view.corridors.source }), 8, { grey: true });
  }

  flow.heading(t('data.gaps.title'), 14);
  flow.paragraph(t('data.gaps.lead', { years: GAP_YEARS, covered: view.coveredCount }), 9);
  if (view.gaps.length === 0) flow.paragraph(t('data.gaps.none'), 9);
  else
    flow.table(
      [
        { label: t('data.table.indicator') },
        { label: t('data.table.latest') },
        { label: t('data.table.status') },
      ],
      view.gaps.map((g) => [
        g.name,
        g.latest ?? t('data.gaps.never'),
        t(g.status === 'missing' ? 'data.gaps.missing' : 'data.gaps.old'),
      ]),
      8,
    );

  numberPages(doc, font, (page, pages) => t('data.pdf.page', { page, pages }), i18n.dir);
  return doc.toBuffer();
}
