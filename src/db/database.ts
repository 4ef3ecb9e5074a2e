import type { AuditTables } from '../audit/audit.table.ts';
import type { AuthTables } from '../auth/auth.table.ts';
import type { DocumentTables } from '../documents/document.table.ts';

/**
 * The whole schema: the kernels' tables here, and each module's, which its index.ts adds by
 * declaration merging (`declare module '../../db/database.ts'`), so that a new module needs no
 * line here (decision 78).
 */
export interface Database extends AuthTables, AuditTables, DocumentTables {}
