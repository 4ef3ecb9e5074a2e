import { buildOrganisation, buildProcess } from '../../../test/support/factories.ts';
import { type Browser, buildUser, type TestDb, type testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';

/** Test-only helpers shared by the consultations, lessons and reports tests. */
export type Ctx = Awaited<ReturnType<typeof testApp>>;
export const ROLES = ['owner', 'member', 'observer', 'outsider', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The eight lesson themes of the seed and data, as the taxonomy module loads them (added if missing). */
export const THEME_CODES = [
  'coordination-body',
  'political-buy-in',
  'stakeholder-consultation',
  'destination-dialogue',
  'synergies',
  'handbook',
  'capacity',
  'data',
];

export async function ensureThemes(db: TestDb): Promise<void> {
  const existing = await db.kysely
    .selectFrom('taxonomy_terms')
    .select('id')
    .where('scheme', '=', 'theme')
    .execute();
  if (existing.length > 0) return;
  await db.kysely
    .insertInto('taxonomy_terms')
    .values(
      THEME_CODES.map((code, index) => ({
        id: `theme:${code}`,
        scheme: 'theme' as const,
        code,
        parent_id: null,
        position: index + 1,
        names_json: JSON.stringify({
          en: code === 'political-buy-in' ? 'Political buy-in' : code === 'data' ? 'Data' : `Theme ${code}`,
          fr: code === 'political-buy-in' ? 'Adhésion politique' : `Thème ${code}`,
          es: `Tema ${code}`,
          ar: code === 'political-buy-in' ? 'الالتزام السياسي' : `موضوع ${code}`,
        }),
      })),
    )
    .execute();
}

import { apiToken } from '../../../test/support/api-token.ts';

export { apiToken };

export interface People {
  ids: Record<Role, string>;
  browsers: Record<Role, Browser>;
  tokens: Record<Role, string>;
}

/** One user per role: owner, member and observer of the processes given, an outsider, a platform moderator and an admin. */
export async function people(ctx: Ctx): Promise<People> {
  const ids = {} as Record<Role, string>;
  const browsers = {} as Record<Role, Browser>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await buildUser(ctx.db, {
      name: `The ${role}`,
      role: role === 'admin' ? 'admin' : role === 'moderator' ? 'moderator' : 'user',
    });
    ids[role] = user.id;
    browsers[role] = await signedIn(ctx.app, ctx.db, user.id);
    tokens[role] = await apiToken(ctx.db, user);
  }
  return { ids, browsers, tokens };
}

/** A process with the owner, member and observer of `people` in their roles. */
export async function processFor(ctx: Ctx, who: People, overrides: Parameters<typeof buildProcess>[1] = {}) {
  return buildProcess(ctx.db, overrides, [
    { userId: who.ids.owner, role: 'owner' },
    { userId: who.ids.member, role: 'member' },
    { userId: who.ids.observer, role: 'observer' },
  ]);
}

export { buildOrganisation };

export async function count(
  db: TestDb,
  table: 'consultations' | 'consultation_comments' | 'consultation_stances' | 'lessons' | 'audit_log',
): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
