import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { CsvError } from 'csv-parse';
import { ImportFailure } from '../import.types.ts';

/** Characters one CSV record may hold (the widest published table has lines of a few kilobytes). */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** One CSV record with the line it starts on and how much of the file has been read. */
export interface CsvRecord {
  line: number;
  fields: string[];
  progress: number;
}

/**
 * Streams a CSV file as records. The bytes must be UTF-8 (a BOM is dropped): a file saved in
 * another encoding (Latin-1, Windows-1252) fails at its first invalid byte with that line, rather
 * than importing mangled names. Unbalanced quotes fail as a truncated or malformed file.
 */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const size = (await stat(path)).size || 1;
  const { parse } = await import('csv-parse');
  const parser = parse({
    bom: true,
    relax_column_count: true,
    info: true,
    skip_empty_lines: true,
    // One record is held whole: a quote never closed, or a file without line ends, stops here.
    max_record_size: MAX_RECORD_CHARS,
  });
  let bytesRead = 0;
  const feed = (async () => {
    const decoder = new StringDecoder('utf8');
    const validator = new Utf8Validator();
    try {
      for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
        if (parser.destroyed) return;
        const bytes = chunk as Buffer;
        validator.check(bytes);
        bytesRead += bytes.length;
        if (!parser.write(decoder.write(bytes))) {
          // The reader stopping early destroys the parser: stop waiting then too.
          await new Promise<void>((resolve) => {
            const done = () => {
              parser.off('drain', done);
              parser.off('close', done);
              resolve();
            };
            parser.on('drain', done);
            parser.on('close', done);
          });
        }
      }
      validator.end();
      if (!parser.destroyed) parser.end(decoder.end());
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: item.info.lines, fields: item.record, progress: Math.min(1, bytesRead / size) };
    }
  } catch (error) {
    throw asCsvFailure(error);
  } finally {
    parser.destroy();
    await feed;
  }
}

function asCsvFailure(error: unknown): unknown {
  if (error instanceof ImportFailure || !isCsvError(error)) return error;
  const line = error.lines ?? 0;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new ImportFailure('truncated', { line }, { line });
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return new ImportFailure('line-too-long', { line, limit: MAX_RECORD_CHARS }, { line });
  return new ImportFailure('csv-syntax', { line, message: error.message.slice(0, 200) }, { line });
}

function isCsvError(error: unknown): error is CsvError & { lines?: number } {
  // csv-parse is loaded lazily, so its class is not at hand: its errors have a `CSV_…` code.
  return error instanceof Error && /^CSV_/.test(String((error as { code?: unknown }).code ?? ''));
}

/** Checks UTF-8 byte by byte across chunks, counting lines, and throws `not-utf8` at the first bad byte. */
class Utf8Validator {
  private line = 1;
  private pending = 0;
  /** The first byte of the multi-byte sequence being read: the one to name when it breaks. */
  private lead = 0;
  private first = true;

  check(bytes: Buffer): void {
    let i = 0;
    if (this.first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    this.first = false;
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.pending > 0) {
        if ((b & 0xc0) !== 0x80) this.fail(this.lead);
        this.pending -= 1;
        continue;
      }
      this.lead = b;
      if (b === 0x0a) this.line += 1;
      else if (b < 0x80) continue;
      else if (b >= 0xc2 && b <= 0xdf) this.pending = 1;
      else if (b >= 0xe0 && b <= 0xef) this.pending = 2;
      else if (b >= 0xf0 && b <= 0xf4) this.pending = 3;
      else this.fail(b);
    }
  }

  end(): void {
    if (this.pending > 0) this.fail(this.lead);
  }

  private fail(byte: number): never {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    throw new ImportFailure('not-utf8', { line: this.line, byte: hex }, { line: this.line });
  }
}
