export interface AuditLogTable {
  id: string;
  at: string;
  /** The user who acted; null for the system (first start, demo loader, CLI without a user). */
  actor_id: string | null;
  /** `<entity>.<verb>`, e.g. `user.approve`, `organisation.update`. */
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON of the changed fields before and after; null for creations and deletions respectively. */
  before_json: string | null;
  after_json: string | null;
}

/** A single row (id 1) whose `version` every audited write raises. */
export interface ContentVersionTable {
  id: number;
  version: number;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  content_version: ContentVersionTable;
}
