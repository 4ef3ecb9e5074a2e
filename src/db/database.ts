import type { AuditTables } from '../audit/audit.table.ts';
import type { AuthTables } from '../auth/auth.table.ts';
import type { CountriesTables } from '../modules/countries/country.table.ts';
import type { DataTables } from '../modules/data/data.table.ts';
import type { ProfileTables } from '../modules/data/profile.table.ts';
import type { OrganisationTables } from '../modules/organisations/organisation.table.ts';

/** The whole schema: each kernel and module contributes its own tables. */
export interface Database
  extends AuthTables,
    AuditTables,
    CountriesTables,
    OrganisationTables,
    DataTables,
    ProfileTables {}
