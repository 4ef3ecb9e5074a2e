import { type DemoContext, demoRef } from '../../module-kit/demo-context.ts';
import { systemAccess } from './organisation-access.ts';
import { findProgrammeIdByTitle } from './programme.repository.ts';
import type { ProgrammeInput } from './programme.schema.ts';
import { createProgramme } from './programme.service.ts';

/**
 * The seed's programmes (UNDP, contribution to the Eleventh Coordination Meeting on International
 * Migration, 2013), entered through the programme service. Only the seed's facts: where it gives
 * no date or budget, there is none. Organisations come from the organisations demo (`org:<key>`).
 * Each programme is stored under `programme:<key>` for later steps; one that exists is reused.
 */
export async function loadProgrammeDemo(context: DemoContext): Promise<void> {
  const org = (key: string) => demoRef(context, `org:${key}`);
  const access = systemAccess(context.actorId);

  const programmes: [string, ProgrammeInput][] = [
    [
      'pilot',
      {
        title: 'Mainstreaming migration into national development strategies',
        shortName: null,
        summary:
          'A pilot project of the Global Migration Group (GMG) in four countries (Bangladesh, Jamaica, Moldova and Tunisia), co-led by UNDP and the International Organization for Migration. The project aims to enable countries to comprehensively address migration and development interlinkages in their national policies and programmes, and to create sustainable consultation and monitoring mechanisms within government and with other relevant stakeholders in society. It also aims to strengthen the capacities of UN Country Teams (UNCTs), in the four countries and globally, to advise and support governments and their partners on migration and development issues.\n\n' +
          'The pilot project undertakes a systematic effort at collecting lessons learned over the course of 2012/2013. The lessons below are the preliminary insights that emerged from the exchanges on migration mainstreaming so far. Countries also highlighted the difficulty of accessing specialized migration and development expertise to support policy development, and stressed the need to look beyond the national level to engage bilateral and regional partners.',
        status: 'active',
        startDate: null,
        endDate: null,
        budget: null,
        leadOrganisation: org('undp'),
        participants: [
          { organisation: org('iom'), role: 'lead' },
          { organisation: org('gmg'), role: 'partner' },
          { organisation: org('bangladesh'), role: 'partner' },
          { organisation: org('jamaica'), role: 'partner' },
          { organisation: org('moldova'), role: 'partner' },
          { organisation: org('tunisia'), role: 'partner' },
        ],
        countries: ['BGD', 'JAM', 'MDA', 'TUN'],
        outputs: [],
        lessons: [
          {
            label: 'a',
            text: "The important role of a coordinating body with a cross-cutting mandate (i.e. the planning commission; prime minister's office) to foster a 'whole-of-government' approach to migration and development.",
            theme: 'coordinating-body',
          },
          {
            label: 'b',
            text: 'The need for high-level political buy-in to ensure the sustainability of the process.',
            theme: 'political-buy-in',
          },
          {
            label: 'c',
            text: 'The benefit of broad-based stakeholder consultations including with civil society partners.',
            theme: 'stakeholder-consultation',
          },
          {
            label: 'd',
            text: 'The opportunity to use the mainstreaming process to advance dialogue with major destination countries.',
            theme: 'destination-dialogue',
          },
          {
            // The seed writes "JMIDI" here and "JMDI" everywhere else: the initiative's acronym is JMDI.
            label: 'e',
            text: 'The synergies that exist with other M&D related initiatives such as the EC-UN Joint Migration and Development Initiative (JMDI) and Extended Migration Profiles.',
            theme: 'synergies',
          },
          {
            label: 'f',
            text: 'The usefulness of the GMG Handbook on Mainstreaming Migration into Development Planning in providing guiding principles and their applicability at both the local and national levels.',
            theme: 'handbook',
          },
          {
            label: 'g',
            text: "The need for capacity strengthening among all engaged stakeholders, including the members of the UNCT, so as to enable them to increasingly 'deliver as one' in support of migration mainstreaming processes.",
            theme: 'capacity-strengthening',
          },
        ],
      },
    ],
    [
      'pilot-phase-2',
      {
        title: 'Mainstreaming migration into national development strategies: second phase',
        shortName: null,
        summary:
          'The second phase of the pilot project, due to start in July 2013, implemented jointly by UNDP and IOM in collaboration with GMG partners and with support, so far, from the Swiss Agency for Development and Cooperation. It aims to support more countries over a longer implementation period, and to place greater emphasis on technical assistance and the sharing of lessons among countries. UNDP and IOM are exploring possibilities for triangular cooperation around migration mainstreaming as part of this phase.\n\n' +
          "Based on lessons learned from the pilot project and other experiences, the development of more practical tools to support mainstreaming processes is also foreseen, such as sector-specific policy guidance notes, policy checklists and training modules. The project will involve other GMG agencies at both country and global levels, and a number of project-related activities will be part of the GMG's joint multi-annual work plan.",
        status: 'planned',
        // The seed gives the month only: "due to start in July 2013".
        startDate: '2013-07',
        endDate: null,
        budget: null,
        leadOrganisation: org('undp'),
        participants: [
          { organisation: org('iom'), role: 'lead' },
          { organisation: org('sdc'), role: 'donor' },
          { organisation: org('gmg'), role: 'partner' },
        ],
        countries: [],
        outputs: [],
        lessons: [],
      },
    ],
    [
      'jmdi-2',
      {
        title: 'EC-UN Joint Migration and Development Initiative: second phase',
        shortName: 'JMDI',
        summary:
          'The second phase of the EC-UN Joint Migration and Development Initiative (JMDI) focuses on supporting and harnessing the potential of decentralized levels of government, such as provinces and local authorities, to act as strategic partners for civil society in the area of migration and development. Programme activities are funded over three years by the European Commission and the Swiss Agency for Development and Cooperation. The programme is implemented by the JMDI in collaboration with its partners IOM, ILO, UNHCR, UNFPA and UN Women.\n\n' +
          'Findings from the first phase showed that the effectiveness of migration and development activities largely depends on strategic partnerships between civil society organizations and governments at decentralized levels. Local authorities that shared a common vision with civil society partners had a sense of ownership over projects, which contributed to their success and sustainability.',
        status: 'active',
        startDate: '2012-12-01',
        // Three years from 1 December 2012.
        endDate: '2015-11-30',
        budget: { amountMinor: 950_000_000, currency: 'USD' },
        leadOrganisation: org('jmdi'),
        participants: [
          { organisation: org('ec'), role: 'donor' },
          { organisation: org('sdc'), role: 'donor' },
          { organisation: org('iom'), role: 'implementing-partner' },
          { organisation: org('ilo'), role: 'implementing-partner' },
          { organisation: org('unhcr'), role: 'implementing-partner' },
          { organisation: org('unfpa'), role: 'implementing-partner' },
          { organisation: org('unwomen'), role: 'implementing-partner' },
        ],
        countries: [],
        outputs: [
          'To move from isolated and individual approaches towards more structured forms of interventions through the identification of promising initiatives from local authorities in partnership with civil society organizations in selected countries that will be scaled up to maximize impact on local development. Policy options and definition of road maps for action will be drawn from the experience of the supported initiatives.',
          "To reinforce the capacities of selected local administrations to effectively link migration and development, with a specific focus on facilitating increased coordination within local authorities' administration in order to maximize their ability to grasp the potential of migration for development.",
          "To connect local authorities globally with each other and with other stakeholders and facilitate partnerships (between local authorities in countries of origin and destination of migration, migrant and refugee associations, the private sector, social partners etc.) to reinforce local authorities' potential to become active players in the field of migration and development.",
        ],
        lessons: [],
      },
    ],
  ];

  for (const [key, input] of programmes) {
    const existing = await findProgrammeIdByTitle(context.db.kysely, input.title);
    if (existing) {
      context.refs.set(`programme:${key}`, existing);
      continue;
    }
    const result = await createProgramme(context.db, access, input);
    if (!result.ok) throw new Error(`Demo programme "${key}" was refused: ${JSON.stringify(result)}`);
    context.refs.set(`programme:${key}`, result.value.id);
  }
}
