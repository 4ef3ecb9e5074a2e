import { inflateSync } from 'node:zlib';

/** What `readPdf` found in a file. */
export interface PdfContents {
  /** The version in the header, e.g. "1.7". */
  version: string;
  /** Pages counted from the page tree (/Count of the root /Pages). */
  pageCount: number;
  /** The text of each page, one line per text-showing operator, in the order drawn. */
  pages: string[];
  /** The document title from the /Info dictionary, when there is one. */
  title: string | null;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/**
 * Reads a PDF as a viewer would start to, independently of the code that wrote it, and throws when
 * it is not a well-formed file: the header and `%%EOF`, a cross-reference table whose every entry
 * points at the object it names, a trailer whose /Root is a catalogue with a page tree. Then it
 * extracts the text: streams are inflated, fonts with a /ToUnicode map are decoded through it
 * (two-byte Identity-H codes), others as single bytes. Enough for Corridor's own reports, which
 * draw text with `<hex> Tj`; not a general PDF parser.
 */
export function readPdf(bytes: Buffer): PdfContents {
  const raw = bytes.toString('latin1');
  const header = /^%PDF-(\d\.\d)/.exec(raw);
  if (!header) throw new Error('Not a PDF: no %PDF- header');
  if (!raw.trimEnd().endsWith('%%EOF')) throw new Error('The PDF does not end with %%EOF');

  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(raw);
  if (!startxref) throw new Error('No startxref at the end of the PDF');
  const xrefAt = Number(startxref[1]);
  if (!raw.startsWith('xref', xrefAt)) throw new Error(`startxref ${xrefAt} does not point at an xref table`);
  const offsets = new Map<number, number>();
  const xrefBody = raw.slice(xrefAt + 4, raw.indexOf('trailer', xrefAt));
  const lines = xrefBody.trim().split(/\r?\n/);
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i]!.trim().split(/\s+/).map(Number);
    for (let k = 0; k < count!; k++) {
      const [offset, , kind] = lines[i + 1 + k]!.trim().split(/\s+/);
      if (kind === 'n') offsets.set(first! + k, Number(offset));
    }
    i += 1 + count!;
  }
  for (const [id, offset] of offsets) {
    if (!new RegExp(`^${id} \\d+ obj`).test(raw.slice(offset, offset + 20)))
      throw new Error(`xref entry ${id} points at byte ${offset}, which is not "${id} 0 obj"`);
  }

  const objects = new Map<number, PdfObject>();
  const object = (id: number): PdfObject => {
    const cached = objects.get(id);
    if (cached) return cached;
    const offset = offsets.get(id);
    if (offset === undefined) throw new Error(`Object ${id} is not in the xref table`);
    const start = raw.indexOf('obj', offset) + 3;
    // The dictionary ends at "stream" or "endobj", whichever comes first: a stream's binary data
    // may contain anything, so its end is found from /Length, never by searching.
    const streamAt = raw.indexOf('stream', start);
    const endAt = raw.indexOf('endobj', start);
    let found: PdfObject;
    if (streamAt === -1 || streamAt > endAt) {
      found = { dict: raw.slice(start, endAt).trim(), stream: null };
    } else {
      const dict = raw.slice(start, streamAt).trim();
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? Number.NaN);
      const dataStart = streamAt + 'stream'.length + (raw.startsWith('\r\n', streamAt + 6) ? 2 : 1);
      let data = bytes.subarray(dataStart, dataStart + length);
      if (!/^\s*endstream/.test(raw.slice(dataStart + length, dataStart + length + 12)))
        throw new Error(`Object ${id}: /Length ${length} does not end at "endstream"`);
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      found = { dict, stream: data };
    }
    objects.set(id, found);
    return found;
  };
  const ref = (dict: string, key: string): number | null => {
    const match = new RegExp(`/${key} (\\d+) \\d+ R`).exec(dict);
    return match ? Number(match[1]) : null;
  };

  const trailer = raw.slice(raw.indexOf('trailer', xrefAt));
  const rootId = ref(trailer, 'Root');
  if (rootId === null) throw new Error('The trailer names no /Root');
  const catalog = object(rootId).dict;
  if (!/\/Type\s*\/Catalog/.test(catalog)) throw new Error('/Root is not a /Catalog');
  const pagesId = ref(catalog, 'Pages');
  if (pagesId === null) throw new Error('The catalogue has no /Pages');
  const pageTree = object(pagesId).dict;
  const pageCount = Number(/\/Count (\d+)/.exec(pageTree)?.[1] ?? 0);
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(pageTree)?.[1] ?? '').matchAll(/(\d+) \d+ R/g)].map((m) =>
    Number(m[1]),
  );
  if (pageCount === 0 || kids.length !== pageCount)
    throw new Error(`Page tree: /Count ${pageCount}, ${kids.length} kids`);

  const decoders = new Map<number, (hex: string) => string>();
  const decoderOf = (fontId: number) => {
    const known = decoders.get(fontId);
    if (known) return known;
    const font = object(fontId).dict;
    const cmapId = ref(font, 'ToUnicode');
    let decode: (hex: string) => string;
    if (cmapId === null) {
      decode = (hex) => Buffer.from(hex, 'hex').toString('latin1');
    } else {
      const cmap = object(cmapId).stream!.toString('latin1');
      const map = new Map<number, string>();
      const unicode = (hex: string) =>
        String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
      for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
        for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
          map.set(parseInt(code!, 16), unicode(text!));
      for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
        for (const [, from, to, text] of block[1]!.matchAll(
          /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
        )) {
          const start = parseInt(text!, 16);
          for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++)
            map.set(code, String.fromCodePoint(start + code - parseInt(from!, 16)));
        }
      decode = (hex) => (hex.match(/.{4}/g) ?? []).map((h) => map.get(parseInt(h, 16)) ?? '\uFFFD').join('');
    }
    decoders.set(fontId, decode);
    return decode;
  };

  const pages = kids.map((pageId) => {
    const page = object(pageId).dict;
    const contentsId = ref(page, 'Contents');
    if (contentsId === null) return '';
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '';
    for (const [, name, id] of fontDict.matchAll(/\/(\w+) (\d+) \d+ R/g)) fonts.set(name!, Number(id));
    const ops = object(contentsId).stream!.toString('latin1');
    const out: string[] = [];
    let current: number | undefined;
    for (const [, font, hex] of ops.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
      if (font) current = fonts.get(font);
      else if (hex !== undefined && current !== undefined) out.push(decoderOf(current)(hex));
    }
    return out.join('\n');
  });

  const infoId = ref(trailer, 'Info');
  let title: string | null = null;
  if (infoId !== null) {
    const info = object(infoId).dict;
    const hex = /\/Title\s*<([0-9A-Fa-f]+)>/.exec(info)?.[1];
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(info)?.[1];
    if (hex) {
      const buffer = Buffer.from(hex, 'hex');
      title =
        buffer[0] === 0xfe && buffer[1] === 0xff
          ? buffer.subarray(2).swap16().toString('utf16le')
          : buffer.toString('latin1');
    } else if (literal !== undefined) title = literal.replace(/\\(.)/g, '$1');
  }
  return { version: header[1]!, pageCount, pages, title };
}
