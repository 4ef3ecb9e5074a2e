import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { siteMessages } from './site.messages.ts';
import { siteRoutes } from './site.routes.tsx';

/** The home and about pages. */
export const siteModule: ModuleManifest = {
  name: 'site',
  messages: siteMessages,
  routes: siteRoutes,
  navigation: [{ href: '/', labelKey: 'nav.home', order: 0 }],
};
