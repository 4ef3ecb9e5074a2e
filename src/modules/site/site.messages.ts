import type { ModuleMessages } from '../../i18n/catalogue.ts';

const en = {
  'nav.home': 'Home',
  'home.title': 'Make migration part of development planning',
  'home.lead':
    'Corridor brings together governments, local authorities, UN country teams, civil society and experts to mainstream migration into development plans: from evidence and policy-coherence checks to action plans, monitoring and shared lessons.',
  'home.figures': 'Corridor at a glance',
  'home.chain': 'How the work fits together',
  'home.chain.evidence': 'Evidence: migration profiles and data',
  'home.chain.assessment': 'Assessment: policy-coherence checklists and gaps',
  'home.chain.plan': 'Plan: actions in the development plan',
  'home.chain.monitoring': 'Monitoring: indicators, targets and values',
  'home.chain.lessons': 'Lessons learned and shared practices',
  'home.start': 'Browse countries',
  'home.countries': 'Countries and territories',
  'about.title': 'About Corridor',
  'about.body1':
    'Corridor is an open platform for mainstreaming migration into development planning. It supports the work described by the Global Migration Group: a government, its UN Country Team and its partners make migration an explicit part of their development plans and sector policies, monitor the result, and share what they learn.',
  'about.body2':
    'The demonstration content tells the story of the joint UNDP–IOM pilot project in Bangladesh, Jamaica, Moldova and Tunisia, the EC-UN Joint Migration and Development Initiative, and the preparations for the Global Forum on Migration and Development and the 2013 High-level Dialogue.',
  'about.source': 'Source document',
  'about.citation':
    'United Nations Development Programme (2013). Contributions of the United Nations Development Programme to the 2013 High-level Dialogue, the GFMD process, and inter-agency collaboration on migration and development. Eleventh Coordination Meeting on International Migration, Population Division, Department of Economic and Social Affairs, United Nations Secretariat, New York, 21–22 February 2013.',
  'about.data': 'Reference data',
  'about.dataBody':
    'Country names and codes follow ISO 3166-1; regions follow the UN M49 standard. Country names in each language come from the Unicode CLDR.',
};

