import { deflateSync } from 'node:zlib';
import type { TrueTypeFont } from './ttf.ts';

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 };

/**
 * The text font of a document: an embedded TrueType subset (Identity-H, two-byte glyph ids), or,
 * when no font file could be read, the standard Helvetica with one-byte WinAnsi codes.
 */
export interface PdfFont {
  /** Glyph codes of a string already in visual order, and its width at `size`. */
  encode(text: string): number[];
  width(codes: number[], size: number): number;
  embedded: boolean;
}

export function embeddedFont(font: TrueTypeFont): PdfFont & { used: Map<number, number> } {
  const used = new Map<number, number>();
  return {
    embedded: true,
    used,
    encode(text) {
      const codes: number[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const glyph = font.glyphOf(cp);
        if (!used.has(glyph)) used.set(glyph, cp);
        codes.push(glyph);
      }
      return codes;
    },
    width(codes, size) {
      let units = 0;
      for (const g of codes) units += font.advances[g] ?? 0;
      return (units / font.unitsPerEm) * size;
    },
  };
}

/** Helvetica's WinAnsi fallback: anything outside Latin-1 becomes "?"; widths are an average. */
export function fallbackFont(): PdfFont {
  return {
    embedded: false,
    encode: (text) =>
      [...text].map((ch) => {
        const cp = ch.codePointAt(0)!;
        return cp >= 0x20 && cp <= 0xff ? cp : 0x3f;
      }),
    width: (codes, size) => codes.length * size * 0.52,
  };
}

class Page {
  readonly ops: string[] = [];
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** A PDF of pages with text and rules, written by hand (PDF 1.7, compressed streams). */
export class PdfDocument {
  readonly pages: Page[] = [];
  constructor(
    readonly font: PdfFont,
    private readonly ttf: TrueTypeFont | null,
    private readonly info: { title: string; lang: string },
  ) {}

  addPage(): Page {
    const page = new Page();
    this.pages.push(page);
    return page;
  }

  /** Draws glyph codes at (x, y) from the bottom left; `bold` strokes the outline to thicken it. */
  text(
    page: Page,
    x: number,
    y: number,
    size: number,
    codes: number[],
    options: { bold?: boolean; grey?: boolean } = {},
  ) {
    if (codes.length === 0) return;
    const hex = codes.map((c) => c.toString(16).padStart(this.font.embedded ? 4 : 2, '0')).join('');
    const colour = options.grey ? '0.33 g 0.33 G ' : '0 g 0 G ';
    const mode = options.bold ? `2 Tr ${n(size * 0.03)} w ` : '0 Tr ';
    page.ops.push(`BT ${colour}${mode}/F1 ${n(size)} Tf ${n(x)} ${n(y)} Td <${hex}> Tj ET`);
  }

  rule(page: Page, x1: number, y: number, x2: number, width = 0.5) {
    page.ops.push(`0.6 G ${n(width)} w ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S`);
  }

  toBuffer(): Buffer {
    const objects: (string | Buffer)[] = [];
    const add = (body: string | Buffer) => {
      objects.push(body);
      return objects.length;
    };
    const stream = (dict: string, data: Buffer) => {
      const packed = deflateSync(data);
      return Buffer.concat([
        Buffer.from(`<< ${dict} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, 'latin1'),
        packed,
        Buffer.from('\nendstream', 'latin1'),
      ]);
    };
    const catalogId = add('');
    const pagesId = add('');
    const fontId = this.writeFont(add, stream);
    const pageIds: number[] = [];
    for (const page of this.pages) {
      const contentId = add(stream('', Buffer.from(page.ops.join('\n'), 'latin1')));
      pageIds.push(
        add(
          `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${n(PAGE.width)} ${n(PAGE.height)}] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`,
        ),
      );
    }
    objects[catalogId - 1] =
      `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang ${pdfString(this.info.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`;
    objects[pagesId - 1] =
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
    const infoId = add(`<< /Title ${pdfString(this.info.title)} /Producer (Corridor) >>`);
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      const bytes = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
        typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      offsets.push(offset);
      offset += bytes.length;
      chunks.push(bytes);
    });
    const xref = [
      'xref',
      `0 ${objects.length + 1}`,
      '0000000000 65535 f ',
      ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
      'trailer',
      `<< /Size ${objects.length + 1} /Root ${catalogId} 0 R /Info ${infoId} 0 R >>`,
      'startxref',
      String(offset),
      '%%EOF',
    ].join('\n');
    chunks.push(Buffer.from(`${xref}\n`, 'latin1'));
    return Buffer.concat(chunks);
  }

  private writeFont(
    add: (body: string | Buffer) => number,
    stream: (dict: string, data: Buffer) => Buffer,
  ): number {
    const ttf = this.ttf;
    const font = this.font as PdfFont & { used?: Map<number, number> };
    if (!ttf || !font.used)
      return add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    const used = font.used;
    const scale = 1000 / ttf.unitsPerEm;
    const glyphs = [...used.keys()].sort((a, b) => a - b);
    const fileId = add(stream('', ttf.subset(glyphs)));
    const name = 'CRDRAA+DejaVuSans';
    const descriptorId = add(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${ttf.bbox.map((v) => Math.round(v * scale)).join(' ')}] /ItalicAngle ${ttf.italicAngle} /Ascent ${Math.round(ttf.ascent * scale)} /Descent ${Math.round(ttf.descent * scale)} /CapHeight ${Math.round(ttf.capHeight * scale)} /StemV 80 /FontFile2 ${fileId} 0 R >>`,
    );
    const widths = glyphs.map((g) => `${g} [${Math.round((ttf.advances[g] ?? 0) * scale)}]`).join(' ');
    const cidId = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
    );
    const toUnicodeId = add(stream('', Buffer.from(toUnicodeCmap(used), 'latin1')));
    return add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidId} 0 R] /ToUnicode ${toUnicodeId} 0 R >>`,
    );
  }
}

/** A PDF text string in UTF-16BE, so titles in any script show in the viewer's window. */
function pdfString(text: string): string {
  const hex = Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex');
  return `<${hex}>`;
}

/** Maps glyph ids back to characters, so text copied from the PDF is text. */
function toUnicodeCmap(used: Map<number, number>): string {
  const entries = [...used.entries()].sort((a, b) => a[0] - b[0]);
  const utf16 = (cp: number) => Buffer.from(String.fromCodePoint(cp), 'utf16le').swap16().toString('hex');
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [glyph, cp] of chunk) lines.push(`<${glyph.toString(16).padStart(4, '0')}> <${utf16(cp)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}
