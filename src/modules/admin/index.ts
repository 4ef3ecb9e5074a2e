import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { adminMessages } from './admin.messages.ts';
import { adminMigrations } from './admin.migrations.ts';
import { adminRoutes } from './admin.routes.ts';

/**
 * Platform administration: the users list, approvals, deactivation, roles, password-reset links,
 * invitations, the audit log viewer, and the admin JSON API.
 */
export const adminModule: ModuleManifest = {
  name: 'admin',
  migrations: adminMigrations,
  messages: adminMessages,
  routes: adminRoutes,
  navigation: [{ href: '/admin', labelKey: 'admin.nav', order: 90, roles: ['admin'] }],
};
