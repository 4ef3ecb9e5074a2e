import { fileTypeFromBuffer } from 'file-type';
import type { DocumentKind } from './document.table.ts';

/**
 * What Corridor accepts as a document, recognised from the bytes (file-type reads the signatures
 * and, for Office files, the parts inside the ZIP). The name only tells apart the old binary Office
 * formats, which share one container (CFB), and marks a CSV file, which has no signature.
 */

const MB = 1024 * 1024;

/** The largest file of each kind. Images are re-encoded, so their limit is on what is sent. */
export const SIZE_LIMITS: Record<DocumentKind, number> = {
  pdf: 25 * MB,
  word: 20 * MB,
  spreadsheet: 20 * MB,
  presentation: 25 * MB,
  image: 10 * MB,
  csv: 10 * MB,
};

/** The largest upload of any kind: what the upload reader stops at. */
export const MAX_DOCUMENT_BYTES = Math.max(...Object.values(SIZE_LIMITS));

export interface Recognised {
  kind: DocumentKind;
  mediaType: string;
  /** The extension the stored name gets, whatever the name sent said. */
  extension: string;
}

const BY_MEDIA_TYPE: Record<string, Omit<Recognised, 'mediaType'>> = {
  'application/pdf': { kind: 'pdf', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'word',
    extension: 'docx',
  },
  'application/vnd.oasis.opendocument.text': { kind: 'word', extension: 'odt' },
  'application/rtf': { kind: 'word', extension: 'rtf' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    kind: 'spreadsheet',
    extension: 'xlsx',
  },
  'application/vnd.oasis.opendocument.spreadsheet': { kind: 'spreadsheet', extension: 'ods' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    kind: 'presentation',
    extension: 'pptx',
  },
  'application/vnd.oasis.opendocument.presentation': { kind: 'presentation', extension: 'odp' },
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/png': { kind: 'image', extension: 'png' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'image/gif': { kind: 'image', extension: 'gif' },
};

/** The old binary Office formats: one container (CFB), told apart by the name's extension. */
const CFB_BY_EXTENSION: Record<string, Recognised> = {
  doc: { kind: 'word', mediaType: 'application/msword', extension: 'doc' },
  xls: { kind: 'spreadsheet', mediaType: 'application/vnd.ms-excel', extension: 'xls' },
  ppt: { kind: 'presentation', mediaType: 'application/vnd.ms-powerpoint', extension: 'ppt' },
};

/** What a file chooser may suggest (a hint only: the bytes decide): every extension taken, `.jpeg` too. */
export const ACCEPTED_EXTENSIONS: readonly string[] = [
  ...new Set([
    ...Object.values(BY_MEDIA_TYPE).map((k) => k.extension),
    ...Object.keys(CFB_BY_EXTENSION),
    'jpeg',
    'csv',
  ]),
].map((extension) => `.${extension}`);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Text a CSV file may hold: valid UTF-8 (a byte-order mark allowed), no NUL and no control
 * characters other than tab and line ends. Decoding is strict, so a binary file fails here.
 */
function isCsvText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/**
 * What the bytes are, or what they seem to be when Corridor does not take them (`refused`, with
 * the media type file-type saw, if any, so the message can name it).
 */
export async function recognise(
  bytes: Buffer,
  fileName: string,
): Promise<{ ok: true; value: Recognised } | { ok: false; seen: string | null }> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const known = BY_MEDIA_TYPE[found.mime];
    if (known) return { ok: true, value: { ...known, mediaType: found.mime } };
    if (found.ext === 'cfb') {
      const legacy = CFB_BY_EXTENSION[extensionOf(fileName)];
      if (legacy) return { ok: true, value: legacy };
    }
    return { ok: false, seen: found.mime };
  }
  if (extensionOf(fileName) === 'csv' && bytes.length > 0 && isCsvText(bytes))
    return { ok: true, value: { kind: 'csv', mediaType: 'text/csv', extension: 'csv' } };
  return { ok: false, seen: null };
}

/**
 * A file name safe to store, show and send back: the base name only, control and path characters
 * gone, at most 120 characters, and the extension of what the bytes really are.
 */
export function cleanFileName(sent: string, extension: string): string {
  const base = sent.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${stem || 'document'}.${extension}`;
}
