import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CorridorPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { type TermRecord, tagsOf } from '../taxonomy/index.ts';
import { type Process, presentProcess } from './process.presenter.ts';
import { listProcessPage, type ProcessListRow } from './process.repository.ts';
import { ProcessListItem } from './process.views.tsx';

/** Processes listed per country on a corridor; pairs are looked for among the first `SCAN` of each. */
const SHOWN = 5;
const SCAN = 200;

interface CountryProcesses {
  alpha3: string;
  shown: Process[];
  total: number;
}

/** Accepted pairings between a process of one list and a process of the other, either way round. */
async function acceptedPairsBetween(db: Kysely<Database>, a: string[], b: string[]) {
  if (a.length === 0 || b.length === 0) return [];
  return db
    .selectFrom('process_pairs')
    .select(['process_id', 'partner_id'])
    .where('status', '=', 'accepted')
    .where((eb) =>
      eb.or([
        eb.and([eb('process_id', 'in', a), eb('partner_id', 'in', b)]),
        eb.and([eb('process_id', 'in', b), eb('partner_id', 'in', a)]),
      ]),
    )
    .execute();
}

interface CorridorData {
  corridor: { origin: string; destination: string };
  origin: { rows: ProcessListRow[]; total: number };
  destination: { rows: ProcessListRow[]; total: number };
  /** Accepted pairings between an origin process and a destination process, either way round. */
  pairs: { process_id: string; partner_id: string }[];
  tags: Map<string, TermRecord[]>;
}

/** Presented here rather than in the provider: only the view knows the reader's language. */
function CorridorProcesses({ data }: { data: CorridorData }) {
  const i18n = useT();
  const { t } = i18n;
  const byId = new Map(
    [...data.origin.rows, ...data.destination.rows].map((row) => [
      row.id,
      presentProcess(row, data.tags.get(row.id) ?? [], i18n, null),
    ]),
  );
  const originIds = new Set(data.origin.rows.map((row) => row.id));
  const pairs = data.pairs.map((pair) => {
    const [o, d] = originIds.has(pair.process_id)
      ? [pair.process_id, pair.partner_id]
      : [pair.partner_id, pair.process_id];
    return { origin: byId.get(o)!, destination: byId.get(d)! };
  });
  const sides: CountryProcesses[] = [
    [data.corridor.origin, data.origin] as const,
    [data.corridor.destination, data.destination] as const,
  ].map(([alpha3, list]) => ({
    alpha3,
    shown: list.rows.slice(0, SHOWN).map((row) => byId.get(row.id)!),
    total: list.total,
  }));
  return (
    <section aria-labelledby="corridor-processes" class="corridor-processes">
      <h2 id="corridor-processes">{t('process.corridor.title')}</h2>
      {pairs.length > 0 ? (
        <>
          <h3>{t('process.corridor.pairs')}</h3>
          <p class="muted">{t('process.corridor.pairsHint')}</p>
          <ul class="item-list">
            {pairs.map((pair) => (
              <li>
                <a href={`/processes/${pair.origin.id}`} dir="auto">
                  {pair.origin.title}
                </a>{' '}
                ↔{' '}
                <a href={`/processes/${pair.destination.id}`} dir="auto">
                  {pair.destination.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sides
        .filter((side) => side.shown.length > 0)
        .map((side) => (
          <>
            <h3>{t('process.corridor.in', { country: side.shown[0]!.country.name })}</h3>
            <ul class="item-list">
              {side.shown.map((process) => (
                <ProcessListItem process={process} heading="h4" />
              ))}
            </ul>
            {side.total > side.shown.length ? (
              <p>
                <a href={`/processes?country=${side.alpha3}`}>
                  {t('process.panel.all', { count: side.total })}
                </a>
              </p>
            ) : null}
          </>
        ))}
    </section>
  );
}

/**
 * The corridor explorer's processes: those of the origin and of the destination the reader may
 * see, and first the pairs among them (reciprocity along this corridor). Private processes show
 * only to their members, as everywhere.
 */
export const processCorridorPanel: CorridorPanelProvider = async (db, corridor, actor) => {
  const load = (country: string) =>
    listProcessPage(db.kysely, actor, { country }, { offset: 0, limit: SCAN });
  const [origin, destination] = await Promise.all([load(corridor.origin), load(corridor.destination)]);
  if (origin.total === 0 && destination.total === 0) return null;
  const [pairs, tags] = await Promise.all([
    acceptedPairsBetween(
      db.kysely,
      origin.rows.map((row) => row.id),
      destination.rows.map((row) => row.id),
    ),
    tagsOf(
      db.kysely,
      'process',
      [...origin.rows, ...destination.rows].map((row) => row.id),
    ),
  ]);
  return { order: 20, node: <CorridorProcesses data={{ corridor, origin, destination, pairs, tags }} /> };
};
