import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';

/**
 * Hostile uploads, built in the test as an attacker would build them (issue 7): a tiny workbook
 * whose only cell sits at row 1,048,576, a workbook that unpacks to hundreds of megabytes, a CSV
 * of newlines and a CSV of valid rows far past the row limit, and a body that records whether
 * anything read it.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries, written by hand (so the test controls every byte). */
export function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    central.push(header, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The smallest .xlsx workbook Excel opens, around one sheet's XML. */
export function xlsxWithSheet(sheetXml: string | Buffer): Buffer {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Values" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
  });
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** About 1.6 KB: one cell, at the last row a sheet can have (A1048576). */
export function sparseXlsx(): Buffer {
  return xlsxWithSheet(
    `${SHEET_OPEN}<dimension ref="A1:A1048576"/><sheetData><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
  );
}

/** A small workbook whose sheet unpacks to `megabytes` MB (spaces between two rows). */
export function zipBombXlsx(megabytes: number): Buffer {
  const row = (r: number, text: string) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  const padding = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  return xlsxWithSheet(
    Buffer.concat([
      Buffer.from(`${SHEET_OPEN}<sheetData>${row(1, 'indicator')}`),
      padding,
      Buffer.from(`${row(2, 'x')}</sheetData></worksheet>`),
    ]),
  );
}

/** 5 MB of newlines. */
export function newlineCsv(bytes = 5 * 1024 * 1024 - 1024): Buffer {
  return Buffer.alloc(bytes, 0x0a);
}

/** Valid rows up to `bytes` (far more rows than a bulk file may hold). */
export function validRowsCsv(header: string, row: string, bytes = 5 * 1024 * 1024 - 1024): Buffer {
  const line = `${row}\n`;
  const count = Math.floor((bytes - header.length - 1) / Buffer.byteLength(line));
  return Buffer.from(`${header}\n${line.repeat(count)}`);
}

/** A body that remembers whether anyone read it (it would give 50 MB if read to the end). */
export function untouchedBody(): { stream: Readable; touched: () => boolean } {
  let touched = false;
  let sent = 0;
  const stream = new Readable({
    read() {
      touched = true;
      sent += 1;
      this.push(sent > 50 ? null : Buffer.alloc(1024 * 1024, 0x0a));
    },
  });
  return { stream, touched: () => touched };
}
