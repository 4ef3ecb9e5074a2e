import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { accountMessages } from './account.messages.ts';
import { accountMigrations } from './account.migrations.ts';
import { accountRoutes } from './account.routes.tsx';
import type { AccountTables } from './account.table.ts';
import { authRoutes } from './auth.routes.tsx';
import { linkRoutes } from './link.routes.tsx';
import { meRoutes } from './me.routes.ts';
import { tokenRoutes } from './token.routes.tsx';

export { findSignUpRequest } from './account.repository.ts';

/**
 * The self-service side of accounts: sign up, sign in and out, invitations, password resets,
 * the account page and API tokens. Approving and deactivating accounts is the admin module's.
 */
export const accountsModule: ModuleManifest = {
  name: 'accounts',
  migrations: accountMigrations,
  messages: accountMessages,
  routes: (app: App, deps: AppDeps) => {
    authRoutes(app, deps);
    linkRoutes(app, deps);
    accountRoutes(app, deps);
    tokenRoutes(app, deps);
    meRoutes(app, deps);
  },
};

// What other modules use of this one: they import it from here, never from its files.
export type { AccountTables } from './account.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends AccountTables {}
}
