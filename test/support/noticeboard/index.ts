import type { ModuleManifest } from '../../../src/module-kit/manifest.ts';
import { noticeboardCommand } from './noticeboard.command.ts';
import { loadNoticeboardDemo } from './noticeboard.demo.ts';
import { noticeboardMessages } from './noticeboard.messages.ts';
import { noticeboardMigrations } from './noticeboard.migrations.ts';
import { noticeboardRoutes } from './noticeboard.routes.tsx';
import type { NoticeboardTables } from './noticeboard.table.ts';

/**
 * The module docs/adding-a-module.md builds, step by step: a folder with its manifest, and one
 * line in the list of modules. test/http/adding-a-module.test.ts proves every part is picked up.
 */
export const noticeboardModule: ModuleManifest = {
  name: 'noticeboard',
  migrations: noticeboardMigrations,
  messages: noticeboardMessages,
  routes: noticeboardRoutes,
  navigation: [{ href: '/noticeboard', labelKey: 'noticeboard.title', order: 95 }],
  demo: loadNoticeboardDemo,
  cli: noticeboardCommand,
  stylesheet: new URL('./noticeboard.css', import.meta.url),
};

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../../src/db/database.ts' {
  interface Database extends NoticeboardTables {}
}
