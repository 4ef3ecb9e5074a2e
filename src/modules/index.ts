import { countriesModule } from './countries/index.ts';
import { eventsModule } from './events/index.ts';
import type { ModuleManifest } from './manifest.ts';
import { organisationsModule } from './organisations/index.ts';
import { programmesModule } from './programmes/index.ts';
import { siteModule } from './site/index.ts';

/** Every domain module, in the order their routes, navigation and demo data are loaded. */
export const modules: ModuleManifest[] = [
  siteModule,
  countriesModule,
  organisationsModule,
  programmesModule,
  eventsModule,
];
