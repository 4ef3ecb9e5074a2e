import type { Db } from '../../db/connection.ts';
import type { CountryPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { type TermRecord, tagsOf } from '../taxonomy/index.ts';
import { presentProcess } from './process.presenter.ts';
import { countPublicProcesses, listProcessPage, type ProcessListRow } from './process.repository.ts';
import { ProcessListItem } from './process.views.tsx';

const PANEL_SIZE = 10;

function CountryProcesses({
  alpha3,
  rows,
  tags,
  total,
}: {
  alpha3: string;
  rows: ProcessListRow[];
  tags: Map<string, TermRecord[]>;
  total: number;
}) {
  const i18n = useT();
  return (
    <section aria-labelledby="country-processes">
      <h2 id="country-processes">{i18n.t('process.panel.title')}</h2>
      <ul class="item-list">
        {rows.map((row) => (
          <ProcessListItem process={presentProcess(row, tags.get(row.id) ?? [], i18n, null)} heading="h3" />
        ))}
      </ul>
      {total > rows.length ? (
        <p>
          <a href={`/processes?country=${alpha3}`}>{i18n.t('process.panel.all', { count: total })}</a>
        </p>
      ) : null}
    </section>
  );
}

/** The processes of a country the reader may see (private ones only for their members). */
export const processCountryPanel: CountryPanelProvider = async (db, country, actor) => {
  const { rows, total } = await listProcessPage(
    db.kysely,
    actor,
    { country: country.alpha3 },
    { offset: 0, limit: PANEL_SIZE },
  );
  if (total === 0) return null;
  const tags = await tagsOf(
    db.kysely,
    'process',
    rows.map((r) => r.id),
  );
  return {
    order: 20,
    node: <CountryProcesses alpha3={country.alpha3} rows={rows} tags={tags} total={total} />,
  };
};

/** Home page figure: public processes only (the home page is the same for everyone). */
export async function processHomeFigures(db: Db) {
  return [{ labelKey: 'process.home.figure', value: await countPublicProcesses(db.kysely), order: 30 }];
}
