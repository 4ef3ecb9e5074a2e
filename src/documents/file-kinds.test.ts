import * as XLSX from '@e965/xlsx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanFileName, recognise } from './file-kinds.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

function workbook(bookType: XLSX.BookType): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['year', 'value'],
      [2013, 1],
    ]),
    'Data',
  );
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

describe('recognising a document from its bytes', () => {
  it('knows PDF, pictures, spreadsheets and CSV whatever the name says', async () => {
    expect(await recognise(pdf, 'report.docx')).toEqual({
      ok: true,
      value: { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
    });
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    expect(await recognise(png, 'photo.pdf')).toMatchObject({
      ok: true,
      value: { kind: 'image', extension: 'png' },
    });
    expect(await recognise(workbook('xlsx'), 'table')).toMatchObject({
      ok: true,
      value: { kind: 'spreadsheet', extension: 'xlsx' },
    });
    expect(await recognise(workbook('ods'), 'table.xlsx')).toMatchObject({
      ok: true,
      value: { kind: 'spreadsheet', extension: 'ods' },
    });
    expect(await recognise(Buffer.from('\ufeffyear,value\n2013,1\n'), 'values.CSV')).toMatchObject({
      ok: true,
      value: { kind: 'csv', mediaType: 'text/csv' },
    });
  });

  it('tells the old Office formats apart by their name, since they share one container', async () => {
    const xls = workbook('biff8');
    expect(await recognise(xls, 'budget.xls')).toMatchObject({ ok: true, value: { kind: 'spreadsheet' } });
    expect(await recognise(xls, 'budget.doc')).toMatchObject({ ok: true, value: { kind: 'word' } });
    expect(await recognise(xls, 'budget.msi')).toEqual({ ok: false, seen: 'application/x-cfb' });
  });

  it('refuses programs, archives, web pages and binary files dressed as CSV', async () => {
    const exe = Buffer.alloc(512);
    exe.write('MZ');
    expect(await recognise(exe, 'report.pdf')).toEqual({ ok: false, seen: 'application/x-msdownload' });
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    expect((await recognise(zip, 'files.zip')).ok).toBe(false);
    expect(await recognise(Buffer.from('<html><script>alert(1)</script></html>'), 'page.html')).toEqual({
      ok: false,
      seen: null,
    });
    expect((await recognise(Buffer.from([0x61, 0x2c, 0x00, 0x62]), 'nul.csv')).ok).toBe(false);
    expect((await recognise(Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x62]), 'latin.csv')).ok).toBe(false);
    expect((await recognise(Buffer.from('a,b\n1,2\n'), 'notes.txt')).ok).toBe(false);
  });
});

describe('the stored file name', () => {
  it('keeps the last part of the name, drops control and path characters, and takes the real extension', () => {
    expect(cleanFileName('C:\\Users\\ana\\Plan local.PDF', 'pdf')).toBe('Plan local.pdf');
    expect(cleanFileName('../../etc/passwd', 'csv')).toBe('passwd.csv');
    expect(cleanFileName('photo\u0000\u001b[31m".png', 'jpg')).toBe('photo[31m.jpg');
    expect(cleanFileName('', 'pdf')).toBe('document.pdf');
    expect(cleanFileName('خطة العمل.docx', 'docx')).toBe('خطة العمل.docx');
    expect(cleanFileName(`${'a'.repeat(300)}.pdf`, 'pdf')).toHaveLength(124);
  });
});
