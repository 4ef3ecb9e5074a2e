/** One notice pinned to the board. */
export interface NoticeTable {
  id: string;
  text: string;
  created_at: string;
}

/** The tables this module adds to the schema (see index.ts). */
export interface NoticeboardTables {
  noticeboard_notices: NoticeTable;
}
