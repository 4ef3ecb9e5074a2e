import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { type PracticeListRow, selectPractices } from './practice.repository.ts';
import type { GovernmentLevel, PartnerRole, PracticeStatus } from './practice.table.ts';

/** The catalogue's filters, all optional; `status` other than published is for moderators only. */
export interface CatalogueFilter {
  country?: string;
  region?: string;
  /** A taxonomy term and the terms under it (an SDG and its targets). */
  themeIds?: string[];
  level?: GovernmentLevel;
  origin?: string;
  destination?: string;
  partner?: PartnerRole;
  status?: PracticeStatus;
  promising?: boolean;
  callId?: string;
}

/** `[sort key, id]` of a page's last practice: newest first, by publication (or last change). */
export const catalogueCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([at, id]) => ({ at, id })),
);

/**
 * One page of the catalogue, newest first, keyset-paged (decision 59): published practices by
 * their publication, others by their last change. Asks for `limit` rows.
 */
export async function listCatalogue(
  db: Kysely<Database>,
  filter: CatalogueFilter,
  options: { limit: number; after?: { at: string; id: string } },
): Promise<PracticeListRow[]> {
  const status = filter.status ?? 'published';
  const sort = status === 'published' ? 'practices.published_at' : 'practices.updated_at';
  const { after } = options;
  return (
    selectPractices(db)
      .where('practices.status', '=', status)
      .$if(filter.callId !== undefined, (q) => q.where('practices.call_id', '=', filter.callId!))
      .$if(filter.country !== undefined, (q) => q.where('practices.country_alpha3', '=', filter.country!))
      .$if(filter.region !== undefined, (q) => q.where('practices.region', '=', filter.region!))
      .$if(filter.level !== undefined, (q) => q.where('practices.level', '=', filter.level!))
      .$if(filter.origin !== undefined, (q) => q.where('practices.origin_alpha3', '=', filter.origin!))
      .$if(filter.destination !== undefined, (q) =>
        q.where('practices.destination_alpha3', '=', filter.destination!),
      )
      .$if(filter.promising === true, (q) => q.where('practices.promising', '=', 1))
      // Correlated EXISTS, not IN: the newest-first walk stops after a page, each row checked by
      // primary key, where IN would first collect every practice of the theme.
      .$if(filter.themeIds !== undefined, (q) =>
        q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('taggings')
              .select('taggings.term_id')
              .where('taggings.entity_type', '=', 'practice')
              .whereRef('taggings.entity_id', '=', 'practices.id')
              .where('taggings.term_id', 'in', filter.themeIds!.length ? filter.themeIds! : ['-']),
          ),
        ),
      )
      .$if(filter.partner !== undefined, (q) =>
        q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('practice_organisations')
              .select('practice_organisations.role')
              .whereRef('practice_organisations.practice_id', '=', 'practices.id')
              .where('practice_organisations.role', '=', filter.partner!),
          ),
        ),
      )
      .$if(after !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb(sort, '<', after!.at),
            eb.and([eb(sort, '=', after!.at), eb('practices.id', '<', after!.id)]),
          ]),
        ),
      )
      .orderBy(sort, 'desc')
      .orderBy('practices.id', 'desc')
      .limit(options.limit)
      .execute()
  );
}

/** The cursor after a page's last row, or null when there is no further page. */
export function nextCursor(rows: PracticeListRow[], limit: number, status: PracticeStatus = 'published') {
  const last = rows[limit - 1];
  if (rows.length <= limit || !last) return null;
  return catalogueCursor.encode([
    (status === 'published' ? last.published_at : last.updated_at) ?? '',
    last.id,
  ]);
}