export const siteMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'nav.home': 'Accueil',
    'home.title': 'Faire de la migration une composante de la planification du développement',
    'home.lead':
      "Corridor réunit gouvernements, autorités locales, équipes de pays des Nations Unies, société civile et experts pour intégrer la migration dans les plans de développement : des données probantes et de l'examen de la cohérence des politiques aux plans d'action, au suivi et au partage des enseignements.",
    'home.figures': "Corridor en un coup d'œil",
    'home.chain': "Comment s'enchaîne le travail",
    'home.chain.evidence': 'Données : profils migratoires et statistiques',
    'home.chain.assessment': 'Évaluation : listes de contrôle de la cohérence des politiques et lacunes',
    'home.chain.plan': 'Plan : actions inscrites dans le plan de développement',
    'home.chain.monitoring': 'Suivi : indicateurs, cibles et valeurs',
    'home.chain.lessons': 'Enseignements tirés et pratiques partagées',
    'home.start': 'Parcourir les pays',
    'home.countries': 'Pays et territoires',
    'about.title': 'À propos de Corridor',
    'about.body1':
      "Corridor est une plateforme ouverte pour l'intégration de la migration dans la planification du développement. Elle soutient le travail décrit par le Groupe mondial sur la migration : un gouvernement, son équipe de pays des Nations Unies et ses partenaires font de la migration une composante explicite de leurs plans de développement et de leurs politiques sectorielles, en suivent les résultats et partagent leurs enseignements.",
    'about.body2':
      "Le contenu de démonstration retrace le projet pilote conjoint PNUD–OIM au Bangladesh, en Jamaïque, en Moldavie et en Tunisie, l'Initiative conjointe CE-ONU pour la migration et le développement, et la préparation du Forum mondial sur la migration et le développement et du Dialogue de haut niveau de 2013.",
    'about.source': 'Document source',
    'about.citation':
      'Programme des Nations Unies pour le développement (2013). Contributions of the United Nations Development Programme to the 2013 High-level Dialogue, the GFMD process, and inter-agency collaboration on migration and development. Onzième réunion de coordination sur les migrations internationales, Division de la population, DAES, Secrétariat de l’ONU, New York, 21–22 février 2013.',
    'about.data': 'Données de référence',
    'about.dataBody':
      "Les noms et codes des pays suivent la norme ISO 3166-1 ; les régions suivent la norme M49 de l'ONU. Les noms des pays dans chaque langue proviennent du CLDR d'Unicode.",
  },
  es: {
    'nav.home': 'Inicio',
    'home.title': 'Integrar la migración en la planificación del desarrollo',
    'home.lead':
      'Corridor reúne a gobiernos, autoridades locales, equipos de las Naciones Unidas en los países, sociedad civil y expertos para integrar la migración en los planes de desarrollo: desde la evidencia y la revisión de la coherencia de las políticas hasta los planes de acción, el seguimiento y las lecciones compartidas.',
    'home.figures': 'Corridor de un vistazo',
    'home.chain': 'Cómo encaja el trabajo',
    'home.chain.evidence': 'Evidencia: perfiles migratorios y datos',
    'home.chain.assessment': 'Evaluación: listas de verificación de coherencia de políticas y brechas',
    'home.chain.plan': 'Plan: acciones en el plan de desarrollo',
    'home.chain.monitoring': 'Seguimiento: indicadores, metas y valores',
    'home.chain.lessons': 'Lecciones aprendidas y prácticas compartidas',
    'home.start': 'Ver los países',
    'home.countries': 'Países y territorios',
    'about.title': 'Acerca de Corridor',
    'about.body1':
      'Corridor es una plataforma abierta para integrar la migración en la planificación del desarrollo. Apoya el trabajo descrito por el Grupo Mundial sobre Migración: un gobierno, su equipo de las Naciones Unidas en el país y sus socios hacen de la migración una parte explícita de sus planes de desarrollo y políticas sectoriales, dan seguimiento a los resultados y comparten lo aprendido.',
    'about.body2':
      'El contenido de demostración cuenta la historia del proyecto piloto conjunto PNUD–OIM en Bangladesh, Jamaica, Moldavia y Túnez, la Iniciativa Conjunta CE-ONU sobre Migración y Desarrollo, y los preparativos del Foro Mundial sobre Migración y Desarrollo y del Diálogo de Alto Nivel de 2013.',
    'about.source': 'Documento fuente',
    'about.citation':
      'Programa de las Naciones Unidas para el Desarrollo (2013). Contributions of the United Nations Development Programme to the 2013 High-level Dialogue, the GFMD process, and inter-agency collaboration on migration and development. Undécima Reunión de Coordinación sobre Migración Internacional, División de Población, DAES, Secretaría de las Naciones Unidas, Nueva York, 21–22 de febrero de 2013.',
    'about.data': 'Datos de referencia',
    'about.dataBody':
      'Los nombres y códigos de los países siguen la norma ISO 3166-1; las regiones siguen la norma M49 de las Naciones Unidas. Los nombres de los países en cada idioma proceden del CLDR de Unicode.',
  },
  ar: {
    'nav.home': 'الرئيسية',
    'home.title': 'اجعل الهجرة جزءًا من تخطيط التنمية',
    'home.lead':
      'يجمع Corridor الحكومات والسلطات المحلية وأفرقة الأمم المتحدة القطرية والمجتمع المدني والخبراء لإدماج الهجرة في خطط التنمية: من الأدلة ومراجعة اتساق السياسات إلى خطط العمل والرصد وتبادل الدروس المستفادة.',
    'home.figures': 'Corridor في لمحة',
    'home.chain': 'كيف يترابط العمل',
    'home.chain.evidence': 'الأدلة: ملامح الهجرة والبيانات',
    'home.chain.assessment': 'التقييم: قوائم مراجعة اتساق السياسات والثغرات',
    'home.chain.plan': 'الخطة: إجراءات في خطة التنمية',
    'home.chain.monitoring': 'الرصد: المؤشرات والغايات والقيم',
    'home.chain.lessons': 'الدروس المستفادة والممارسات المشتركة',
    'home.start': 'تصفّح البلدان',
    'home.countries': 'البلدان والأقاليم',
    'about.title': 'حول Corridor',
    'about.body1':
      'Corridor منصة مفتوحة لإدماج الهجرة في تخطيط التنمية. وهي تدعم العمل الذي وصفه الفريق العالمي المعني بالهجرة: تجعل الحكومة وفريق الأمم المتحدة القطري وشركاؤهما الهجرة جزءًا صريحًا من خطط التنمية والسياسات القطاعية، وترصد النتائج، وتتبادل ما تتعلمه.',
    'about.body2':
      'يروي المحتوى التجريبي قصة المشروع التجريبي المشترك بين برنامج الأمم المتحدة الإنمائي والمنظمة الدولية للهجرة في بنغلاديش وجامايكا ومولدوفا وتونس، والمبادرة المشتركة بين المفوضية الأوروبية والأمم المتحدة بشأن الهجرة والتنمية، والتحضيرات للمنتدى العالمي المعني بالهجرة والتنمية والحوار الرفيع المستوى لعام 2013.',
    'about.source': 'الوثيقة المصدر',
    'about.citation':
      'برنامج الأمم المتحدة الإنمائي (2013). Contributions of the United Nations Development Programme to the 2013 High-level Dialogue, the GFMD process, and inter-agency collaboration on migration and development. الاجتماع التنسيقي الحادي عشر بشأن الهجرة الدولية، شعبة السكان، إدارة الشؤون الاقتصادية والاجتماعية، الأمانة العامة للأمم المتحدة، نيويورك، 21–22 شباط/فبراير 2013.',
    'about.data': 'البيانات المرجعية',
    'about.dataBody':
      'تتبع أسماء البلدان ورموزها معيار ISO 3166-1، وتتبع المناطق معيار M49 للأمم المتحدة. وتأتي أسماء البلدان بكل لغة من مستودع CLDR التابع لـ Unicode.',
  },
};
