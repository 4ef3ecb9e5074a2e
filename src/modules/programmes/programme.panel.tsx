import { translator } from '../../i18n/translator.ts';
import type { CountryPanelProvider } from '../manifest.ts';
import { presentProgrammeSummary } from './programme.presenter.ts';
import { listProgrammes, loadParts } from './programme.repository.ts';
import { CountryProgrammesPanel } from './programme.views.tsx';

/** Programmes covering a country, for its page. Country names are filled in when rendered. */
export const programmeCountryPanel: CountryPanelProvider = async (db, country) => {
  const rows = await listProgrammes(db.kysely, { country: country.alpha3, limit: 100 });
  if (rows.length === 0) return null;
  const parts = await loadParts(
    db.kysely,
    rows.map((r) => r.id),
    { full: false },
  );
  // The panel lists titles, leads and periods only, none of which depend on the language.
  const programmes = rows.map((r) => presentProgrammeSummary(r, parts, translator('en')));
  return { order: 40, node: <CountryProgrammesPanel programmes={programmes} /> };
};
