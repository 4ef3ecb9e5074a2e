import type { Actor } from '../../auth/actor.ts';
import { generatePassword, hashPassword } from '../../auth/passwords.ts';
import { findUserByEmail, insertUser } from '../../auth/user.repository.ts';
import type { Db } from '../../db/connection.ts';
import { type DemoContext, demoRef } from '../../module-kit/demo-context.ts';
import { today } from '../../web/form/index.ts';
import { callIdByTitle } from './call.repository.ts';
import { createCall } from './call.service.ts';
import { practiceIdByTitle, practiceRow } from './practice.repository.ts';
import { PRACTICE_FORM_FALLBACK, type PracticeInput } from './practice.schema.ts';
import { createPractice } from './practice.service.ts';
import { CRITERIA } from './practice.table.ts';
import { practiceStep } from './practice.workflow.ts';
import { assignReviewer, type ScoreDraft, submitReview } from './review.service.ts';
import { saveRoadmap } from './roadmap.service.ts';

const NO_FACTS =
  'Demo content. The seed (UNDP 2013) describes this kind of initiative but names no place, budget, dates or results for it; they are left blank rather than invented.';

const actorOf = (id: string | null, role: 'admin' | 'user'): Actor =>
  id
    ? {
        kind: 'user',
        user: { id, email: '', name: '', role, status: 'active' },
        via: 'session',
        sessionId: 'demo',
      }
    : { kind: 'anonymous' };

/** A demo reviewer: an active account nobody knows the password of (reset it to use it). */
async function demoReviewer(db: Db, n: number): Promise<string> {
  const email = `demo-reviewer-${n}@corridor.invalid`;
  const existing = await findUserByEmail(db.kysely, email);
  if (existing) return existing.id;
  const passwordHash = await hashPassword(generatePassword());
  const user = await db.kysely
    .transaction()
    .execute((trx) =>
      insertUser(trx, { email, name: `Demo reviewer ${n}`, passwordHash, role: 'user', status: 'active' }),
    );
  return user.id;
}

function scores(values: number[], comment: string): ScoreDraft {
  return Object.fromEntries(
    CRITERIA.map((c, i) => [c, { score: String(values[i % values.length]), comment }]),
  ) as ScoreDraft;
}

/**
 * Two practices and a replication that the seed's account of the JMDI's second phase supports,
 * plainly marked as demo content: one call, one review round by two demo reviewers, and a road
 * map drawn from the three outputs the seed lists. Loading again reuses what exists.
 */
