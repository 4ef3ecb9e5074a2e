/** What a stored file is, as read from its bytes (never from its name): see `file-kinds.ts`. */
export type DocumentKind = 'pdf' | 'word' | 'spreadsheet' | 'presentation' | 'image' | 'csv';

/** One file attached to a record of some module (a lesson, a practice, a process…). */
export interface DocumentTable {
  id: string;
  /** The kind of record it belongs to, as its host names itself (`lesson`, `practice`). */
  owner_type: string;
  owner_id: string;
  /** The name it had on the uploader's computer, cleaned: shown and offered on download. */
  file_name: string;
  /** What people see in lists; the file name when the uploader gave none. */
  title: string;
  kind: DocumentKind;
  /** The media type the bytes were recognised as (for images: after re-encoding). */
  media_type: string;
  byte_size: number;
  sha256: string;
  /** Images only: their size in pixels after re-encoding; null otherwise. */
  width: number | null;
  height: number | null;
  /** 1 when a thumbnail was made (images). */
  has_thumbnail: number;
  uploaded_by: string | null;
  uploaded_at: string;
}

/**
 * The bytes themselves, apart from the list rows so that listing documents never reads a file.
 * `part` is `original` (what is downloaded) or `thumbnail`.
 */
export interface DocumentContentTable {
  document_id: string;
  part: 'original' | 'thumbnail';
  bytes: Buffer;
}

export interface DocumentTables {
  documents: DocumentTable;
  document_contents: DocumentContentTable;
}
