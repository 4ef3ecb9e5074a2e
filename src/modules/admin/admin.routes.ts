import type { App, AppDeps } from '../../web/app-types.ts';
import { auditRoutes } from './audit.routes.tsx';
import { invitationRoutes } from './invitation.routes.tsx';
import { adminApiRoutes } from './user-admin.api.ts';
import { userDetailRoutes } from './user-detail.routes.tsx';
import { userListRoutes } from './user-list.routes.tsx';

/** Every administration route; each declares policy 'admin' (others get 404, anonymous sign in). */
export function adminRoutes(app: App, deps: AppDeps): void {
  userListRoutes(app, deps);
  userDetailRoutes(app, deps);
  invitationRoutes(app, deps);
  auditRoutes(app, deps);
  adminApiRoutes(app, deps);
}
