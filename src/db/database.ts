import type { AuditTables } from '../audit/audit.table.ts';
import type { AuthTables } from '../auth/auth.table.ts';
import type { AccountTables } from '../modules/accounts/index.ts';
import type { AssessmentTables } from '../modules/assessments/index.ts';
import type { ConsultationTables } from '../modules/consultations/index.ts';
import type { CountriesTables } from '../modules/countries/index.ts';
import type { DataTables, ProfileTables } from '../modules/data/index.ts';
import type { EventTables } from '../modules/events/index.ts';
import type { LessonTables } from '../modules/lessons/index.ts';
import type { MonitoringTables } from '../modules/monitoring/index.ts';
import type { OrganisationTables } from '../modules/organisations/index.ts';
import type { ProcessTables } from '../modules/processes/index.ts';
import type { ProgrammeTables } from '../modules/programmes/index.ts';
import type { TaxonomyTables } from '../modules/taxonomy/index.ts';

/** The whole schema: each kernel and module contributes its own tables. */
export interface Database
  extends AuthTables,
    AuditTables,
    CountriesTables,
    OrganisationTables,
    AccountTables,
    DataTables,
    TaxonomyTables,
    ProcessTables,
    ProgrammeTables,
    EventTables,
    MonitoringTables,
    ConsultationTables,
    LessonTables,
    ProfileTables,
    AssessmentTables {}
