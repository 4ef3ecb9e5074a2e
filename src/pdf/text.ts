/**
 * Arabic shaping and right-to-left ordering for the PDF, without a shaping engine: letters are
 * replaced by their contextual forms from Unicode's Arabic Presentation Forms (which DejaVu Sans
 * draws), lam-alef becomes its ligature, and each line is put in visual order with a reduced form
 * of the Unicode bidirectional algorithm (strong letters, numbers kept left to right, neutrals
 * taking their neighbours' direction, mirrored brackets). It covers the Arabic of Corridor's
 * interface and ordinary user text; marks are kept but not positioned, and scripts that need a
 * real shaping engine (Bengali, Devanagari) come out unshaped.
 */

// [isolated, final, initial, medial]; two entries for letters that join only on their right.
// biome-ignore format: a table reads best one letter a line
const FORMS: Record<number, number[]> = {
  1569: [0xfe80],
  1570: [0xfe81, 0xfe82], 1571: [0xfe83, 0xfe84], 1572: [0xfe85, 0xfe86], 1573: [0xfe87, 0xfe88],
  1574: [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c], 1575: [0xfe8d, 0xfe8e], 1576: [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  1577: [0xfe93, 0xfe94], 1578: [0xfe95, 0xfe96, 0xfe97, 0xfe98], 1579: [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c],
  1580: [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0], 1581: [0xfea1, 0xfea2, 0xfea3, 0xfea4], 1582: [0xfea5, 0xfea6, 0xfea7, 0xfea8],
  1583: [0xfea9, 0xfeaa], 1584: [0xfeab, 0xfeac], 1585: [0xfead, 0xfeae], 1586: [0xfeaf, 0xfeb0],
  1587: [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4], 1588: [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8], 1589: [0xfeb9, 0xfeba, 0xfebb, 0xfebc],
  1590: [0xfebd, 0xfebe, 0xfebf, 0xfec0], 1591: [0xfec1, 0xfec2, 0xfec3, 0xfec4], 1592: [0xfec5, 0xfec6, 0xfec7, 0xfec8],
  1593: [0xfec9, 0xfeca, 0xfecb, 0xfecc], 1594: [0xfecd, 0xfece, 0xfecf, 0xfed0], 1601: [0xfed1, 0xfed2, 0xfed3, 0xfed4],
  1602: [0xfed5, 0xfed6, 0xfed7, 0xfed8], 1603: [0xfed9, 0xfeda, 0xfedb, 0xfedc], 1604: [0xfedd, 0xfede, 0xfedf, 0xfee0],
  1605: [0xfee1, 0xfee2, 0xfee3, 0xfee4], 1606: [0xfee5, 0xfee6, 0xfee7, 0xfee8], 1607: [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
  1608: [0xfeed, 0xfeee], 1609: [0xfeef, 0xfef0], 1610: [0xfef1, 0xfef2, 0xfef3, 0xfef4],
  1662: [0xfb56, 0xfb57, 0xfb58, 0xfb59], 1670: [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d], 1688: [0xfb8a, 0xfb8b],
  1705: [0xfb8e, 0xfb8f, 0xfb90, 0xfb91], 1711: [0xfb92, 0xfb93, 0xfb94, 0xfb95], 1740: [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff],
};

/** Lam + an alef → [isolated, final] ligature. */
const LAM_ALEF: Record<number, [number, number]> = {
  1570: [0xfef5, 0xfef6],
  1571: [0xfef7, 0xfef8],
  1573: [0xfef9, 0xfefa],
  1575: [0xfefb, 0xfefc],
};

const TATWEEL = 0x0640;

function isTransparent(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
}

/** Joins on both sides (dual), or only to the previous letter (right). */
function joiningType(c: number): 'D' | 'R' | 'C' | 'U' {
  if (c === TATWEEL) return 'C';
  const forms = FORMS[c];
  if (!forms) return 'U';
  return forms.length === 4 ? 'D' : forms.length === 2 ? 'R' : 'U';
}

function neighbour(chars: number[], from: number, step: 1 | -1): number | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step)
    if (!isTransparent(chars[i]!)) return chars[i];
  return undefined;
}

