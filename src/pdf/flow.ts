import { readFileSync } from 'node:fs';
import { embeddedFont, fallbackFont, PAGE, PdfDocument, type PdfFont } from './pdf-document.ts';
import { paragraphDirection, shapeArabic, visualOrder } from './text.ts';
import { parseTrueType, type TrueTypeFont } from './ttf.ts';

const FONT_FILE = new URL('./fonts/DejaVuSans.ttf', import.meta.url);
let fontCache: TrueTypeFont | null | undefined;

/** DejaVu Sans, read once: it covers Latin, Arabic (with its presentation forms) and more. Null if unreadable. */
export function documentFont(): TrueTypeFont | null {
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
export class Flow {
  private page;
  private y = PAGE.height - MARGIN;
  private readonly right = PAGE.width - MARGIN;
  /** Width of each word at 1 pt, measured once: documents repeat their words a lot. */
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

  /**
   * A table: a bold header row, then rows, each cell wrapped within its column. The first column
   * (the row's name) takes a larger share; numbers line up on the end side. Columns run from the
   * start side: right to left in Arabic.
   */
  table(columns: { label: string; numeric?: boolean }[], rows: string[][], size: number) {
    if (columns.length === 0) return;
    const total = this.right - MARGIN;
    const gap = 8;
    const firstShare = columns.length === 1 ? 1 : Math.min(0.45, 2 / (columns.length + 1));
    const widths = columns.map((_, i) =>
      i === 0 ? total * firstShare : (total * (1 - firstShare)) / (columns.length - 1),
    );
    const drawRow = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((cell, i) =>
        this.lines(shapeArabic(cell ?? ''), size, Math.max(widths[i]! - gap, 10)),
      );
      const height = Math.max(1, ...wrapped.map((l) => l.length)) * size * LINE;
      this.room(height + 4);
      const top = this.y;
      let offset = 0;
      wrapped.forEach((lines, i) => {
        const width = widths[i]!;
        lines.forEach((line, n) => {
          const dir = paragraphDirection(line, this.dir);
          const codes = this.font.encode(visualOrder(line, dir));
          const w = this.font.width(codes, size);
          const endAligned = columns[i]?.numeric === true;
          // Within the column's box, measured from the page's start side.
          const inner = endAligned ? width - gap - w : 0;
          const x = this.dir === 'rtl' ? this.right - offset - inner - w : MARGIN + offset + inner;
          this.doc.text(this.page, x, top - (n + 1) * size * LINE + size * 0.25, size, codes, { bold });
        });
        offset += width;
      });
      this.y = top - height;
    };
    drawRow(
      columns.map((c) => c.label),
      true,
    );
    this.doc.rule(this.page, MARGIN, this.y - 2, this.right);
    this.space(4);
    for (const row of rows) drawRow(row, false);
    this.space(6);
  }

  rule() {
    this.room(8);
    this.space(4);
    this.doc.rule(this.page, MARGIN, this.y, this.right);
    this.space(4);
  }
}

/**
 * A new document in the reader's language and direction, with DejaVu Sans embedded when it can be
 * read (else the standard Helvetica, Latin only). `fontMissing` is true in that case, so the
 * document can say so.
 */
export function newDocument(options: { title: string; lang: string; dir: 'ltr' | 'rtl' }) {
  const ttf = documentFont();
  const font = ttf ? embeddedFont(ttf) : fallbackFont();
  const doc = new PdfDocument(font, ttf, { title: options.title, lang: options.lang });
  return { doc, font, flow: new Flow(doc, font, options.dir), fontMissing: !font.embedded };
}

/** Writes "page N of M" at the foot of every page, once the number of pages is known. */
export function numberPages(
  doc: PdfDocument,
  font: PdfFont,
  label: (page: number, pages: number) => string,
  dir: 'ltr' | 'rtl',
) {
  const pages = doc.pages.length;
  doc.pages.forEach((page, index) => {
    const codes = font.encode(visualOrder(shapeArabic(label(index + 1, pages)), dir));
    const w = font.width(codes, 8);
    doc.text(page, (PAGE.width - w) / 2, 32, 8, codes, { grey: true });
  });
}
