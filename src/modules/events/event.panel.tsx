import type { CountryPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { presentEventSummary } from './event.presenter.ts';
import { type EventListRow, listEvents } from './event.repository.ts';
import { CountryEventsPanel } from './event.views.tsx';

/** Presents the rows in the page's language, which is only known once the page renders. */
function Panel({ rows }: { rows: EventListRow[] }) {
  const i18n = useT();
  return <CountryEventsPanel events={rows.map((r) => presentEventSummary(r, i18n))} />;
}

/** Events held in a country, most recent first, for its page. */
export const eventCountryPanel: CountryPanelProvider = async (db, country) => {
  const rows = await listEvents(db.kysely, {
    country: country.alpha3,
    limit: 50,
    order: 'desc',
    byTitle: true,
  });
  return rows.length === 0 ? null : { order: 50, node: <Panel rows={rows} /> };
};
