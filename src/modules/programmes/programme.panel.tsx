import type { CountryPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { presentProgrammeSummary } from './programme.presenter.ts';
import {
  listProgrammes,
  loadParts,
  type ProgrammeListRow,
  type ProgrammeParts,
} from './programme.repository.ts';
import { CountryProgrammesPanel } from './programme.views.tsx';

/** Presents the rows in the page's language, which is only known once the page renders. */
function Panel({ rows, parts }: { rows: ProgrammeListRow[]; parts: ProgrammeParts }) {
  const i18n = useT();
  return <CountryProgrammesPanel programmes={rows.map((r) => presentProgrammeSummary(r, parts, i18n))} />;
}

/** Programmes covering a country, for its page. */
export const programmeCountryPanel: CountryPanelProvider = async (db, country) => {
  const rows = await listProgrammes(db.kysely, { country: country.alpha3, limit: 100 });
  if (rows.length === 0) return null;
  const parts = await loadParts(
    db.kysely,
    rows.map((r) => r.id),
    { full: false },
  );
  return { order: 40, node: <Panel rows={rows} parts={parts} /> };
};
