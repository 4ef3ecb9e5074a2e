/**
 * The tabular kit: the one CSV cell guard against formula injection, CSV and XLSX writers, and
 * sending a table as a download. Every module's downloads go through it.
 */
export { type Cell, CSV_TYPE, csvCell, defuseFormula, toCsv } from './csv.ts';
export {
  contentDisposition,
  fileSlug,
  sendTable,
  type TableDownload,
  type TableFormat,
  tableFile,
} from './send.ts';
export { type KeyedTable, sheetOf } from './table.ts';
export { type Sheet, sheetName, toXlsx, XLSX_TYPE } from './xlsx.ts';
