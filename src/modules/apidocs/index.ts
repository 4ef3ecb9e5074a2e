import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { apidocsMessages } from './apidocs.messages.ts';
import { apidocsRoutes } from './apidocs.routes.tsx';

/** The API reference page at /api, rendered from the app's own OpenAPI document (linked from the footer). */
export const apidocsModule: ModuleManifest = {
  name: 'apidocs',
  messages: apidocsMessages,
  routes: apidocsRoutes,
  stylesheet: new URL('./apidocs.css', import.meta.url),
};
