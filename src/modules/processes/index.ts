import type { ModuleManifest } from '../manifest.ts';
import { processMessages } from './process.messages.ts';
import { processMigrations } from './process.migrations.ts';

/** Mainstreaming processes: the workspace, stages, coordinating body, members, pairing. */
export const processesModule: ModuleManifest = {
  name: 'processes',
  migrations: processMigrations,
  messages: processMessages,
};
