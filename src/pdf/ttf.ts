/**
 * Just enough TrueType to embed a font in a PDF: the character map, advance widths, metrics, and
 * a subset that keeps glyph ids (unused glyphs become empty), so the PDF can use Identity-H with
 * the font's own glyph ids. No hinting changes, no renaming of glyphs.
 */
export interface TrueTypeFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  numGlyphs: number;
  /** Unicode code point → glyph id. */
  cmap: Map<number, number>;
  /** Advance width of each glyph, in font units. */
  advances: Uint16Array;
  /** The glyph id of a code point, or 0 (.notdef). */
  glyphOf(codePoint: number): number;
  /** A font file with only these glyphs' outlines (plus .notdef and composite parts). */
  subset(glyphs: Iterable<number>): Buffer;
}

interface TableEntry {
  tag: string;
  offset: number;
  length: number;
}

function tables(data: Buffer): Map<string, TableEntry> {
  const count = data.readUInt16BE(4);
  const result = new Map<string, TableEntry>();
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = data.toString('latin1', at, at + 4);
    result.set(tag, { tag, offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  return result;
}

function readCmap(data: Buffer, table: TableEntry): Map<number, number> {
  const map = new Map<number, number>();
  const count = data.readUInt16BE(table.offset + 2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < count; i += 1) {
    const at = table.offset + 4 + i * 8;
    const platform = data.readUInt16BE(at);
    const encoding = data.readUInt16BE(at + 2);
    const offset = table.offset + data.readUInt32BE(at + 4);
    const format = data.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 || (format === 4 && best?.format !== 12)) best = { offset, format };
  }
  if (!best) return map;
  const o = best.offset;
  if (best.format === 12) {
    const groups = data.readUInt32BE(o + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = o + 16 + g * 12;
      const start = data.readUInt32BE(at);
      const end = data.readUInt32BE(at + 4);
      const glyph = data.readUInt32BE(at + 8);
      for (let c = start; c <= end; c += 1) map.set(c, glyph + (c - start));
    }
    return map;
  }
  const segments = data.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = data.readUInt16BE(ends + s * 2);
    const start = data.readUInt16BE(starts + s * 2);
    const delta = data.readInt16BE(deltas + s * 2);
    const rangeOffset = data.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = data.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function checksum(buffer: Buffer): number {
  let sum = 0;
  const padded =
    buffer.length % 4 === 0 ? buffer : Buffer.concat([buffer, Buffer.alloc(4 - (buffer.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Tables a PDF viewer needs to draw TrueType outlines (cmap and layout tables are not needed with Identity-H). */
const KEEP = ['head', 'hhea', 'maxp', 'hmtx', 'cvt ', 'fpgm', 'prep', 'OS/2', 'post', 'name'];

/** Parses a TrueType font file (glyf outlines; not CFF). */
export function parseTrueType(data: Buffer): TrueTypeFont {
  const dir = tables(data);
  const need = (tag: string) => {
    const t = dir.get(tag);
    if (!t) throw new Error(`TrueType table ${tag} missing`);
    return t;
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = need('hmtx');
  const loca = need('loca');
  const glyf = need('glyf');
  const unitsPerEm = data.readUInt16BE(head.offset + 18);
  const bbox: [number, number, number, number] = [
    data.readInt16BE(head.offset + 36),
    data.readInt16BE(head.offset + 38),
    data.readInt16BE(head.offset + 40),
    data.readInt16BE(head.offset + 42),
  ];
  const longLoca = data.readInt16BE(head.offset + 50) === 1;
  const numGlyphs = data.readUInt16BE(maxp.offset + 4);
  const ascent = data.readInt16BE(hhea.offset + 4);
  const descent = data.readInt16BE(hhea.offset + 6);
  const metrics = data.readUInt16BE(hhea.offset + 34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g += 1)
    advances[g] = data.readUInt16BE(hmtx.offset + Math.min(g, metrics - 1) * 4);
  const os2 = dir.get('OS/2');
  const capHeight =
    os2 && data.readUInt16BE(os2.offset) >= 2 ? data.readInt16BE(os2.offset + 88) : Math.round(ascent * 0.7);
  const post = dir.get('post');
  const italicAngle = post ? data.readInt32BE(post.offset + 4) / 65536 : 0;
  const cmap = readCmap(data, need('cmap'));
  const glyphStart = (g: number) =>
    longLoca ? data.readUInt32BE(loca.offset + g * 4) : data.readUInt16BE(loca.offset + g * 2) * 2;

  /** A composite glyph's components, so a subset keeps them. */
  function components(g: number): number[] {
    const start = glyphStart(g);
    const end = glyphStart(g + 1);
    if (end <= start) return [];
    let at = glyf.offset + start;
    if (data.readInt16BE(at) >= 0) return [];
    at += 10;
    const found: number[] = [];
    for (;;) {
      const flags = data.readUInt16BE(at);
      found.push(data.readUInt16BE(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
    return found;
  }

  function subset(glyphs: Iterable<number>): Buffer {
    const keep = new Set<number>([0]);
    const queue = [...glyphs];
    while (queue.length > 0) {
      const g = queue.pop()!;
      if (g >= numGlyphs || keep.has(g)) continue;
      keep.add(g);
      queue.push(...components(g));
    }
    for (const g of [...keep]) for (const c of components(g)) keep.add(c);
    const parts: Buffer[] = [];
    const offsets = new Uint32Array(numGlyphs + 1);
    let length = 0;
    for (let g = 0; g < numGlyphs; g += 1) {
      offsets[g] = length;
      if (!keep.has(g)) continue;
      const start = glyphStart(g);
      const end = glyphStart(g + 1);
      if (end <= start) continue;
      const outline = data.subarray(glyf.offset + start, glyf.offset + end);
      const padded =
        outline.length % 4 === 0 ? outline : Buffer.concat([outline, Buffer.alloc(4 - (outline.length % 4))]);
      parts.push(padded);
      length += padded.length;
    }
    offsets[numGlyphs] = length;
    const newGlyf = Buffer.concat(parts);
    const newLoca = Buffer.alloc((numGlyphs + 1) * 4);
    for (let g = 0; g <= numGlyphs; g += 1) newLoca.writeUInt32BE(offsets[g]!, g * 4);
    const out = new Map<string, Buffer>();
    for (const tag of KEEP) {
      const t = dir.get(tag);
      if (t) out.set(tag, Buffer.from(data.subarray(t.offset, t.offset + t.length)));
    }
    const newHead = out.get('head')!;
    newHead.writeInt16BE(1, 50); // long loca offsets
    newHead.writeUInt32BE(0, 8); // checksum adjustment, set below
    out.set('loca', newLoca);
    out.set('glyf', newGlyf);
    const tags = [...out.keys()].sort();
    const headerLength = 12 + tags.length * 16;
    const header = Buffer.alloc(headerLength);
    header.writeUInt32BE(0x00010000, 0);
    header.writeUInt16BE(tags.length, 4);
    let power = 1;
    let log = 0;
    while (power * 2 <= tags.length) {
      power *= 2;
      log += 1;
    }
    header.writeUInt16BE(power * 16, 6);
    header.writeUInt16BE(log, 8);
    header.writeUInt16BE(tags.length * 16 - power * 16, 10);
    const bodies: Buffer[] = [];
    let offset = headerLength;
    tags.forEach((tag, i) => {
      const body = out.get(tag)!;
      const at = 12 + i * 16;
      header.write(tag, at, 'latin1');
      header.writeUInt32BE(checksum(body), at + 4);
      header.writeUInt32BE(offset, at + 8);
      header.writeUInt32BE(body.length, at + 12);
      const padded =
        body.length % 4 === 0 ? body : Buffer.concat([body, Buffer.alloc(4 - (body.length % 4))]);
      bodies.push(padded);
      offset += padded.length;
    });
    const file = Buffer.concat([header, ...bodies]);
    const headAt = file.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
    file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
    return file;
  }

  return {
    unitsPerEm,
    ascent,
    descent,
    capHeight,
    bbox,
    italicAngle,
    numGlyphs,
    cmap,
    advances,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    subset,
  };
}
