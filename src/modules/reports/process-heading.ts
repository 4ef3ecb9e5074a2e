import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { ProcessRow } from '../processes/process.table.ts';

/** What the process frame shows above a page: the process title and where it is. */
export interface ProcessHeading {
  id: string;
  title: string;
  countryAlpha3: string;
  countryName: string;
  areaName: string | null;
}

/** The process's title, its country in the reader's language and its area, for `ProcessFrame`. */
export async function processHeading(
  db: Kysely<Database>,
  process: Pick<ProcessRow, 'id' | 'title' | 'country_alpha3' | 'area_id'>,
  i18n: Translator,
): Promise<ProcessHeading> {
  const [country, area] = await Promise.all([
    db
      .selectFrom('countries')
      .select(['alpha2', 'name_en'])
      .where('alpha3', '=', process.country_alpha3)
      .executeTakeFirst(),
    process.area_id
      ? db.selectFrom('areas').select('name').where('id', '=', process.area_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return {
    id: process.id,
    title: process.title,
    countryAlpha3: process.country_alpha3,
    countryName: (country && i18n.countryName(country.alpha2)) ?? country?.name_en ?? process.country_alpha3,
    areaName: area?.name ?? null,
  };
}

/** Splits user text into paragraphs at blank lines, for `<p dir="auto">` each. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