/** Replaces Arabic letters by their contextual presentation forms, in logical order. */
export function shapeArabic(text: string): string {
  const chars = [...text].map((ch) => ch.codePointAt(0)!);
  if (!chars.some((c) => c >= 0x0600 && c <= 0x06ff)) return text;
  const out: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    const type = joiningType(c);
    if (type === 'U' || type === 'C') {
      out.push(c);
      continue;
    }
    const prev = neighbour(chars, i, -1);
    const joinsPrev = prev !== undefined && (joiningType(prev) === 'D' || joiningType(prev) === 'C');
    const next = neighbour(chars, i, 1);
    if (c === 0x0644 && next !== undefined && LAM_ALEF[next] && chars[i + 1] === next) {
      out.push(LAM_ALEF[next][joinsPrev ? 1 : 0]);
      i += 1;
      continue;
    }
    const joinsNext = type === 'D' && next !== undefined && joiningType(next) !== 'U';
    const forms = FORMS[c]!;
    const form = joinsPrev && joinsNext ? 3 : joinsNext ? 2 : joinsPrev ? 1 : 0;
    out.push(forms[form] ?? forms[0]!);
  }
  return String.fromCodePoint(...out);
}

type Strong = 'L' | 'R' | 'N';

export function isRtlChar(c: number): boolean {
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

function classOf(c: number): Strong {
  // ASCII first: most text in a report is.
  if (c < 0x80) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return 'L';
    return 'N';
  }
  if (isRtlChar(c) && !(c >= 0x0660 && c <= 0x0669)) return 'R';
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669)) return 'L';
  if (/[\p{L}\p{M}]/u.test(String.fromCodePoint(c))) return 'L';
  return 'N';
}

/** The direction a paragraph starts in: that of its first strong letter, else `fallback`. */
export function paragraphDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const ch of text) {
    const kind = classOf(ch.codePointAt(0)!);
    if (kind === 'R') return 'rtl';
    if (kind === 'L' && !/\d/.test(ch)) return 'ltr';
  }
  return fallback;
}

const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»' };

/**
 * Paired brackets take one direction together (rule N0, simplified): the base direction when
 * the text inside has a letter of that direction, else the other direction when the inside and
 * the text before the pair both have it. So "English (UNDP)" keeps its brackets in an Arabic line.
 */
function resolveBrackets(chars: string[], types: Strong[], base: Strong): void {
  const stack: { index: number; close: string }[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    const close = OPENING[ch];
    if (close) {
      stack.push({ index: i, close });
      continue;
    }
    let top = stack.length - 1;
    while (top >= 0 && stack[top]!.close !== ch) top -= 1;
    if (top === -1) continue;
    const open = stack[top]!.index;
    stack.length = top;
    const inside: Strong[] = types.slice(open + 1, i).filter((t) => t !== 'N');
    if (inside.length === 0) continue;
    let kind: Strong = base;
    if (!inside.includes(base)) {
      const before =
        types
          .slice(0, open)
          .filter((t) => t !== 'N')
          .at(-1) ?? base;
      kind = before === base ? base : before;
    }
    types[open] = kind;
    types[i] = kind;
  }
}

/** One line (logical order, already shaped) in visual order, left to right, for a line of base direction `dir`. */
export function visualOrder(line: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr' && !RTL_TEXT.test(line)) return line;
  const chars = [...line];
  const types = chars.map((ch) => classOf(ch.codePointAt(0)!));
  const base: Strong = dir === 'rtl' ? 'R' : 'L';
  resolveBrackets(chars, types, base);
  // Neutrals take the direction of their strong neighbours when both agree, else the base direction.
  const resolved = types.slice();
  for (let i = 0; i < resolved.length; i += 1) {
    if (resolved[i] !== 'N') continue;
    let j = i;
    while (j < resolved.length && resolved[j] === 'N') j += 1;
    const before = i > 0 ? resolved[i - 1]! : base;
    const after = j < resolved.length ? resolved[j]! : base;
    const fill = before === after ? before : base;
    for (let k = i; k < j; k += 1) resolved[k] = fill;
    i = j - 1;
  }
  const levels = resolved.map((t) => (dir === 'rtl' ? (t === 'R' ? 1 : 2) : t === 'R' ? 1 : 0));
  const max = Math.max(...levels);
  const order = chars.map((_, i) => i);
  for (let level = max; level >= 1; level -= 1) {
    for (let i = 0; i < order.length; i += 1) {
      if (levels[order[i]!]! < level) continue;
      let j = i;
      while (j < order.length && levels[order[j]!]! >= level) j += 1;
      const slice = order.slice(i, j).reverse();
      order.splice(i, j - i, ...slice);
      i = j - 1;
    }
  }
  return order
    .map((index) => {
      const ch = chars[index]!;
      return levels[index]! % 2 === 1 ? (MIRROR[ch] ?? ch) : ch;
    })
    .join('');
}
