import { type DemoContext, demoRef } from '../../module-kit/demo-context.ts';
import { systemAccess } from '../programmes/index.ts';
import { findEventIdByTitle } from './event.repository.ts';
import type { EventInput } from './event.schema.ts';
import { createEvent } from './event.service.ts';

const BLANK: Omit<EventInput, 'title' | 'kind' | 'startDate'> = {
  endDate: null,
  city: null,
  country: null,
  summary: null,
  participantsCount: null,
  participantsApproximate: false,
  organisers: [],
  items: [],
  programmeId: null,
  parentEventId: null,
  photoSubmissions: null,
  videoSubmissions: null,
};

/**
 * The seed's events, entered through the event service after the programmes demo. Where the seed
 * gives only a year, the date is that year; where it names no city, there is none. Each event
 * is stored under `event:<key>`; one that exists is reused, so the step can run again.
 */
export async function loadEventDemo(context: DemoContext): Promise<void> {
  const org = (key: string) => demoRef(context, `org:${key}`);
  const ref = (key: string) => demoRef(context, key);
  const access = systemAccess(context.actorId);

  const events: [string, () => EventInput][] = [
    [
      'gfmd-2012',
      () => ({
        ...BLANK,
        title: 'Global Forum on Migration and Development 2012 summit',
        kind: 'other',
        startDate: '2012',
        country: 'MUS',
        summary:
          'The 2012 summit of the Global Forum on Migration and Development (GFMD), held in Mauritius, Chair of the 2012 GFMD. The EC-UN Joint Migration and Development Initiative also provided financial support to the organizers of the 2012 Civil Society Days.',
        organisers: [{ organisation: org('mauritius'), role: 'chair' }],
      }),
    ],
    [
      'gfmd-2012-rt2',
      () => ({
        ...BLANK,
        title: 'GFMD Roundtable 2: Factoring migration into development planning',
        kind: 'roundtable',
        startDate: '2012',
        country: 'MUS',
        summary:
          'The roundtable of the 2012 Global Forum on Migration and Development on factoring migration into development planning, a topic the GFMD has kept in focus since 2010 with the support of UNDP, IOM and other GMG partners.',
        parentEventId: ref('event:gfmd-2012'),
      }),
    ],
    [
      'gfmd-2012-rt2-1',
      () => ({
        ...BLANK,
        title:
          'GFMD Roundtable session 2.1: Supporting National Development through Migration Mainstreaming Processes, Extended Migration Profiles and Poverty Reduction Strategies',
        kind: 'session',
        startDate: '2012',
        country: 'MUS',
        summary:
          'UNDP contributed to the background paper for this session and shared experiences and lessons from the pilot project on migration mainstreaming during the session at the GFMD summit in Mauritius. Together with GMG partners, it will continue to support discussions on this topic as requested by the Swedish GFMD Chair in 2013/2014.',
        organisers: [{ organisation: org('undp'), role: 'contributor' }],
        programmeId: ref('programme:pilot'),
        parentEventId: ref('event:gfmd-2012-rt2'),
      }),
    ],
    [
      'gfmd-rt2-workshop',
      () => ({
        ...BLANK,
        title: 'Preparatory workshop for GFMD Roundtable 2: Factoring migration into development planning',
        kind: 'workshop',
        // The seed dates this workshop "12-13 June 2013" in a paragraph that opens "In 2012" and
        // says it prepared the 2012 GFMD session 2.1; the year is probably 2012, but the seed's
        // dates are kept as written rather than corrected by guesswork.
        startDate: '2013-06-12',
        endDate: '2013-06-13',
        country: 'MUS',
        summary:
          'A preparatory workshop for GFMD Roundtable 2, supported by UNDP. It was co-chaired by the Governments of Switzerland, represented by the Swiss Agency for Development and Cooperation (SDC), and Mauritius, Chair of the 2012 GFMD, and organized in collaboration with the Government of Sweden; the GFMD Working Group on Policy Coherence, Data and Research; and the GMG Working Group on Migration Mainstreaming under the lead of UNDP and IOM. It was meant to prepare the ground for GFMD Roundtable session 2.1, and gave representatives from national and local governments, civil society and international organizations the opportunity to share their experiences and learn about mainstreaming migration into development planning, focusing on concrete challenges and solutions in the institutional, policy and partnership dimensions of the mainstreaming process.\n\n' +
          'A full report on the workshop and its outcomes and recommendations was shared with the GFMD Chair and, together with all workshop-related presentations, is available on the GFMD website.',
        participantsCount: 80,
        participantsApproximate: true,
        organisers: [
          { organisation: org('switzerland'), role: 'co-chair' },
          { organisation: org('sdc'), role: 'co-chair' },
          { organisation: org('mauritius'), role: 'co-chair' },
          { organisation: org('sweden'), role: 'collaborator' },
          { organisation: org('gfmd-wg'), role: 'collaborator' },
          { organisation: org('gmg'), role: 'collaborator' },
          { organisation: org('undp'), role: 'supporter' },
        ],
        items: [
          'The need for a shared understanding of migration and development dynamics across government and with multiple stakeholders. Governments observed that the positive outlook on migration as a force for development, fostered by the 2006 UN High-Level Dialogue and nurtured by the GFMD process, is not universally shared, and differences in perspective between various actors still need to be bridged at all levels of governance.',
          'Participating governments saw added value of migration mainstreaming in terms of fostering a more strategic, outcome-oriented perspective for policy making; greater coherence within government, horizontally between ministries and vertically between different levels of government; and the opportunity to foster greater inclusiveness of non-governmental stakeholders and involve international partners in a structured and institutionalized manner. Reported challenges pertained to the lack of data and capacities to support migration mainstreaming.',
          'The introduction of a reciprocity dimension in migration mainstreaming processes was highlighted, whereas mainstreaming would be undertaken jointly or in parallel by countries of origin and destination that are connected by the same migration corridor.',
          'The workshop featured first experiences from local governments involved in migration mainstreaming, highlighting benefits in terms of improved service delivery for, and active engagement with, migrants, their families and communities; as well as key conditions, such as decentralization and devolution of certain competencies and resources.',
          'Presentations by national and city governments made the case for looking at internal migration dynamics as an integral part of development processes and climate change adaptation strategies. Several governments raised the question whether it is time for the GFMD to consider internal migration as part of its deliberations.',
          'The workshop also called on the GFMD to link up with other global development processes to advocate for the inclusion of migration concerns and ensure coherence across different fora such as Rio+20, ICPD Beyond 2014, the UNFCCC, the UN Conference on LDCs, the WTO, and the post-2015 development agenda. Participants saw an important advocacy role for civil society and suggested that the GFMD might use the 2013 HLD as an opportunity to formulate some target outcomes in areas of wide-spread consensus among governments, such as lowering the costs of remittances and recruitment.',
        ].map((text) => ({ type: 'key-issue' as const, text })),
      }),
    ],
    [
      'jmdi-competition',
      () => ({
        ...BLANK,
        title: 'JMDI photo and video competition',
        kind: 'competition',
        startDate: '2012',
        country: 'MUS',
        summary:
          'The EC-UN Joint Migration and Development Initiative contributed to the 2012 GFMD with a photo and video competition that was prominently displayed at the GFMD venue. It addressed one of the issues discussed under Roundtable 3.1, “Improving Public Perceptions of Migrants and Migration: Challenging Pre-conceptions and Shaping Perceptions”, and aimed to collect compelling visual evidence of the contributions that migrants and diasporas make to development.',
        organisers: [{ organisation: org('jmdi'), role: 'organiser' }],
        parentEventId: ref('event:gfmd-2012'),
        photoSubmissions: 41,
        videoSubmissions: 15,
      }),
    ],
    [
      'hld-2013',
      () => ({
        ...BLANK,
        title: '2013 High-level Dialogue on International Migration and Development',
        kind: 'other',
        startDate: '2013',
        summary:
          'The UN General Assembly High-level Dialogue on International Migration and Development. Its overall theme calls for efforts “to strengthen coherence and cooperation at all levels, with a view to enhancing the benefits of international migration for migrants and countries alike and its important links to development, while reducing its negative implications”. UNDP contributes to its preparations through the Global Migration Group and its member agencies at the global and country levels.',
      }),
    ],
    [
      'hld-2013-rt1',
      () => ({
        ...BLANK,
        title:
          'HLD Roundtable 1: Assessing the effects of international migration on sustainable development and identifying relevant priorities in view of the preparation of the post-2015 development framework',
        kind: 'roundtable',
        startDate: '2013',
        summary:
          'UNDP will seek to feed key findings from its 2009 Human Development Report, a milestone contribution to the debate on migration and development from a human development perspective, into the discussions of this roundtable.',
        organisers: [{ organisation: org('undp'), role: 'contributor' }],
        parentEventId: ref('event:hld-2013'),
      }),
    ],
    [
      'hld-2013-rt3',
      () => ({
        ...BLANK,
        title:
          'HLD Roundtable 3: Strengthening partnerships and cooperation on international migration, mechanisms to effectively integrate migration into development policies and promoting coherence at all levels',
        kind: 'roundtable',
        startDate: '2013',
        summary:
          'Consolidated lessons from the pilot project on mainstreaming migration into national development strategies will be shared during the preparatory process for the High-level Dialogue, to support an evidence-based and practically oriented discussion, especially under this roundtable.',
        organisers: [{ organisation: org('undp'), role: 'contributor' }],
        programmeId: ref('programme:pilot'),
        parentEventId: ref('event:hld-2013'),
      }),
    ],
  ];

  for (const [key, build] of events) {
    const input = build();
    const existing = await findEventIdByTitle(context.db.kysely, input.title);
    if (existing) {
      context.refs.set(`event:${key}`, existing);
      continue;
    }
    const result = await createEvent(context.db, access, input);
    if (!result.ok) throw new Error(`Demo event "${key}" was refused: ${JSON.stringify(result)}`);
    context.refs.set(`event:${key}`, result.value.id);
  }
}
