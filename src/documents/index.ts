// Documents attached to any record (decision 98): hosts declare themselves in their manifest
// (`documentHosts`), render `DocumentList` on the record's page and call `removeDocumentsOf`
// when the record is deleted. The kernel owns upload, download, removal and the API.
import type { Db } from '../db/connection.ts';
import type { App } from '../web/app-types.ts';
import { documentApiRoutes } from './document.api.ts';
import type { DocumentHost } from './document.hosts.ts';
import { hostRegistry } from './document.hosts.ts';
import { documentRoutes } from './document.routes.tsx';

export type { DocumentAccess, DocumentHost } from './document.hosts.ts';
export { documentMessages } from './document.messages.ts';
export { documentMigrations } from './document.migrations.ts';
export {
  type DocumentRow,
  listDocuments,
  MAX_DOCUMENTS_PER_RECORD,
  removeDocumentsOf,
} from './document.service.ts';
export type { DocumentKind, DocumentTables } from './document.table.ts';
export { DocumentList, documentHref, uploadHref } from './document.views.tsx';
export { SIZE_LIMITS } from './file-kinds.ts';

/** Registers the documents' pages and API for every host the modules declare. */
export async function registerDocumentRoutes(
  app: App,
  db: Db,
  hosts: readonly DocumentHost[],
): Promise<void> {
  const deps = { db, hosts: hostRegistry(hosts) };
  await documentRoutes(app, deps);
  await documentApiRoutes(app, deps);
}