export async function loadPracticeDemo(context: DemoContext): Promise<void> {
  const { db } = context;
  // Submitting, reviewing and publishing are the administrator's steps: a demo loaded with no
  // administrator (a bare database in tests) has nobody to take them, so it has no practices.
  if (context.actorId === null) return;
  const admin = actorOf(context.actorId, 'admin');
  const jmdi = demoRef(context, 'org:jmdi');
  const callTitle = 'Call for promising local initiatives in migration and development (demo)';
  let callId = await callIdByTitle(db.kysely, callTitle);
  if (!callId) {
    // The seed gives no dates for such a call: it opens on the day the demo is loaded, for a year.
    const opens = today();
    const closes = `${Number(opens.slice(0, 4)) + 1}${opens.slice(4)}`.replace(/-02-29$/, '-02-28');
    const call = await createCall(
      db,
      admin,
      {
        title: callTitle,
        description:
          'Demo content. The JMDI\'s second phase (from 1 December 2012) set out "to move from isolated and individual approaches towards more structured forms of interventions through the identification of promising initiatives from local authorities in partnership with civil society organizations in selected countries that will be scaled up to maximize impact on local development" (UNDP 2013). This call illustrates how such initiatives are collected; its dates are those of the demo, not of any real call.',
        themeId: null,
        region: null,
        origin: null,
        destination: null,
        opensOn: opens,
        closesOn: closes,
      },
      { demo: true },
    );
    if (!call.ok) throw new Error(`Demo call: ${JSON.stringify(call)}`);
    callId = call.value.id;
  }
  const reviewers = [await demoReviewer(db, 1), await demoReviewer(db, 2)];
  const base: PracticeInput = { ...PRACTICE_FORM_FALLBACK, locale: 'en' };

  async function practice(input: PracticeInput, values: number[][]): Promise<string> {
    const existing = await practiceIdByTitle(db.kysely, input.title);
    if (existing) return existing;
    const created = await createPractice(db, admin, input, { demo: true });
    if (!created.ok) throw new Error(`Demo practice: ${JSON.stringify(created)}`);
    const id = created.value.id;
    const step = async (name: 'submit' | 'publish') => {
      const row = await practiceRow(db.kysely, id);
      const result = await practiceStep(db, admin, id, name, { version: Number(row!.version) });
      if (!result.ok) throw new Error(`Demo ${name}: ${JSON.stringify(result)}`);
    };
    await step('submit');
    for (const [i, reviewer] of reviewers.entries()) {
      const email = `demo-reviewer-${i + 1}@corridor.invalid`;
      const assigned = await assignReviewer(db, admin, id, email);
      if (!assigned.ok) throw new Error(`Demo reviewer: ${JSON.stringify(assigned)}`);
      const reviewed = await submitReview(
        db,
        actorOf(reviewer, 'user'),
        id,
        1,
        scores(
          values[i]!,
          "Demo review: scored on the seed's description only, not on evidence from the field.",
        ),
        true,
      );
      if (!reviewed.ok) throw new Error(`Demo review: ${JSON.stringify(reviewed)}`);
    }
    await step('publish');
    return id;
  }

  const partnership = await practice(
    {
      ...base,
      title: 'Local authorities and civil society in partnership on migration and development (demo)',
      summary: `${NO_FACTS}\n\nFindings from the first phase of the JMDI showed that the effectiveness of migration and development activities largely depends on strategic partnerships between civil society organisations and governments at decentralised levels; the most successful and sustainable interventions had strong anchorage with local governments in countries of origin and destination (UNDP 2013).`,
      organisations: [{ organisation: jmdi, role: 'international' }],
      level: 'municipal',
      funders:
        "European Commission; Swiss Agency for Development and Cooperation (the JMDI's funders, per the seed)",
      results:
        'The seed reports no results for a single initiative. It states that local authorities that shared a common vision with civil society partners had a sense of ownership that led them to commit time, energy and resources.',
      callId,
    },
    [
      [5, 4, 4, 5, 4, 4],
      [4, 4, 5, 5, 4, 4],
    ],
  );
  await practice(
    {
      ...base,
      title: 'Coordination on migration within a local administration (demo)',
      summary: `${NO_FACTS}\n\nThe JMDI's second phase aims "to reinforce the capacities of selected local administrations to effectively link migration and development, with a specific focus on facilitating increased coordination within local authorities' administration" (UNDP 2013).`,
      organisations: [{ organisation: jmdi, role: 'international' }],
      level: 'municipal',
      callId,
    },
    [
      [3, 3, 3, 4, 3, 3],
      [3, 2, 3, 3, 3, 4],
    ],
  );
  await practice(
    {
      ...base,
      title: 'Replication: a second local authority partners with civil society (demo)',
      summary: `${NO_FACTS}\n\nAn illustration of how a replication is linked back to the practice it follows, as the seed's third output foresees partnerships "between local authorities in countries of origin and destination of migration, migrant and refugee associations, the private sector, social partners".`,
      organisations: [{ organisation: jmdi, role: 'international' }],
      level: 'municipal',
      replicatesId: partnership,
      replicationProgress: 'planned',
    },
    [
      [4, 4, 4, 4, 4, 4],
      [4, 4, 4, 4, 4, 4],
    ],
  );
  const row = await db.kysely
    .selectFrom('practice_roadmaps')
    .select('practice_id')
    .where('practice_id', '=', partnership)
    .executeTakeFirst();
  if (!row) {
    const saved = await saveRoadmap(db, admin, partnership, null, {
      policyOptions:
        'Demo content. The seed says that "policy options and definition of road maps for action will be drawn from the experience of the supported initiatives" (UNDP 2013); it names no options of its own. The steps below follow the three outputs of the JMDI\'s second phase as the seed lists them; owners and dates are not given there.',
      steps: [
        {
          title: 'Identify promising initiatives of local authorities with civil society',
          owner: 'JMDI',
          dueOn: '',
          milestone: 'yes',
        },
        {
          title: 'Reinforce the capacities of the local administrations that run them',
          owner: 'JMDI',
          dueOn: '',
          milestone: '',
        },
        {
          title: 'Connect local authorities with each other and with other stakeholders',
          owner: 'JMDI',
          dueOn: '',
          milestone: 'yes',
        },
      ],
    });
    if (!saved.ok) throw new Error(`Demo road map: ${JSON.stringify(saved)}`);
  }
}
