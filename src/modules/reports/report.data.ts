import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ModuleManifest, ProcessReportSection } from '../../module-kit/manifest.ts';
import type { ProcessRow } from '../processes/index.ts';
import { type FrameProcess, loadProcessSpace } from '../processes/index.ts';

/** Everything a process report shows: the process itself, then each module's section in order. */
export interface ProcessReport {
  heading: FrameProcess;
  process: ProcessRow;
  leadOrganisation: string | null;
  generatedAt: string;
  sections: ProcessReportSection[];
}

/**
 * Assembles the report of a process the actor may view (404 otherwise): each module contributes
 * its section (or sections) through `process.reportSections`, in parallel, then sorted by `order`.
 */
export async function loadReport(
  db: Db,
  manifests: readonly ModuleManifest[],
  actor: Actor,
  processId: string,
  i18n: Translator,
): Promise<ProcessReport> {
  const { process, frame: heading } = await loadProcessSpace(db.kysely, actor, processId, 'view', i18n);
  const lead = process.lead_organisation_id
    ? await db.kysely
        .selectFrom('organisations')
        .select(['name', 'acronym'])
        .where('id', '=', process.lead_organisation_id)
        .executeTakeFirst()
    : undefined;
  const subject = { id: process.id, title: process.title, countryAlpha3: process.country_alpha3 };
  const providers = manifests.flatMap((m) => (m.process?.reportSections ? [m.process.reportSections] : []));
  const sections = (await Promise.all(providers.map((provide) => provide(db, subject, actor, i18n))))
    .flat()
    .filter((s): s is ProcessReportSection => s !== null);
  sections.sort((a, b) => a.order - b.order);
  return {
    heading,
    process,
    leadOrganisation: lead ? (lead.acronym ? `${lead.name} (${lead.acronym})` : lead.name) : null,
    generatedAt: new Date().toISOString(),
    sections,
  };
}
