// How many bytes a zip (an .xlsx workbook) unpacks to, counted by inflating each entry and
// throwing the output away, stopping as soon as the count passes the cap (decision 33): a 1 KB
// sheet can declare, or really hold, gigabytes once unpacked. Plain JavaScript, for the parse
// workers (they run without a TypeScript loader). Sizes the file declares are not trusted; the
// entries must also follow each other with no gap, so nothing hides outside the directory that
// a streaming reader (exceljs reads local headers front to back) would still unpack.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';

const OVER = Symbol('over the cap');

/**
 * @param {Buffer | string} input the workbook in memory, or the path of its file
 * @param {number} maxBytes the most it may unpack to, all entries together
 * @returns {Promise<{ ok: true, bytes: number } | { ok: false, reason: 'expandsTooMuch' | 'damaged' }>}
 */
export async function checkZipExpansion(input, maxBytes) {
  const file = typeof input === 'string' ? await open(input, 'r') : null;
  try {
    const size = file ? (await file.stat()).size : input.length;
    const readAt = async (position, length) => {
      if (!file) return input.subarray(position, position + length);
      const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    const source = (start, length) =>
      file
        ? createReadStream(input, { start, end: start + length - 1, highWaterMark: 64 * 1024 })
        : Readable.from([input.subarray(start, start + length)]);
    const entries = await centralDirectory(readAt, size);
    if (!entries) return { ok: false, reason: 'damaged' };
    if (entries === 'zip64') return { ok: false, reason: 'expandsTooMuch' };
    let total = 0;
    let expected = 0;
    for (const entry of entries.sort((a, b) => a.offset - b.offset)) {
      // Entries follow each other; a data descriptor (up to 24 bytes) may sit between them.
      if (entry.offset < expected || entry.offset > expected + 24) return { ok: false, reason: 'damaged' };
      const local = await readAt(entry.offset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return { ok: false, reason: 'damaged' };
      const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      expected = start + entry.compressed;
      if (expected > size) return { ok: false, reason: 'damaged' };
      if (entry.method === 0) total += entry.compressed;
      else if (entry.method === 8) {
        const left = maxBytes - total;
        const counted = await inflatedSize(source(start, entry.compressed), left);
        if (counted === null) return { ok: false, reason: 'damaged' };
        total += counted;
      } else return { ok: false, reason: 'damaged' };
      if (total > maxBytes) return { ok: false, reason: 'expandsTooMuch' };
    }
    return { ok: true, bytes: total };
  } finally {
    await file?.close();
  }
}

/** The entries of the central directory, `zip64` (sizes past 4 GB: refused), or null when unreadable. */
async function centralDirectory(readAt, size) {
  const tailLength = Math.min(size, 65_557);
  const tail = await readAt(size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const count = tail.readUInt16LE(end + 10);
  const length = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || length === 0xffffffff || offset === 0xffffffff) return 'zip64';
  if (offset + length > size) return null;
  const directory = await readAt(offset, length);
  const entries = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const entry = {
      method: directory.readUInt16LE(at + 10),
      compressed: directory.readUInt32LE(at + 20),
      offset: directory.readUInt32LE(at + 42),
    };
    if (entry.compressed === 0xffffffff || entry.offset === 0xffffffff) return 'zip64';
    entries.push(entry);
    at +=
      46 +
      directory.readUInt16LE(at + 28) +
      directory.readUInt16LE(at + 30) +
      directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** Bytes one deflated entry unpacks to, stopping once past `budget` (then any count above it); null if corrupt. */
async function inflatedSize(compressed, budget) {
  let bytes = 0;
  const counter = new Writable({
    write(chunk, _encoding, callback) {
      bytes += chunk.length;
      callback(bytes > budget ? Object.assign(new Error('over'), { [OVER]: true }) : null);
    },
  });
  try {
    await pipeline(compressed, createInflateRaw(), counter);
    return bytes;
  } catch (error) {
    return error?.[OVER] ? bytes : null;
  }
}
