import type { PlatformRole } from '../../../src/auth/auth.table.ts';
import { createUser as createUserCommand } from '../../../src/cli/user-admin.ts';
import { openDb } from '../../../src/db/connection.ts';
import type { RunningServer } from './server.ts';

export interface TestUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Creates an active account straight in the server's database, as `corridor user create` does:
 * for journeys that need someone who already exists (a reset, a token), not the sign-up itself.
 */
export async function createUser(
  server: RunningServer,
  user: { name: string; email: string; password: string; role?: PlatformRole },
): Promise<TestUser> {
  const db = openDb(server.databasePath);
  try {
    const result = await createUserCommand(db.kysely, { role: 'user', ...user });
    if (!result.ok) throw new Error(`could not create ${user.email}: ${JSON.stringify(result)}`);
    return { id: result.value.user.id, ...user };
  } finally {
    await db.close();
  }
}
