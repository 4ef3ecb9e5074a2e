import { readFileSync } from 'node:fs';
import { formatPartialDate } from '../../../i18n/partial-date.ts';
import type { Translator } from '../../../i18n/translator.ts';
import { paragraphs } from '../paragraphs.ts';
import type { ProcessReport } from '../report.data.ts';
import { embeddedFont, fallbackFont, PAGE, PdfDocument, type PdfFont } from './pdf-document.ts';
import { paragraphDirection, shapeArabic, visualOrder } from './text.ts';
import { parseTrueType, type TrueTypeFont } from './ttf.ts';

const FONT_FILE = new URL('./fonts/DejaVuSans.ttf', import.meta.url);
let fontCache: TrueTypeFont | null | undefined;

/** DejaVu Sans, read once: it covers Latin, Arabic (with its presentation forms) and more. Null if unreadable. */
export function reportFont(): TrueTypeFont | null {
  if (fontCache !== undefined) return fontCache;
  try {
    fontCache = parseTrueType(readFileSync(FONT_FILE));
  } catch {
    fontCache = null;
  }
  return fontCache;
}

const MARGIN = 56;
const BOTTOM = 64;
const LINE = 1.35;

/** Lays out text top to bottom over as many pages as it needs. */
class Flow {
  private page;
  private y = PAGE.height - MARGIN;
  private readonly right = PAGE.width - MARGIN;
  /** Width of each word at 1 pt, measured once: reports repeat their words a lot. */
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PdfDocument,
    readonly font: PdfFont,
    readonly dir: 'ltr' | 'rtl',
  ) {
    this.page = doc.addPage();
  }

  private room(height: number) {
    if (this.y - height < BOTTOM) {
      this.page = this.doc.addPage();
      this.y = PAGE.height - MARGIN;
    }
  }

  space(points: number) {
    this.y -= points;
  }

  private measure(word: string, size: number): number {
    let unit = this.widths.get(word);
    if (unit === undefined) {
      unit = this.font.width(this.font.encode(word), 1);
      this.widths.set(word, unit);
    }
    return unit * size;
  }

  /** Breaks one paragraph into lines that fit, in logical order. */
  private lines(text: string, size: number, width: number): string[] {
    const words = text.split(/[ \t]+/).filter(Boolean);
    const spaceWidth = this.measure(' ', size);
    const lines: string[] = [];
    let current = '';
    let currentWidth = 0;
    for (const word of words) {
      let w = this.measure(word, size);
      let piece = word;
      // A word longer than the line (a URL) is cut where it must be.
      while (w > width) {
        let cut = piece.length;
        while (cut > 1 && this.font.width(this.font.encode(piece.slice(0, cut)), size) > width) cut -= 1;
        if (current) lines.push(current);
        lines.push(piece.slice(0, cut));
        current = '';
        currentWidth = 0;
        piece = piece.slice(cut);
        w = this.font.width(this.font.encode(piece), size);
      }
      if (!piece) continue;
      if (current && currentWidth + spaceWidth + w > width) {
        lines.push(current);
        current = piece;
        currentWidth = w;
      } else {
        current = current ? `${current} ${piece}` : piece;
        currentWidth += (currentWidth ? spaceWidth : 0) + w;
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  /** A paragraph, aligned to the side its own direction starts from (like `dir="auto"`). */
  paragraph(text: string, size: number, options: { bold?: boolean; grey?: boolean; indent?: number } = {}) {
    const indent = options.indent ?? 0;
    const width = this.right - MARGIN - indent;
    for (const source of text.split(/\r?\n/)) {
      const dir = paragraphDirection(source, this.dir);
      const shaped = shapeArabic(source);
      for (const line of this.lines(shaped, size, width)) {
        this.room(size * LINE);
        this.y -= size * LINE;
        const codes = this.font.encode(visualOrder(line, dir));
        const w = this.font.width(codes, size);
        const x = dir === 'rtl' ? this.right - indent - w : MARGIN + indent;
        this.doc.text(this.page, x, this.y + size * 0.25, size, codes, options);
      }
    }
  }

  heading(text: string, size: number) {
    this.room(size * LINE * 3);
    this.space(size * 0.6);
    this.paragraph(text, size, { bold: true });
    this.space(size * 0.3);
  }

  rule() {
    this.room(8);
    this.space(4);
    this.doc.rule(this.page, MARGIN, this.y, this.right);
    this.space(4);
  }
}

/**
 * The process report as a PDF in the reader's language: the process at a glance, then each
 * module's section from its `rows`. Arabic is shaped and ordered right to left (text.ts).
 */
export function renderReportPdf(report: ProcessReport, i18n: Translator): Buffer {
  const { t } = i18n;
  const ttf = reportFont();
  const font = ttf ? embeddedFont(ttf) : fallbackFont();
  const title = `${t('report.pdf.title')}: ${report.process.title}`;
  const doc = new PdfDocument(font, ttf, { title, lang: i18n.locale });
  const flow = new Flow(doc, font, i18n.dir);
  const p = report.process;

  if (!font.embedded) flow.paragraph(t('report.pdf.fontMissing'), 9, { grey: true });
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
  // Page numbers last, when the number of pages is known.
  const pages = doc.pages.length;
  doc.pages.forEach((page, index) => {
    const label = font.encode(
      visualOrder(shapeArabic(t('report.pdf.page', { page: index + 1, pages })), i18n.dir),
    );
    const w = font.width(label, 8);
    doc.text(page, (PAGE.width - w) / 2, 32, 8, label, { grey: true });
  });
  return doc.toBuffer();
}
