import { recordAudit } from './audit/audit.repository.ts';
import { generatePassword, hashPassword } from './auth/passwords.ts';
import { countUsers, insertUser } from './auth/user.repository.ts';
import type { Db } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemo } from './demo.ts';
import type { ModuleManifest } from './module-kit/manifest.ts';
import { modules as registry } from './modules/index.ts';

export interface FirstStart {
  email: string;
  password: string;
}

/** Migrates and refreshes reference data (of every module, or those given); safe to run on every start. */
export async function prepareDatabase(db: Db, modules: readonly ModuleManifest[] = registry): Promise<void> {
  await migrateToLatest(db, modules);
  for (const module of modules) await module.reference?.(db);
}

/**
 * On a database with no users: creates the first admin with a generated password and loads the
 * demo. Returns the credentials to print once, or null when the database was already set up.
 */
export async function firstStart(
  db: Db,
  options: { demo: boolean; adminEmail?: string },
): Promise<FirstStart | null> {
  if ((await countUsers(db.kysely)) > 0) return null;
  const email = options.adminEmail ?? 'admin@corridor.local';
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const admin = await db.kysely.transaction().execute(async (trx) => {
    const user = await insertUser(trx, {
      email,
      name: 'Administrator',
      passwordHash,
      role: 'admin',
      status: 'active',
    });
    await recordAudit(trx, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email, role: 'admin' },
    });
    return user;
  });
  if (options.demo) await loadDemo(db, admin.id);
  return { email, password };
}
