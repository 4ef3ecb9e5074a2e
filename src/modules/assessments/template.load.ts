import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { notFound } from '../../web/errors.ts';
import { documentOf } from './template.document.ts';
import { findTemplate, findVersion, listVersions, roundsPerVersion } from './template.repository.ts';
import type { VersionEntry } from './template.views.tsx';

const versionQuery = z.object({ version: z.coerce.number().int().positive().max(1_000_000).optional() });

/** A template and one of its versions (the current one unless `?version=` asks), or 404. */
export async function loadTemplateVersion(db: Db, id: string, query: unknown) {
  const parsed = versionQuery.safeParse(query ?? {});
  if (!parsed.success) throw notFound();
  const template = await findTemplate(db.kysely, id);
  if (!template) throw notFound();
  const version = await findVersion(db.kysely, id, parsed.data.version ?? template.current_version);
  if (!version) throw notFound();
  return { template, version, doc: await documentOf(db.kysely, template, version) };
}

/** Every version of a template, newest first, with how many rounds were made with each. */
export async function loadTemplateVersions(db: Db, id: string): Promise<VersionEntry[]> {
  const [versions, rounds] = await Promise.all([
    listVersions(db.kysely, id),
    roundsPerVersion(db.kysely, id),
  ]);
  return versions.map((v) => ({
    version: v.version,
    note: v.note,
    createdAt: v.created_at,
    createdByName: v.created_by_name,
    rounds: rounds.get(v.id) ?? 0,
  }));
}

/** The guidance notes that explain a template, from every module that offers them (the guidance library). */
export async function guidanceFor(
  db: Db,
  manifests: readonly ModuleManifest[],
  templateId: string,
): Promise<{ title: string; href: string; locale: string }[]> {
  const lists = await Promise.all(
    manifests.flatMap((m) => (m.checklistGuidance ? [m.checklistGuidance(db, templateId)] : [])),
  );
  return lists.flat();
}
