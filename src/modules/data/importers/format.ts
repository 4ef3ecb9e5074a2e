import { open } from 'node:fs/promises';

/**
 * What a file is, from its first bytes rather than its name (uploads arrive as temporary files):
 * a zip is an .xlsx workbook, an OLE2 compound file is a legacy .xls, anything else is text.
 */
export async function fileFormat(path: string): Promise<'xlsx' | 'xls' | 'text'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
    return 'text';
  } finally {
    await handle.close();
  }
}
