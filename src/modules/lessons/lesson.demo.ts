import { ANONYMOUS } from '../../auth/actor.ts';
import type { DemoContext } from '../../module-kit/demo-context.ts';
import { createLesson } from './lesson.service.ts';
import { unknownThemeIds } from './lesson.themes.ts';

/** The four pilot processes the processes module's demo creates. */
const PILOTS = ['process:bgd', 'process:jam', 'process:mda', 'process:tun'];

const SOURCE =
  'UNDP, contribution to the Eleventh Coordination Meeting on International Migration (2013): preliminary insights of the pilot project, shared across the four pilot countries';

/** The seed's lessons a) to g), word for word (the seed's "JMIDI" is the JMDI), with their theme. */
export const SEED_LESSONS: { label: string; theme: string; text: string }[] = [
  {
    label: 'a',
    theme: 'theme:coordination-body',
    text: "The important role of a coordinating body with a cross-cutting mandate (i.e. the planning commission; prime minister's office) to foster a 'whole-of-government' approach to migration and development.",
  },
  {
    label: 'b',
    theme: 'theme:political-buy-in',
    text: 'The need for high-level political buy-in to ensure the sustainability of the process.',
  },
  {
    label: 'c',
    theme: 'theme:stakeholder-consultation',
    text: 'The benefit of broad-based stakeholder consultations including with civil society partners.',
  },
  {
    label: 'd',
    theme: 'theme:destination-dialogue',
    text: 'The opportunity to use the mainstreaming process to advance dialogue with major destination countries.',
  },
  {
    label: 'e',
    theme: 'theme:synergies',
    text: 'The synergies that exist with other M&D related initiatives such as the EC-UN Joint Migration and Development Initiative (JMDI) and Extended Migration Profiles.',
  },
  {
    label: 'f',
    theme: 'theme:handbook',
    text: 'The usefulness of the GMG Handbook on Mainstreaming Migration into Development Planning in providing guiding principles and their applicability at both the local and national levels.',
  },
  {
    label: 'g',
    theme: 'theme:capacity',
    text: "The need for capacity strengthening among all engaged stakeholders, including the members of the UNCT, so as to enable them to increasingly 'deliver as one' in support of migration mainstreaming processes.",
  },
];

/**
 * The pilot's preliminary insights were shared across the four countries: each pilot process
 * carries lessons a) to g), dated 2013 (the 2012/2013 lessons collection), with no stage (the seed
 * names none) and nothing country-specific. A pilot process the demo did not create is skipped;
 * a lesson already in a process's log is not added again, so the step can run twice.
 */
export async function loadLessonDemo(context: DemoContext): Promise<void> {
  const k = context.db.kysely;
  const missingThemes = new Set(
    await unknownThemeIds(
      k,
      SEED_LESSONS.map((l) => l.theme),
    ),
  );
  const base = Date.now();
  for (const ref of PILOTS) {
    const processId = context.refs.get(ref);
    if (!processId) continue;
    const process = await k
      .selectFrom('processes')
      .select(['id', 'visibility'])
      .where('id', '=', processId)
      .executeTakeFirst();
    if (!process) continue;
    const existing = new Set(
      (await k.selectFrom('lessons').select('text').where('process_id', '=', processId).execute()).map(
        (r) => r.text,
      ),
    );
    for (const [index, lesson] of SEED_LESSONS.entries()) {
      if (existing.has(lesson.text)) continue;
      const result = await createLesson(
        context.db,
        { actor: ANONYMOUS, process, may: { edit: true }, system: { userId: context.actorId } },
        {
          text: lesson.text,
          themes: missingThemes.has(lesson.theme) ? [] : [lesson.theme],
          tags: [],
          stage: null,
          date: '2013',
          source: SOURCE,
        },
        // Recorded a second apart, so the log reads a) to g).
        new Date(base + index * 1000).toISOString(),
      );
      if (!result.ok)
        throw new Error(`Demo lesson ${lesson.label} for ${ref} was refused: ${JSON.stringify(result)}`);
    }
  }
}
