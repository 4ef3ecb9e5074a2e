import type { ModuleManifest } from '../../module-kit/manifest.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { bodyRoutes } from './body.routes.tsx';
import { bodyMemberRoutes } from './body-member.routes.tsx';
import { governmentMapRoutes } from './government-map.routes.tsx';
import { invitationRoutes } from './invitation.routes.tsx';
import { memberApiRoutes } from './member.api.ts';
import { processOrganisationRights } from './member.rights.tsx';
import { memberRoutes } from './member.routes.tsx';
import { pairRoutes } from './pair.routes.tsx';
import { processApiRoutes } from './process.api.ts';
import { processCorridorPanel } from './process.corridor-panel.tsx';
import { loadProcessDemo } from './process.demo.ts';
import { processDocumentHost } from './process.documents.ts';
import { processMessages } from './process.messages.ts';
import { processMigrations } from './process.migrations.ts';
import { processCountryPanel, processHomeFigures } from './process.panel.tsx';
import { processReportSections } from './process.report.tsx';
import { processRoutes } from './process.routes.tsx';
import type { ProcessTables } from './process.table.ts';
import { processFormRoutes } from './process-form.routes.tsx';
import { stageRoutes } from './stage.routes.tsx';

export { pairedProcessIds } from './pair.repository.ts';
// What other modules may use: the process as a space that hosts them (the one way to load a
// process for an actor and an action: the row, the role, what they may do, the frame), the frame
// of every process page (heading block and tabs), paired processes (shared actions), the policy.
export { loadProcessFor, processRoleOf, visibleProcesses } from './process.access.ts';
export { can as canOnProcess, canCreateProcess, type ProcessAction } from './process.policy.ts';
export type { Process, Stage } from './process.presenter.ts';
export {
  loadProcessAccess,
  loadProcessSpace,
  mayOnProcess,
  type ProcessMay,
  type ProcessSpace,
  type ProcessSpaceAccess,
} from './process.space.ts';
export { type FrameProcess, frameOf, loadFrame, ProcessFrame } from './process-frame.tsx';
export { listStages } from './stage.repository.ts';
export { loadWorkspace, loadWorkspaceById, type Workspace } from './workspace.ts';
export { DateRange, StageStatusTag } from './workspace.views.tsx';

/** Mainstreaming processes: the workspace, stages, coordinating body, members, pairing. */
export const processesModule: ModuleManifest = {
  name: 'processes',
  migrations: processMigrations,
  messages: processMessages,
  routes: (app: App, deps: AppDeps) => {
    invitationRoutes(app, deps);
    processRoutes(app, deps);
    processFormRoutes(app, deps);
    stageRoutes(app, deps);
    bodyRoutes(app, deps);
    bodyMemberRoutes(app, deps);
    governmentMapRoutes(app, deps);
    memberRoutes(app, deps);
    pairRoutes(app, deps);
    processApiRoutes(app, deps);
    memberApiRoutes(app, deps);
  },
  navigation: [{ href: '/processes', labelKey: 'process.nav', order: 25 }],
  countryPanels: processCountryPanel,
  corridorPanels: processCorridorPanel,
  organisationPanels: processOrganisationRights,
  organisationRights: processOrganisationRights,
  homeFigures: processHomeFigures,
  demo: loadProcessDemo,
  documentHosts: [processDocumentHost],
  process: {
    reportSections: processReportSections,
    tabs: [
      { key: 'overview', labelKey: 'process.tab.overview', path: (id) => `/processes/${id}`, order: 0 },
      { key: 'stages', labelKey: 'process.tab.stages', path: (id) => `/processes/${id}/stages`, order: 10 },
      { key: 'body', labelKey: 'process.tab.body', path: (id) => `/processes/${id}/body`, order: 20 },
      { key: 'pairs', labelKey: 'process.tab.pairs', path: (id) => `/processes/${id}/pairs`, order: 85 },
      {
        key: 'members',
        labelKey: 'process.tab.members',
        path: (id) => `/processes/${id}/members`,
        order: 90,
        requires: 'manage',
      },
      {
        key: 'settings',
        labelKey: 'process.tab.settings',
        path: (id) => `/processes/${id}/settings`,
        order: 95,
        requires: 'manage',
      },
    ],
  },
};

// What other modules use of this one: they import it from here, never from its files.
export type { ProcessRole, ProcessRow, ProcessTables } from './process.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends ProcessTables {}
}
