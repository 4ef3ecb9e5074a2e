import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { reportMessages } from './report.messages.ts';
import { reportRoutes } from './report.routes.tsx';

/** Process reports: a printable page and a PDF assembled from every module's report section. */
export const reportsModule: ModuleManifest = {
  name: 'reports',
  messages: reportMessages,
  routes: reportRoutes,
  process: {
    tabs: [{ key: 'report', labelKey: 'report.tab', path: (id) => `/processes/${id}/report`, order: 80 }],
  },
};

// What other modules use of this one: they import it from here, never from its files.
export { paragraphs } from './paragraphs.ts';
