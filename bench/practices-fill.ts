import type { Insertable } from 'kysely';
import type { Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';

const BATCH = 400;
const THEMES = [
  'theme:coordination-body',
  'theme:political-buy-in',
  'theme:stakeholder-consultation',
  'theme:destination-dialogue',
  'theme:synergies',
  'theme:handbook',
  'theme:capacity',
  'theme:data',
];
const LEVELS = ['municipal', 'provincial', 'national'] as const;
const ROLES = [
  'local-authority',
  'civil-society',
  'migrant-association',
  'diaspora',
  'private-sector',
] as const;
const CRITERIA = [
  'relevance',
  'evidence',
  'sustainability',
  'partnership',
  'replicability',
  'participation',
] as const;

export interface PracticeBenchData {
  practiceIds: string[];
  /** A country and a theme with many practices, for the two-filter catalogue. */
  country: string;
  theme: string;
  rows: number;
}

/**
 * `practices` published practices spread over the countries, levels and corridors, each with two
 * themes, two translations, a local authority and a partner, and two submitted reviews of six
 * scores (one in five promising, one in ten a replication of an earlier one). Bulk INSERTs: the
 * services' rules are exercised by the module's tests, not here; no audit rows (no page reads them).
 */
export async function fillPracticeBench(db: Db, practices: number): Promise<PracticeBenchData> {
  const k = db.kysely;
  const countries = (
    await k.selectFrom('countries').select('alpha3').orderBy('alpha3').limit(60).execute()
  ).map((c) => c.alpha3);
  const organisations = (await k.selectFrom('organisations').select('id').limit(2000).execute()).map(
    (o) => o.id,
  );
  const reviewers = (
    await k.selectFrom('users').select('id').where('status', '=', 'active').limit(200).execute()
  ).map((u) => u.id);
  const base = Date.parse('2020-01-01T00:00:00Z');
  const ids: string[] = [];
  let rows = 0;
  for (let start = 0; start < practices; start += BATCH) {
    const p: Insertable<Database['practices']>[] = [];
    const tr: Insertable<Database['practice_translations']>[] = [];
    const tags: Insertable<Database['taggings']>[] = [];
    const orgs: Insertable<Database['practice_organisations']>[] = [];
    const reviews: Insertable<Database['practice_reviews']>[] = [];
    const scores: Insertable<Database['practice_review_scores']>[] = [];
    for (let i = start; i < Math.min(practices, start + BATCH); i++) {
      const id = newId();
      ids.push(id);
      const at = new Date(base + i * 60_000).toISOString();
      const promising = i % 5 === 0;
      const title = `Bench practice ${String(i).padStart(6, '0')}`;
      const summary =
        'A local authority and a migrant association run a one-stop centre for newcomers and returnees.';
      p.push({
        id,
        title,
        summary,
        locale: 'en',
        status: 'published',
        country_alpha3: countries[i % countries.length]!,
        region: `Region ${i % 40}`,
        city: `City ${i % 2000}`,
        level: LEVELS[i % LEVELS.length]!,
        origin_alpha3: countries[(i * 7) % countries.length]!,
        destination_alpha3: countries[(i * 11 + 1) % countries.length]!,
        target_groups: 'Migrants and returnees',
        start_date: '2019',
        end_date: '2022',
        budget_minor: 10_000_000 + i,
        currency: 'USD',
        funders: 'Bench funders',
        activities: 'Advice, referral and training.',
        results: 'People advised and referred.',
        inst_budget_line: i % 2,
        inst_local_law: i % 3 === 0 ? 1 : 0,
        inst_plan: 0,
        call_id: null,
        replicates_id: i % 10 === 9 ? ids[i - 5]! : null,
        replication_progress: i % 10 === 9 ? 'running' : null,
        promising: promising ? 1 : 0,
        review_average: promising ? 450 : 325,
        review_spread: 50,
        review_count: 2,
        needs_third: 0,
        demo: 0,
        created_by: null,
        created_at: at,
        updated_at: at,
        submitted_at: at,
        published_at: at,
      });
      tr.push(
        { practice_id: id, field: 'title', locale: 'en', text: title, is_original: 1 },
        { practice_id: id, field: 'summary', locale: 'en', text: summary, is_original: 1 },
        { practice_id: id, field: 'title', locale: 'fr', text: `Pratique ${i}`, is_original: 0 },
      );
      tags.push(
        { entity_type: 'practice', entity_id: id, term_id: THEMES[i % THEMES.length]! },
        { entity_type: 'practice', entity_id: id, term_id: THEMES[(i + 3) % THEMES.length]! },
      );
      orgs.push(
        {
          practice_id: id,
          organisation_id: organisations[i % organisations.length]!,
          role: 'local-authority',
          position: 1,
        },
        {
          practice_id: id,
          organisation_id: organisations[(i + 1) % organisations.length]!,
          role: ROLES[1 + (i % 4)]!,
          position: 2,
        },
      );
      for (let r = 0; r < 2; r++) {
        const reviewId = newId();
        reviews.push({
          id: reviewId,
          practice_id: id,
          reviewer_id: reviewers[(i + r) % reviewers.length]!,
          assigned_by: null,
          state: 'submitted',
          conflict_note: null,
          assigned_at: at,
          submitted_at: at,
        });
        for (const criterion of CRITERIA)
          scores.push({
            review_id: reviewId,
            criterion,
            score: promising ? 4 + r : 3,
            comment: 'Bench comment.',
          });
      }
    }
    await k.transaction().execute(async (trx) => {
      await trx.insertInto('practices').values(p).execute();
      await trx.insertInto('practice_translations').values(tr).execute();
      await trx.insertInto('taggings').values(tags).execute();
      await trx.insertInto('practice_organisations').values(orgs).execute();
      await trx.insertInto('practice_reviews').values(reviews).execute();
      for (let s = 0; s < scores.length; s += 800)
        await trx
          .insertInto('practice_review_scores')
          .values(scores.slice(s, s + 800))
          .execute();
    });
    rows += p.length + tr.length + tags.length + orgs.length + reviews.length + scores.length;
  }
  return { practiceIds: ids, country: countries[0]!, theme: THEMES[0]!, rows };
}
