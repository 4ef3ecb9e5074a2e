import type { Db } from './db/connection.ts';
import type { DemoContext } from './module-kit/demo-context.ts';
import type { ModuleManifest } from './module-kit/manifest.ts';
import { modules as registry } from './modules/index.ts';

/** Loads the seed's story through each module's own services, in module order. */
export async function loadDemo(
  db: Db,
  actorId: string | null,
  modules: readonly ModuleManifest[] = registry,
): Promise<DemoContext> {
  const context: DemoContext = { db, refs: new Map(), actorId };
  for (const module of modules) await module.demo?.(context);
  return context;
}
