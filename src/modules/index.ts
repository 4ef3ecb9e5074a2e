import type { ModuleManifest } from '../module-kit/manifest.ts';
import { accountsModule } from './accounts/index.ts';
import { adminModule } from './admin/index.ts';
import { apidocsModule } from './apidocs/index.ts';
import { assessmentsModule } from './assessments/index.ts';
import { consultationsModule } from './consultations/index.ts';
import { countriesModule } from './countries/index.ts';
import { dataModule } from './data/index.ts';
import { eventsModule } from './events/index.ts';
import { learningModule } from './learning/index.ts';
import { lessonsModule } from './lessons/index.ts';
import { monitoringModule } from './monitoring/index.ts';
import { organisationsModule } from './organisations/index.ts';
import { practicesModule } from './practices/index.ts';
import { processesModule } from './processes/index.ts';
import { programmesModule } from './programmes/index.ts';
import { reportsModule } from './reports/index.ts';
import { siteModule } from './site/index.ts';
import { taxonomyModule } from './taxonomy/index.ts';

/** Every domain module, in the order their routes, navigation and demo data are loaded. */
export const modules: ModuleManifest[] = [
  siteModule,
  countriesModule,
  accountsModule,
  organisationsModule,
  programmesModule,
  eventsModule,
  adminModule,
  dataModule,
  taxonomyModule,
  processesModule,
  monitoringModule,
  consultationsModule,
  lessonsModule,
  practicesModule,
  reportsModule,
  assessmentsModule,
  learningModule,
  apidocsModule,
];
