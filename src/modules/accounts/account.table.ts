/**
 * What a person wrote about themselves when they asked for an account, kept beside the users row
 * (a kernel table) so the admin who approves the request can see it.
 */
export interface SignUpRequestsTable {
  user_id: string;
  /** The organisation they said they work for, as typed; not linked to an organisation record. */
  organisation_name: string | null;
  created_at: string;
}

export interface AccountTables {
  sign_up_requests: SignUpRequestsTable;
}
