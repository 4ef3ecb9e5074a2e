import type { DemoContext } from '../../module-kit/demo-context.ts';
import { findOrganisationByName } from './organisation.repository.ts';
import type { OrganisationInput } from './organisation.schema.ts';
import { createOrganisation } from './organisation.service.ts';

/**
 * The organisations of the seed (UNDP 2013, contribution to the Eleventh Coordination Meeting on
 * International Migration), keyed as other modules' demo data refers to them (`org:<key>`).
 * Descriptions state only what the seed says; no website is given because the seed gives none.
 */
const JMDI_PARTNER =
  'A partner of the EC-UN Joint Migration and Development Initiative (JMDI) in its second phase, which started on 1 December 2012.';
const PILOT_COUNTRY =
  'One of the four countries (Bangladesh, Jamaica, Moldova and Tunisia) of the pilot project on mainstreaming migration into national development strategies, co-led by UNDP and IOM within the Global Migration Group.';

export const DEMO_ORGANISATIONS: Record<string, OrganisationInput> = {
  undp: {
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
    type: 'un-agency',
    description:
      'A committed member of the Global Migration Group (GMG), which it chaired in 2010. Together with IOM, it co-leads GMG collaboration on mainstreaming migration into national development strategies, including a pilot project in Bangladesh, Jamaica, Moldova and Tunisia, and it has supported the GFMD’s focus on mainstreaming migration into development planning since 2010.\n\nIts 2009 Human Development Report remains a milestone contribution to the debate on migration and development from a human development perspective.',
  },
  iom: {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    type: 'un-agency',
    description: `Co-leads, with UNDP, Global Migration Group collaboration on mainstreaming migration into national development strategies, including the pilot project in four countries and its second phase, due to start in July 2013.\n\n${JMDI_PARTNER}`,
  },
  ilo: {
    name: 'International Labour Organization',
    acronym: 'ILO',
    type: 'un-agency',
    description: JMDI_PARTNER,
  },
  unhcr: {
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronym: 'UNHCR',
    type: 'un-agency',
    description: JMDI_PARTNER,
  },
  unfpa: {
    name: 'United Nations Population Fund',
    acronym: 'UNFPA',
    type: 'un-agency',
    description: JMDI_PARTNER,
  },
  unwomen: {
    name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
    acronym: 'UN Women',
    type: 'un-agency',
    description: JMDI_PARTNER,
  },
  ec: {
    name: 'European Commission',
    acronym: 'EC',
    type: 'donor',
    description:
      'Funds the second phase of the EC-UN Joint Migration and Development Initiative (from 1 December 2012, over three years, USD 9.5 million in total) together with the Swiss Agency for Development and Cooperation.',
  },
  sdc: {
    name: 'Swiss Agency for Development and Cooperation',
    acronym: 'SDC',
    type: 'donor',
    country: 'CHE',
    description:
      'Co-funds the second phase of the EC-UN Joint Migration and Development Initiative with the European Commission, and supports the second phase of the UNDP–IOM pilot project on mainstreaming migration into national development strategies. It represented the Government of Switzerland as co-chair of the preparatory workshop for GFMD Roundtable 2 in Mauritius.',
  },
  sweden: {
    name: 'Government of Sweden',
    type: 'national-government',
    country: 'SWE',
    description:
      'Collaborated in organising the preparatory workshop for GFMD Roundtable 2 in Mauritius. Sweden chairs the GFMD in 2013/2014.',
  },
  mauritius: {
    name: 'Government of Mauritius',
    type: 'national-government',
    country: 'MUS',
    description:
      'Chair of the 2012 Global Forum on Migration and Development (GFMD). It co-chaired, with the Government of Switzerland, the preparatory workshop for GFMD Roundtable 2 on “Factoring migration into development planning”, held in Mauritius.',
  },
  switzerland: {
    name: 'Government of Switzerland',
    type: 'national-government',
    country: 'CHE',
    description:
      'Co-chaired, represented by the Swiss Agency for Development and Cooperation (SDC), the preparatory workshop for GFMD Roundtable 2 in Mauritius.',
  },
  bangladesh: {
    name: 'Government of Bangladesh',
    type: 'national-government',
    country: 'BGD',
    description: PILOT_COUNTRY,
  },
  jamaica: {
    name: 'Government of Jamaica',
    type: 'national-government',
    country: 'JAM',
    description: PILOT_COUNTRY,
  },
  moldova: {
    name: 'Government of Moldova',
    type: 'national-government',
    country: 'MDA',
    description: PILOT_COUNTRY,
  },
  tunisia: {
    name: 'Government of Tunisia',
    type: 'national-government',
    country: 'TUN',
    description: PILOT_COUNTRY,
  },
  // The GMG is an inter-agency group of UN and other bodies, not an agency itself; of the nine
  // types, "UN agency" is where people look for it, beside its members (UNDP, IOM, ILO…).
  gmg: {
    name: 'Global Migration Group',
    acronym: 'GMG',
    type: 'un-agency',
    description:
      'The inter-agency group through which UNDP and other member agencies work on migration and development at global and country levels. Its Working Group on Migration Mainstreaming, under the lead of UNDP and IOM, helped organise the preparatory workshop for GFMD Roundtable 2. Its Handbook on Mainstreaming Migration into Development Planning provides guiding principles applicable at local and national levels, and its joint multi-annual work plan is being developed.',
  },
  // The JMDI is a joint EC-UN programme run by UN agencies with the European Commission's funding:
  // it funds no one in its own right in the seed (beyond support to the Civil Society Days), so it
  // is listed with the UN bodies that implement it rather than as a donor.
  jmdi: {
    name: 'EC-UN Joint Migration and Development Initiative',
    acronym: 'JMDI',
    type: 'un-agency',
    description:
      'Entered the second phase of programme implementation on 1 December 2012, focused on supporting decentralised levels of government, such as provinces and local authorities, to act as strategic partners for civil society in migration and development. The programme is funded over three years with a total budget of USD 9.5 million from the European Commission and the Swiss Agency for Development and Cooperation, and implemented with IOM, ILO, UNHCR, UNFPA and UN Women.\n\nIt contributed to the 2012 GFMD with a photo and video competition on the contributions of migrants and diasporas to development (41 photos and 15 videos submitted), and gave financial support to the organisers of the 2012 Civil Society Days.',
  },
  // A working group of the Global Forum on Migration and Development, a forum of governments: of
  // the nine types it belongs with government bodies. It is intergovernmental, so no country.
  'gfmd-wg': {
    name: 'GFMD Working Group on Policy Coherence, Data and Research',
    type: 'national-government',
    description:
      'A working group of the Global Forum on Migration and Development (GFMD). It collaborated in organising the preparatory workshop for GFMD Roundtable 2 on “Factoring migration into development planning” in Mauritius.',
  },
};

/**
 * Loads the seed's organisations through the service, as the demo admin (who becomes their first
 * owner), and registers each as `org:<key>`. Loading twice reuses what the first run created.
 */
export async function loadOrganisationDemo(context: DemoContext): Promise<void> {
  for (const [key, input] of Object.entries(DEMO_ORGANISATIONS)) {
    const existing = await findOrganisationByName(context.db.kysely, input.name);
    if (existing) {
      context.refs.set(`org:${key}`, existing.id);
      continue;
    }
    const result = await createOrganisation(context.db, context.actorId, input);
    if (!result.ok) throw new Error(`Demo organisation ${key} refused: ${JSON.stringify(result)}`);
    context.refs.set(`org:${key}`, result.value.id);
  }
}
