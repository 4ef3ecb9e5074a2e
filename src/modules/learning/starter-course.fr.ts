import type { CourseDefinition } from './course.service.ts';

/** The starter course in French: the same five modules as `STARTER_COURSE_EN`, written for French readers. */
export const STARTER_COURSE_FR: CourseDefinition = {
  locale: 'fr',
  title: 'Intégrer la migration dans la planification du développement',
  summary:
    'Cinq modules courts pour les autorités locales et les équipes nationales : pourquoi intégrer la migration, comment lancer le processus, qui associer, quels outils utiliser et comment regarder au-delà du niveau national. Environ une heure en tout.',
  published: true,
  modules: [
    {
      title: '1. Pourquoi intégrer la migration dans la planification du développement',
      intro: "Ce que signifie l'intégration et ce qu'elle apporte selon les gouvernements qui l'ont essayée.",
      passMark: 67,
      lessons: [
        {
          title: "Ce que signifie l'intégration",
          body: `Intégrer la migration dans la planification du développement, c'est faire de la migration une partie explicite des plans de développement et des politiques sectorielles d'un pays ou d'une ville, plutôt qu'un sujet à part confié à un seul ministère.

Le projet pilote mené par le PNUD et l'OIM dans quatre pays (Bangladesh, Jamaïque, Moldova et Tunisie) visait à permettre aux pays de traiter de façon globale les liens entre migration et développement dans leurs politiques et programmes nationaux, et à créer des mécanismes durables de consultation et de suivi au sein du gouvernement et avec les autres parties prenantes.

Il visait aussi à renforcer les capacités des équipes de pays des Nations Unies pour conseiller et appuyer les gouvernements et leurs partenaires sur la migration et le développement.`,
        },
        {
          title: "Ce qu'elle apporte selon les gouvernements",
          body: `Lors de l'atelier préparatoire à la table ronde du Forum mondial sur la migration et le développement (FMMD) consacrée à la prise en compte de la migration dans la planification du développement, les gouvernements ont vu trois apports.

D'abord, une manière plus stratégique, orientée vers les résultats, de faire les politiques. Ensuite, une plus grande cohérence au sein du gouvernement : horizontalement entre ministères, et verticalement entre niveaux de gouvernement. Enfin, l'occasion d'associer les acteurs non gouvernementaux et les partenaires internationaux de manière structurée et institutionnalisée.

Ils ont aussi nommé les difficultés : le manque de données et de capacités, et le fait que la vision positive de la migration comme force de développement n'est pas partagée par tous ; les différences de perspective doivent être surmontées à tous les niveaux de gouvernance.`,
        },
      ],
      questions: [
        {
          prompt: 'Que signifie intégrer la migration dans la planification du développement ?',
          kind: 'single',
          options: [
            {
              label: 'Faire de la migration une partie explicite des plans et des politiques sectorielles',
              correct: true,
            },
            { label: 'Créer un ministère de la migration qui travaille seul', correct: false },
            { label: 'Réduire le nombre de personnes qui migrent', correct: false },
          ],
        },
        {
          prompt:
            "Quelles formes de cohérence les gouvernements attendaient-ils de l'intégration ? Choisissez toutes les bonnes réponses.",
          kind: 'multiple',
          options: [
            { label: 'Une cohérence horizontale, entre ministères', correct: true },
            { label: 'Une cohérence verticale, entre niveaux de gouvernement', correct: true },
            { label: 'Une cohérence obtenue en écartant la société civile', correct: false },
          ],
        },
        {
          prompt: 'Quelles difficultés les gouvernements ont-ils signalées ?',
          kind: 'multiple',
          options: [
            { label: 'Le manque de données', correct: true },
            { label: 'Le manque de capacités', correct: true },
            { label: 'Un accord trop grand de tous les acteurs sur la migration', correct: false },
          ],
        },
      ],
    },
    {
      title: '2. Un organe de coordination et une adhésion politique',
      intro: 'Qui conduit le processus, et comment le faire durer.',
      passMark: 67,
      lessons: [
        {
          title: 'Un organe au mandat transversal',
          body: `Premier enseignement des pays pilotes : le rôle important d'un organe de coordination au mandat transversal, comme la commission de planification ou les services du Premier ministre.

Un tel organe peut réunir les ministères dans une approche pangouvernementale : la migration touche le travail, l'éducation, la santé, les finances, la protection sociale et d'autres domaines, et aucun ministère sectoriel ne peut à lui seul amener les autres à planifier en conséquence.

Dans Corridor, un processus désigne son organe de coordination ainsi que les ministères et niveaux de gouvernement concernés, pour que chacun voie qui est à la table.`,
        },
        {
          title: 'Une adhésion politique au plus haut niveau',
          body: `Deuxième enseignement : il faut une adhésion politique au plus haut niveau pour que le processus soit durable.

Un processus d'intégration ne survit à un atelier que si les dirigeants au sommet du gouvernement se l'approprient : ils donnent son mandat à l'organe de coordination, demandent des comptes aux ministères et maintiennent la migration dans le plan quand les priorités changent.

Au lancement d'un processus, notez qui le soutient au plus haut niveau et sous quelle forme (une décision, un mandat, une ligne du plan de développement).`,
        },
      ],
      questions: [
        {
          prompt: 'Quel type d’organe les pays pilotes ont-ils jugé le mieux placé pour coordonner ?',
          kind: 'single',
          options: [
            { label: 'Un organe au mandat transversal, comme la commission de planification', correct: true },
            { label: 'Un seul ministère sectoriel agissant seul', correct: false },
            { label: 'Une agence internationale qui remplace le gouvernement', correct: false },
          ],
        },
        {
          prompt: 'À quoi sert une adhésion politique au plus haut niveau, selon le projet pilote ?',
          kind: 'single',
          options: [
            { label: 'À rendre le processus durable', correct: true },
            { label: 'À éviter de consulter la société civile', correct: false },
            { label: "À remplacer l'organe de coordination", correct: false },
          ],
        },
        {
          prompt: 'Que suppose une approche pangouvernementale ?',
          kind: 'single',
          options: [
            {
              label:
                'Des ministères et des niveaux de gouvernement qui travaillent ensemble sur la migration',
              correct: true,
            },
            { label: 'Le seul ministère des Affaires étrangères', correct: false },
            { label: 'Les seules autorités locales', correct: false },
          ],
        },
      ],
    },
    {
      title: '3. Consulter les parties prenantes et les autorités locales',
      intro: "Pourquoi des consultations larges comptent, et ce qu'apportent les autorités locales.",
      passMark: 67,
      lessons: [
        {
          title: 'Des consultations larges',
          body: `Les pays pilotes ont constaté l'intérêt de consultations larges avec les parties prenantes, y compris les partenaires de la société civile.

Les associations de migrants et de la diaspora, la société civile, le secteur privé et les partenaires sociaux savent des choses que le gouvernement ignore, et ils aident à porter le plan. Les consulter sur les projets de texte, et dire ce qui a été fait de leurs commentaires, construit la compréhension commune dont l'intégration a besoin.`,
        },
        {
          title: 'Le niveau local',
          body: `Les causes et les effets de la migration se font souvent le plus sentir au niveau local : sur le marché du travail local, la taille et la composition de la population, et les besoins en services publics.

Les conclusions de la première phase de l'Initiative conjointe migration et développement CE-ONU (ICMD) ont montré que les activités de migration et développement réussissent le mieux quand les organisations de la société civile et les collectivités locales forment des partenariats stratégiques ; les interventions les plus réussies et les plus durables étaient solidement ancrées dans les collectivités locales des pays d'origine et de destination.

Les premières expériences de collectivités locales ont montré de meilleurs services pour les migrants, leurs familles et leurs communautés, et un engagement actif avec eux. Une condition clé est la décentralisation : les collectivités locales ont besoin que certaines compétences et ressources leur soient transférées.`,
        },
      ],
      questions: [
        {
          prompt:
            'Qui des consultations larges doivent-elles associer ? Choisissez toutes les bonnes réponses.',
          kind: 'multiple',
          options: [
            { label: 'Les partenaires de la société civile', correct: true },
            { label: 'Les associations de migrants et de la diaspora', correct: true },
            { label: 'Le seul organe de coordination', correct: false },
          ],
        },
        {
          prompt:
            "Selon l'ICMD, qu'est-ce qui rendait les interventions les plus réussies et les plus durables ?",
          kind: 'single',
          options: [
            {
              label:
                'Un ancrage solide dans les collectivités locales, en partenariat avec la société civile',
              correct: true,
            },
            { label: 'Un travail sans aucune collectivité locale', correct: false },
            { label: 'Des projets ponctuels et courts', correct: false },
          ],
        },
        {
          prompt:
            "Quelle condition les collectivités locales ont-elles citée pour l'intégration à leur niveau ?",
          kind: 'single',
          options: [
            {
              label: 'La décentralisation et le transfert de certaines compétences et ressources',
              correct: true,
            },
            { label: 'Une nouvelle loi nationale sur la migration', correct: false },
            { label: 'La fin des consultations locales', correct: false },
          ],
        },
      ],
    },
    {
      title: '4. Données et outils',
      intro: 'Profils migratoires, manuel du GMG et listes de contrôle des politiques.',
      passMark: 67,
      lessons: [
        {
          title: 'Profils migratoires étendus et données',
          body: `Le projet pilote a relevé des synergies avec d'autres initiatives de migration et développement, comme l'ICMD et les profils migratoires étendus.

Un profil migratoire étendu rassemble les données dont un plan a besoin : les effectifs de migrants par origine et destination, les envois de fonds et leur coût, et les données qui manquent. Les gouvernements ont signalé le manque de données comme une difficulté : connaître les lacunes fait partie des données.

Dans Corridor, le profil d'un pays montre ces chiffres avec leur source et leur année, et indique les données manquantes au lieu d'afficher zéro.`,
        },
        {
          title: 'Le manuel du GMG et les listes de contrôle',
          body: `Les pays pilotes ont jugé utile le manuel du Groupe mondial sur la migration (GMG) sur l'intégration de la migration dans la planification du développement, pour ses principes directeurs applicables au niveau local comme au niveau national.

La deuxième phase du projet pilote prévoit des outils plus pratiques : des notes d'orientation sectorielles, des listes de contrôle des politiques et des modules de formation. Une liste de contrôle permet à une équipe d'évaluer dans quelle mesure les politiques de chaque secteur tiennent compte de la migration, et de transformer les lacunes en actions du plan.

La bibliothèque de guides de Corridor accueille ces notes, et ses listes de contrôle peuvent être évaluées par l'équipe d'un processus.`,
        },
      ],
      questions: [
        {
          prompt: "Qu'apporte un profil migratoire étendu à un processus d'intégration ?",
          kind: 'single',
          options: [
            { label: 'Les données dont le plan a besoin, y compris celles qui manquent', correct: true },
            { label: 'Un plan de développement terminé', correct: false },
            { label: 'Une liste de migrants à contacter', correct: false },
          ],
        },
        {
          prompt:
            'À quels niveaux les principes directeurs du manuel du GMG s’appliquent-ils, selon les pays pilotes ?',
          kind: 'single',
          options: [
            { label: 'Au niveau local comme au niveau national', correct: true },
            { label: 'Au seul niveau national', correct: false },
            { label: 'Aux seules organisations internationales', correct: false },
          ],
        },
        {
          prompt:
            'Quels outils pratiques la deuxième phase du projet pilote prévoit-elle ? Choisissez toutes les bonnes réponses.',
          kind: 'multiple',
          options: [
            { label: "Des notes d'orientation sectorielles", correct: true },
            { label: 'Des listes de contrôle des politiques', correct: true },
            { label: 'Des modules de formation', correct: true },
            { label: 'Une interdiction des consultations', correct: false },
          ],
        },
      ],
    },
    {
      title: '5. Au-delà des frontières et dans la durée',
      intro: 'Dialogue avec les pays de destination, réciprocité, capacités et suivi.',
      passMark: 67,
      lessons: [
        {
          title: "Dialogue et réciprocité le long d'un corridor",
          body: `Le projet pilote a montré qu'un processus d'intégration peut servir à faire avancer le dialogue avec les grands pays de destination. Les pays ont aussi souligné la nécessité de regarder au-delà du niveau national et d'associer des partenaires bilatéraux et régionaux.

L'atelier du FMMD a mis en avant la réciprocité : une intégration menée conjointement ou en parallèle par des pays d'origine et de destination reliés par un même corridor migratoire. Des pays du Sud ont demandé que cette approche, et une plus grande cohérence des politiques, s'appliquent dans tous les pays.

Dans Corridor, deux processus d'un même corridor peuvent être jumelés, pour que chacun voie les actions de l'autre.`,
        },
        {
          title: 'Capacités et suivi',
          body: `Dernier enseignement du projet pilote : il faut renforcer les capacités de toutes les parties engagées, y compris les membres de l'équipe de pays des Nations Unies, pour qu'elles puissent de plus en plus « être unies dans l'action » en appui à l'intégration. Les pays ont aussi dit qu'il est difficile de trouver une expertise spécialisée en migration et développement.

L'intégration ne s'arrête pas quand le plan est écrit : le projet pilote visait à créer des mécanismes de suivi durables, et à recueillir les enseignements pour que d'autres pays et villes s'en servent.

Prochaines étapes : ouvrir un processus dans Corridor, évaluer une liste de contrôle, transformer les lacunes en actions et fixer des indicateurs pour les suivre.`,
        },
      ],
      questions: [
        {
          prompt: "Que signifie la réciprocité dans l'intégration de la migration ?",
          kind: 'single',
          options: [
            {
              label:
                "Des pays d'origine et de destination d'un même corridor qui intègrent la migration ensemble ou en parallèle",
              correct: true,
            },
            { label: 'Chaque pays qui intègre la migration sans tenir compte des autres', correct: false },
            { label: 'Les seuls pays de destination qui planifient la migration', correct: false },
          ],
        },
        {
          prompt:
            'Les capacités de qui faut-il renforcer, selon le projet pilote ? Choisissez toutes les bonnes réponses.',
          kind: 'multiple',
          options: [
            { label: 'Toutes les parties engagées', correct: true },
            { label: "Les membres de l'équipe de pays des Nations Unies", correct: true },
            { label: 'Personne : les capacités ne posent pas de problème', correct: false },
          ],
        },
        {
          prompt: "Que doit créer un processus d'intégration pour durer au-delà du plan ?",
          kind: 'single',
          options: [
            { label: 'Des mécanismes durables de consultation et de suivi', correct: true },
            { label: 'Un rapport unique, jamais mis à jour', correct: false },
            { label: "Un groupe fermé d'experts", correct: false },
          ],
        },
      ],
    },
  ],
};
