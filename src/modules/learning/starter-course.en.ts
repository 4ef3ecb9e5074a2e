import type { CourseDefinition } from './course.service.ts';

/**
 * The starter course, written for Corridor from the seed (UNDP's 2013 paper on the pilot project
 * "Mainstreaming migration into national development strategies" and the JMDI's second phase):
 * five short modules following the steps and lessons the seed names. No figures beyond the seed's.
 */
export const STARTER_COURSE_EN: CourseDefinition = {
  locale: 'en',
  title: 'Mainstreaming migration into development planning',
  summary:
    'Five short modules for local authorities and national teams: why to mainstream migration, how to set up the process, who to involve, which tools to use, and how to look beyond the national level. About an hour in all.',
  published: true,
  modules: [
    {
      title: '1. Why mainstream migration into development planning',
      intro: 'What mainstreaming means and what governments that tried it say it adds.',
      passMark: 67,
      lessons: [
        {
          title: 'What mainstreaming means',
          body: `Mainstreaming migration into development planning means making migration an explicit part of a country's or a city's development plans and sector policies, rather than a separate topic handled by one ministry.

The pilot project led by UNDP and IOM in four countries (Bangladesh, Jamaica, Moldova and Tunisia) aimed to let countries address the links between migration and development comprehensively in their national policies and programmes, and to create lasting consultation and monitoring mechanisms within government and with other stakeholders.

It also aimed to strengthen the capacities of UN Country Teams to advise and support governments and their partners on migration and development.`,
        },
        {
          title: 'What governments said it adds',
          body: `At the preparatory workshop for the Global Forum on Migration and Development (GFMD) roundtable on factoring migration into development planning, governments saw three kinds of added value.

First, a more strategic, outcome-oriented way of making policy. Second, greater coherence within government: horizontally between ministries, and vertically between levels of government. Third, the chance to involve non-governmental stakeholders and international partners in a structured, institutionalised way.

They also named the challenges: a lack of data and of capacities to support the work, and the fact that a positive view of migration as a force for development is not shared by everyone, so differences in perspective have to be bridged at all levels of governance.`,
        },
      ],
      questions: [
        {
          prompt: 'What does mainstreaming migration into development planning mean?',
          kind: 'single',
          options: [
            {
              label: 'Making migration an explicit part of development plans and sector policies',
              correct: true,
            },
            { label: 'Creating a separate migration ministry that works alone', correct: false },
            { label: 'Reducing the number of people who migrate', correct: false },
          ],
        },
        {
          prompt:
            'Which kinds of coherence did governments expect from mainstreaming? Choose all that apply.',
          kind: 'multiple',
          options: [
            { label: 'Horizontal coherence, between ministries', correct: true },
            { label: 'Vertical coherence, between levels of government', correct: true },
            { label: 'Coherence achieved by leaving civil society out', correct: false },
          ],
        },
        {
          prompt: 'Which challenges did governments report?',
          kind: 'multiple',
          options: [
            { label: 'A lack of data', correct: true },
            { label: 'A lack of capacities', correct: true },
            { label: 'Too much agreement on migration among all actors', correct: false },
          ],
        },
      ],
    },
    {
      title: '2. A coordinating body and political buy-in',
      intro: 'Who leads the process, and how to make it last.',
      passMark: 67,
      lessons: [
        {
          title: 'A body with a cross-cutting mandate',
          body: `The first insight from the pilot countries is the important role of a coordinating body with a cross-cutting mandate, such as the planning commission or the prime minister's office.

Such a body can bring ministries together in a whole-of-government approach: migration touches labour, education, health, finance, social protection and more, and no single sector ministry can make the others plan for it.

In Corridor, a process names its coordinating body and the ministries and levels of government involved, so everyone can see who is at the table.`,
        },
        {
          title: 'High-level political buy-in',
          body: `The second insight is the need for high-level political buy-in to make the process sustainable.

A mainstreaming process outlives a workshop only when leaders at the top of government own it: they give the coordinating body its mandate, ask ministries to report, and keep migration in the plan when priorities shift.

When you start a process, note who at the highest level supports it and how that support is expressed (a decision, a mandate, a line in the development plan).`,
        },
      ],
      questions: [
        {
          prompt: 'Which kind of body did the pilot countries find best placed to coordinate?',
          kind: 'single',
          options: [
            { label: 'A body with a cross-cutting mandate, such as the planning commission', correct: true },
            { label: 'A single sector ministry acting alone', correct: false },
            { label: 'An international agency replacing the government', correct: false },
          ],
        },
        {
          prompt: 'What is high-level political buy-in needed for, according to the pilot?',
          kind: 'single',
          options: [
            { label: 'To make the process sustainable', correct: true },
            { label: 'To avoid consulting civil society', correct: false },
            { label: 'To replace the coordinating body', correct: false },
          ],
        },
        {
          prompt: 'What does a whole-of-government approach involve?',
          kind: 'single',
          options: [
            { label: 'Ministries and levels of government working on migration together', correct: true },
            { label: 'Only the ministry of foreign affairs', correct: false },
            { label: 'Only local authorities', correct: false },
          ],
        },
      ],
    },
    {
      title: '3. Consulting stakeholders and local authorities',
      intro: 'Why broad consultations matter, and what local authorities bring.',
      passMark: 67,
      lessons: [
        {
          title: 'Broad-based stakeholder consultations',
          body: `The pilot countries found a clear benefit in broad-based consultations with stakeholders, including civil society partners.

Migrant and diaspora associations, civil society, the private sector and social partners know things government does not, and they help carry the plan. Consulting them on drafts, and saying what was done with their comments, builds the shared understanding that mainstreaming needs.`,
        },
        {
          title: 'The local level',
          body: `The drivers and impact of migration are often felt most strongly at the local level: on the local labour market, the size and make-up of the population, and the need for public services.

Findings from the first phase of the EC-UN Joint Migration and Development Initiative (JMDI) showed that migration and development activities work best when civil society organisations and local governments form strategic partnerships; the most successful and sustainable interventions had strong anchorage with local governments in countries of origin and destination.

The first experiences of local governments in mainstreaming showed better service delivery for migrants, their families and communities, and active engagement with them. A key condition is decentralisation: local governments need some competencies and resources devolved to them.`,
        },
      ],
      questions: [
        {
          prompt: 'Who should broad-based consultations include? Choose all that apply.',
          kind: 'multiple',
          options: [
            { label: 'Civil society partners', correct: true },
            { label: 'Migrant and diaspora associations', correct: true },
            { label: 'Only the coordinating body', correct: false },
          ],
        },
        {
          prompt:
            'According to the JMDI, what made migration and development interventions most successful and sustainable?',
          kind: 'single',
          options: [
            {
              label: 'Strong anchorage with local governments, in partnership with civil society',
              correct: true,
            },
            { label: 'Working without any local government involvement', correct: false },
            { label: 'Short one-off projects', correct: false },
          ],
        },
        {
          prompt: 'Which condition did local governments name for mainstreaming at their level?',
          kind: 'single',
          options: [
            { label: 'Decentralisation and devolution of some competencies and resources', correct: true },
            { label: 'A new national migration law', correct: false },
            { label: 'Closing local consultations', correct: false },
          ],
        },
      ],
    },
    {
      title: '4. Evidence and tools',
      intro: 'Migration profiles, the GMG Handbook and policy checklists.',
      passMark: 67,
      lessons: [
        {
          title: 'Extended Migration Profiles and data',
          body: `The pilot found synergies with other migration and development initiatives, such as the JMDI and Extended Migration Profiles.

An Extended Migration Profile gathers the evidence a plan needs: migrant stocks by origin and destination, remittances and their cost, and the data that are missing. Governments reported the lack of data as a challenge, so knowing the gaps is part of the evidence.

In Corridor, a country's profile shows these figures with their source and year, and says where data are missing rather than showing zero.`,
        },
        {
          title: 'The GMG Handbook and policy checklists',
          body: `The pilot countries found the Global Migration Group (GMG) Handbook on Mainstreaming Migration into Development Planning useful for its guiding principles, which apply at both the local and the national level.

The second phase of the pilot foresees more practical tools: sector-specific policy guidance notes, policy checklists and training modules. A checklist lets a team score how far each sector's policies take migration into account, and turn the gaps into actions of the plan.

Corridor's guidance library holds such notes, and its checklists can be scored by a process team.`,
        },
      ],
      questions: [
        {
          prompt: 'What does an Extended Migration Profile bring to a mainstreaming process?',
          kind: 'single',
          options: [
            { label: 'The evidence a plan needs, including what data are missing', correct: true },
            { label: 'A finished development plan', correct: false },
            { label: 'A list of migrants to contact', correct: false },
          ],
        },
        {
          prompt:
            'At which levels do the GMG Handbook’s guiding principles apply, according to the pilot countries?',
          kind: 'single',
          options: [
            { label: 'Both the local and the national level', correct: true },
            { label: 'Only the national level', correct: false },
            { label: 'Only international organisations', correct: false },
          ],
        },
        {
          prompt: 'Which practical tools does the second phase of the pilot foresee? Choose all that apply.',
          kind: 'multiple',
          options: [
            { label: 'Sector-specific policy guidance notes', correct: true },
            { label: 'Policy checklists', correct: true },
            { label: 'Training modules', correct: true },
            { label: 'A ban on consultations', correct: false },
          ],
        },
      ],
    },
    {
      title: '5. Beyond borders and over time',
      intro: 'Dialogue with destination countries, reciprocity, capacity and monitoring.',
      passMark: 67,
      lessons: [
        {
          title: 'Dialogue and reciprocity along a corridor',
          body: `The pilot showed the opportunity to use the mainstreaming process to advance dialogue with major destination countries. Countries also stressed the need to look beyond the national level and engage bilateral and regional partners.

The GFMD workshop highlighted reciprocity: mainstreaming undertaken jointly or in parallel by countries of origin and destination connected by the same migration corridor. Countries from the South have called for the approach, and greater policy coherence, to be applied in all countries.

In Corridor, two processes on the same corridor can be paired, so each sees the other's actions.`,
        },
        {
          title: 'Capacity and monitoring',
          body: `The last insight of the pilot is the need to strengthen the capacities of everyone involved, members of the UN Country Team included, so that they can increasingly "deliver as one" in support of mainstreaming. Countries also said specialised migration and development expertise is hard to find.

Mainstreaming is not finished when the plan is written: the pilot aimed to create sustainable monitoring mechanisms, and to collect lessons learned so that other countries and cities can use them.

Next steps: open a process in Corridor, score a checklist, turn the gaps into actions, and set indicators to follow them.`,
        },
      ],
      questions: [
        {
          prompt: 'What does reciprocity mean in migration mainstreaming?',
          kind: 'single',
          options: [
            {
              label: 'Origin and destination countries of one corridor mainstreaming jointly or in parallel',
              correct: true,
            },
            { label: 'Each country mainstreaming without regard to others', correct: false },
            { label: 'Only destination countries planning for migration', correct: false },
          ],
        },
        {
          prompt: 'Whose capacities need strengthening, according to the pilot? Choose all that apply.',
          kind: 'multiple',
          options: [
            { label: 'All engaged stakeholders', correct: true },
            { label: 'Members of the UN Country Team', correct: true },
            { label: 'Nobody: capacity is not an issue', correct: false },
          ],
        },
        {
          prompt: 'What should a mainstreaming process create so that it lasts beyond the plan?',
          kind: 'single',
          options: [
            { label: 'Sustainable consultation and monitoring mechanisms', correct: true },
            { label: 'A single report, never updated', correct: false },
            { label: 'A closed group of experts', correct: false },
          ],
        },
      ],
    },
  ],
};
