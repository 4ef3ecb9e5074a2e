import type { DemoContext } from '../../module-kit/demo-context.ts';
import { addOrganisation } from './member.service.ts';
import type { ProcessInput } from './process.schema.ts';
import { createProcess } from './process.service.ts';

/**
 * The four pilot processes of the UNDP–IOM project "Mainstreaming migration into national
 * development strategies" (GMG), as the seed describes them, and nothing more: the seed names
 * no plan, no dates and no coordinating body for any of the four countries, so the plan is
 * called "National development strategy" (the pilot's own words), periods are left empty and
 * every stage starts as "not started". Lessons are collected over 2012/2013 (the lessons module
 * adds them).
 */
const PILOTS = [
  { ref: 'process:bgd', country: 'BGD', name: 'Bangladesh', government: 'org:bangladesh' },
  { ref: 'process:jam', country: 'JAM', name: 'Jamaica', government: 'org:jamaica' },
  { ref: 'process:mda', country: 'MDA', name: 'Moldova', government: 'org:moldova' },
  { ref: 'process:tun', country: 'TUN', name: 'Tunisia', government: 'org:tunisia' },
] as const;

export const PILOT_TITLE = 'Mainstreaming migration into national development strategies';

/** Each pilot's title names its country: four links with the same words would be four mysteries. */
export function pilotTitle(countryName: string): string {
  return `${PILOT_TITLE}: ${countryName}`;
}

const SUMMARY =
  'One of the four countries of the pilot project "Mainstreaming migration into national development ' +
  'strategies" (Bangladesh, Jamaica, Moldova and Tunisia), co-led by UNDP and IOM within the Global ' +
  'Migration Group. The project aims to enable countries to comprehensively address migration and ' +
  'development interlinkages in their national policies and programmes, and to create sustainable ' +
  'consultation and monitoring mechanisms within government and with other relevant stakeholders in ' +
  'society. It also aims to strengthen the capacities of UN Country Teams to advise and support ' +
  'governments and their partners on migration and development. Lessons learned are collected over ' +
  'the course of 2012/2013.';

/** SDG 10.7 and 17.18, GCM objectives 1, 19 and 23, and the themes of the pilot's lessons a) to g). */
const TAGS = [
  'sdg:10.7',
  'sdg:17.18',
  'gcm:1',
  'gcm:19',
  'gcm:23',
  'theme:coordination-body',
  'theme:political-buy-in',
  'theme:stakeholder-consultation',
  'theme:destination-dialogue',
  'theme:synergies',
  'theme:handbook',
  'theme:capacity',
];

/**
 * Creates the pilot processes through the services, as the demo's admin (their owner). The
 * governments lead them (and own them with the admin); UNDP and IOM are members. Organisations
 * another module's demo did not create are skipped. Loading twice reuses what exists.
 */
export async function loadProcessDemo(context: DemoContext): Promise<void> {
  const db = context.db.kysely;
  for (const pilot of PILOTS) {
    const existing = await db
      .selectFrom('processes')
      .select('id')
      .where('title', '=', pilotTitle(pilot.name))
      .where('country_alpha3', '=', pilot.country)
      .executeTakeFirst();
    if (existing) {
      context.refs.set(pilot.ref, existing.id);
      continue;
    }
    const government = context.refs.get(pilot.government);
    const input: ProcessInput = {
      title: pilotTitle(pilot.name),
      countryAlpha3: pilot.country,
      planName: 'National development strategy',
      leadOrganisationId: government,
      visibility: 'public',
      summary: SUMMARY,
      tags: TAGS,
    };
    const created = await createProcess(db, context.actorId, input);
    if (!created.ok) throw new Error(`Demo process ${pilot.ref}: ${JSON.stringify(created)}`);
    const id = created.value.id;
    context.refs.set(pilot.ref, id);
    // The government takes part as a member: owners of a process are people (decision 44).
    const members: [string | undefined, 'member'][] = [
      [government, 'member'],
      [context.refs.get('org:undp'), 'member'],
      [context.refs.get('org:iom'), 'member'],
    ];
    for (const [organisationId, role] of members) {
      if (!organisationId) continue;
      const added = await addOrganisation(db, context.actorId, id, { organisationId, role });
      if (!added.ok) throw new Error(`Demo member of ${pilot.ref}: ${JSON.stringify(added)}`);
    }
  }
}
