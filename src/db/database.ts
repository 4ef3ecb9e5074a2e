import type { AuditTables } from '../audit/audit.table.ts';
import type { AuthTables } from '../auth/auth.table.ts';
import type { AccountTables } from '../modules/accounts/account.table.ts';
import type { AssessmentTables } from '../modules/assessments/assessment.table.ts';
import type { ConsultationTables } from '../modules/consultations/consultation.table.ts';
import type { CountriesTables } from '../modules/countries/country.table.ts';
import type { DataTables } from '../modules/data/data.table.ts';
import type { ProfileTables } from '../modules/data/profile.table.ts';
import type { EventTables } from '../modules/events/event.table.ts';
import type { LessonTables } from '../modules/lessons/lesson.table.ts';
import type { MonitoringTables } from '../modules/monitoring/monitoring.table.ts';
import type { OrganisationTables } from '../modules/organisations/organisation.table.ts';
import type { ProcessTables } from '../modules/processes/process.table.ts';
import type { ProgrammeTables } from '../modules/programmes/programme.table.ts';
import type { TaxonomyTables } from '../modules/taxonomy/taxonomy.table.ts';

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
