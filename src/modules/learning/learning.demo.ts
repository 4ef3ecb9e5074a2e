import type { DemoContext } from '../../module-kit/demo-context.ts';
import { courseIdByTitle } from './course.repository.ts';
import { createCourse } from './course.service.ts';
import { guidanceIdByTitle } from './guidance.repository.ts';
import { addGuidance } from './guidance.service.ts';
import { STARTER_COURSE_EN } from './starter-course.en.ts';
import { STARTER_COURSE_FR } from './starter-course.fr.ts';

const INSIGHTS_EN = `The pilot project "Mainstreaming migration into national development strategies", led by UNDP and IOM in Bangladesh, Jamaica, Moldova and Tunisia, gathered preliminary insights over 2012 and 2013. UNDP's 2013 contribution to the Eleventh Coordination Meeting on International Migration lists them:

a) the important role of a coordinating body with a cross-cutting mandate (the planning commission, the prime minister's office) to foster a whole-of-government approach to migration and development;

b) the need for high-level political buy-in to ensure the sustainability of the process;

c) the benefit of broad-based stakeholder consultations, including with civil society partners;

d) the opportunity to use the mainstreaming process to advance dialogue with major destination countries;

e) the synergies with other migration and development initiatives, such as the EC-UN Joint Migration and Development Initiative (JMDI) and Extended Migration Profiles;

f) the usefulness of the GMG Handbook on Mainstreaming Migration into Development Planning for its guiding principles, which apply at both the local and the national level;

g) the need to strengthen the capacities of all engaged stakeholders, members of the UN Country Team included, so that they can increasingly "deliver as one".

This note is demo content written for Corridor from that paper; it quotes no figures the paper does not give.`;

const INSIGHTS_FR = `Le projet pilote « Intégrer la migration dans les stratégies nationales de développement », mené par le PNUD et l'OIM au Bangladesh, en Jamaïque, en Moldova et en Tunisie, a recueilli des enseignements préliminaires en 2012 et 2013. La contribution du PNUD à la onzième réunion de coordination sur les migrations internationales (2013) les énumère :

a) le rôle important d'un organe de coordination au mandat transversal (commission de planification, services du Premier ministre) pour favoriser une approche pangouvernementale ;

b) la nécessité d'une adhésion politique au plus haut niveau pour assurer la durabilité du processus ;

c) l'intérêt de consultations larges des parties prenantes, y compris des partenaires de la société civile ;

d) l'occasion d'utiliser le processus pour faire avancer le dialogue avec les grands pays de destination ;

e) les synergies avec d'autres initiatives, comme l'Initiative conjointe migration et développement CE-ONU (ICMD) et les profils migratoires étendus ;

f) l'utilité du manuel du GMG sur l'intégration de la migration dans la planification du développement, pour ses principes directeurs applicables aux niveaux local et national ;

g) la nécessité de renforcer les capacités de toutes les parties engagées, y compris les membres de l'équipe de pays des Nations Unies, pour qu'elles soient de plus en plus « unies dans l'action ».

Cette note est un contenu de démonstration écrit pour Corridor à partir de ce document ; elle ne cite aucun chiffre qu'il ne donne pas.`;

const THEMES = [
  'theme:coordination-body',
  'theme:political-buy-in',
  'theme:stakeholder-consultation',
  'theme:destination-dialogue',
  'theme:synergies',
  'theme:handbook',
  'theme:capacity',
];

/**
 * The learning module's demo: a guidance note on the pilot's seven insights (English and French)
 * and the starter course in English and French, linked as one course in two languages. A step
 * that finds its title already there does nothing, so the demo can run again.
 */
export async function loadLearningDemo(context: DemoContext): Promise<void> {
  const { db, actorId } = context;

  const noteTitle = 'Seven insights from the mainstreaming pilot';
  let noteId: string | undefined = await guidanceIdByTitle(db.kysely, noteTitle);
  if (!noteId) {
    const note = await addGuidance(db, actorId, {
      kind: 'note',
      locale: 'en',
      title: noteTitle,
      summary:
        'What the four pilot countries learned about mainstreaming migration, in the words of UNDP’s 2013 paper.',
      body: INSIGHTS_EN,
      checklistTemplateId: null,
      translationOf: null,
      changeNote: '',
      tags: THEMES,
    });
    if (!note.ok) throw new Error(`Demo guidance failed: ${JSON.stringify(note)}`);
    noteId = note.value.id;
    const french = await addGuidance(db, actorId, {
      kind: 'note',
      locale: 'fr',
      title: 'Sept enseignements du projet pilote d’intégration',
      summary:
        'Ce que les quatre pays pilotes ont appris sur l’intégration de la migration, selon le document du PNUD de 2013.',
      body: INSIGHTS_FR,
      checklistTemplateId: null,
      translationOf: noteId,
      changeNote: '',
      tags: THEMES,
    });
    if (!french.ok) throw new Error(`Demo guidance failed: ${JSON.stringify(french)}`);
  }
  if (noteId) context.refs.set('guidance:insights', noteId);

  let courseId = await courseIdByTitle(db.kysely, STARTER_COURSE_EN.title);
  if (!courseId) {
    const en = await createCourse(db, actorId, STARTER_COURSE_EN);
    if (!en.ok) throw new Error(`Demo course failed: ${JSON.stringify(en)}`);
    courseId = en.value.id;
    const fr = await createCourse(db, actorId, { ...STARTER_COURSE_FR, translationOf: courseId });
    if (!fr.ok) throw new Error(`Demo course failed: ${JSON.stringify(fr)}`);
  }
  if (courseId) context.refs.set('course:starter', courseId);
}
