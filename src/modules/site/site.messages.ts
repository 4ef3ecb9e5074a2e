import type { ModuleMessages } from '../../i18n/catalogue.ts';

const en = {
  'nav.home': 'Home',
  'home.title': 'Make migration part of development planning',
  'home.lead':
    'Corridor brings together governments, local authorities, UN country teams, civil society and experts to mainstream migration into development plans: from evidence and policy-coherence checks to action plans, monitoring and shared lessons.',
  'home.figures': 'Corridor at a glance',
  'home.chain': 'How the work fits together',
  'home.aboutLink': 'About Corridor and its sources',
  'home.chain.lead':
    'Corridor links each step of mainstreaming to the next, so that what one country learns informs the next plan.',
  'home.chain.evidence': 'Evidence',
  'home.chain.evidence.body':
    'Migration profiles and data: who moves, where to, and what it means for development.',
  'home.chain.assessment': 'Assessment',
  'home.chain.assessment.body':
    'Policy-coherence checklists show where sector policies ignore migration or work against it.',
  'home.chain.plan': 'Plan',
  'home.chain.plan.body': 'Actions written into the national or local development plan, with who does what.',
  'home.chain.monitoring': 'Monitoring',
  'home.chain.monitoring.body': 'Indicators, targets and values that show whether the plan works.',
  'home.chain.lessons': 'Lessons',
  'home.chain.lessons.body':
    'Lessons learned and promising practices, shared with other countries and cities.',
  'home.activity': 'Latest activity',
  'home.start': 'Browse countries',
  'home.countries': 'Countries and territories',
  'about.title': 'About Corridor',
  'about.body1':
    'Corridor is an open platform for mainstreaming migration into development planning. It supports the work described by the Global Migration Group: a government, its UN Country Team and its partners make migration an explicit part of their development plans and sector policies, monitor the result, and share what they learn.',
  'about.body2':
    'The demonstration content tells the story of the joint UNDP–IOM pilot project in Bangladesh, Jamaica, Moldova and Tunisia, the EC-UN Joint Migration and Development Initiative, and the preparations for the Global Forum on Migration and Development and the 2013 High-level Dialogue.',
  'about.source': 'Source document',
  'about.citation':
    'United Nations Development Programme (2013). {title} Eleventh Coordination Meeting on International Migration, Population Division, Department of Economic and Social Affairs, United Nations Secretariat, New York, 21–22 February 2013.',
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
    'home.aboutLink': 'À propos de Corridor et de ses sources',
    'home.chain.lead':
      "Corridor relie chaque étape de l'intégration à la suivante, pour que ce qu'un pays apprend nourrisse le prochain plan.",
    'home.chain.evidence': 'Données probantes',
    'home.chain.evidence.body':
      'Profils migratoires et statistiques : qui se déplace, vers où, et ce que cela signifie pour le développement.',
    'home.chain.assessment': 'Évaluation',
    'home.chain.assessment.body':
      'Les listes de contrôle de la cohérence des politiques montrent où les politiques sectorielles ignorent la migration ou vont à son encontre.',
    'home.chain.plan': 'Plan',
    'home.chain.plan.body':
      'Des actions inscrites dans le plan de développement national ou local, avec qui fait quoi.',
    'home.chain.monitoring': 'Suivi',
    'home.chain.monitoring.body':
      'Des indicateurs, des cibles et des valeurs qui montrent si le plan fonctionne.',
    'home.chain.lessons': 'Enseignements',
    'home.chain.lessons.body':
      "Les enseignements tirés et les pratiques prometteuses, partagés avec d'autres pays et villes.",
    'home.activity': 'Activité récente',
    'home.start': 'Parcourir les pays',
    'home.countries': 'Pays et territoires',
    'about.title': 'À propos de Corridor',
    'about.body1':
      "Corridor est une plateforme ouverte pour l'intégration de la migration dans la planification du développement. Elle soutient le travail décrit par le Groupe mondial sur la migration : un gouvernement, son équipe de pays des Nations Unies et ses partenaires font de la migration une composante explicite de leurs plans de développement et de leurs politiques sectorielles, en suivent les résultats et partagent leurs enseignements.",
    'about.body2':
      "Le contenu de démonstration retrace le projet pilote conjoint PNUD–OIM au Bangladesh, en Jamaïque, en Moldavie et en Tunisie, l'Initiative conjointe CE-ONU pour la migration et le développement, et la préparation du Forum mondial sur la migration et le développement et du Dialogue de haut niveau de 2013.",
    'about.source': 'Document source',
    'about.citation':
      'Programme des Nations Unies pour le développement (2013). {title} Onzième réunion de coordination sur les migrations internationales, Division de la population, DAES, Secrétariat de l’ONU, New York, 21–22 février 2013.',
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
    'home.aboutLink': 'Acerca de Corridor y sus fuentes',
    'home.chain.lead':
      'Corridor vincula cada etapa de la integración con la siguiente, para que lo que aprende un país sirva al próximo plan.',
    'home.chain.evidence': 'Evidencia',
    'home.chain.evidence.body':
      'Perfiles migratorios y datos: quién se desplaza, adónde y qué significa para el desarrollo.',
    'home.chain.assessment': 'Evaluación',
    'home.chain.assessment.body':
      'Las listas de verificación de coherencia de políticas muestran dónde las políticas sectoriales ignoran la migración o van en su contra.',
    'home.chain.plan': 'Plan',
    'home.chain.plan.body':
      'Acciones incluidas en el plan de desarrollo nacional o local, con quién hace qué.',
    'home.chain.monitoring': 'Seguimiento',
    'home.chain.monitoring.body': 'Indicadores, metas y valores que muestran si el plan funciona.',
    'home.chain.lessons': 'Lecciones',
    'home.chain.lessons.body':
      'Lecciones aprendidas y prácticas prometedoras, compartidas con otros países y ciudades.',
    'home.activity': 'Actividad reciente',
    'home.start': 'Ver los países',
    'home.countries': 'Países y territorios',
    'about.title': 'Acerca de Corridor',
    'about.body1':
      'Corridor es una plataforma abierta para integrar la migración en la planificación del desarrollo. Apoya el trabajo descrito por el Grupo Mundial sobre Migración: un gobierno, su equipo de las Naciones Unidas en el país y sus socios hacen de la migración una parte explícita de sus planes de desarrollo y políticas sectoriales, dan seguimiento a los resultados y comparten lo aprendido.',
    'about.body2':
      'El contenido de demostración cuenta la historia del proyecto piloto conjunto PNUD–OIM en Bangladesh, Jamaica, Moldavia y Túnez, la Iniciativa Conjunta CE-ONU sobre Migración y Desarrollo, y los preparativos del Foro Mundial sobre Migración y Desarrollo y del Diálogo de Alto Nivel de 2013.',
    'about.source': 'Documento fuente',
    'about.citation':
      'Programa de las Naciones Unidas para el Desarrollo (2013). {title} Undécima Reunión de Coordinación sobre Migración Internacional, División de Población, DAES, Secretaría de las Naciones Unidas, Nueva York, 21–22 de febrero de 2013.',
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
    'home.aboutLink': 'حول Corridor ومصادره',
    'home.chain.lead':
      'يربط Corridor كل خطوة من خطوات الإدماج بالخطوة التالية، حتى تستفيد كل خطة جديدة مما تعلّمه بلد آخر.',
    'home.chain.evidence': 'الأدلة',
    'home.chain.evidence.body': 'ملامح الهجرة والبيانات: من يهاجر، وإلى أين، وما يعنيه ذلك للتنمية.',
    'home.chain.assessment': 'التقييم',
    'home.chain.assessment.body':
      'تبيّن قوائم مراجعة اتساق السياسات أين تتجاهل السياسات القطاعية الهجرة أو تتعارض معها.',
    'home.chain.plan': 'الخطة',
    'home.chain.plan.body': 'إجراءات مدرجة في خطة التنمية الوطنية أو المحلية، مع تحديد من يفعل ماذا.',
    'home.chain.monitoring': 'الرصد',
    'home.chain.monitoring.body': 'مؤشرات وغايات وقيم تبيّن ما إذا كانت الخطة تحقق أهدافها.',
    'home.chain.lessons': 'الدروس',
    'home.chain.lessons.body': 'الدروس المستفادة والممارسات الواعدة، تُتبادل مع بلدان ومدن أخرى.',
    'home.activity': 'آخر المستجدات',
    'home.start': 'تصفّح البلدان',
    'home.countries': 'البلدان والأقاليم',
    'about.title': 'حول Corridor',
    'about.body1':
      'Corridor منصة مفتوحة لإدماج الهجرة في تخطيط التنمية. وهي تدعم العمل الذي وصفه الفريق العالمي المعني بالهجرة: تجعل الحكومة وفريق الأمم المتحدة القطري وشركاؤهما الهجرة جزءًا صريحًا من خطط التنمية والسياسات القطاعية، وترصد النتائج، وتتبادل ما تتعلمه.',
    'about.body2':
      'يروي المحتوى التجريبي قصة المشروع التجريبي المشترك بين برنامج الأمم المتحدة الإنمائي والمنظمة الدولية للهجرة في بنغلاديش وجامايكا ومولدوفا وتونس، والمبادرة المشتركة بين المفوضية الأوروبية والأمم المتحدة بشأن الهجرة والتنمية، والتحضيرات للمنتدى العالمي المعني بالهجرة والتنمية والحوار الرفيع المستوى لعام 2013.',
    'about.source': 'الوثيقة المصدر',
    'about.citation':
      'برنامج الأمم المتحدة الإنمائي (2013). {title} الاجتماع التنسيقي الحادي عشر بشأن الهجرة الدولية، شعبة السكان، إدارة الشؤون الاقتصادية والاجتماعية، الأمانة العامة للأمم المتحدة، نيويورك، 21–22 شباط/فبراير 2013.',
    'about.data': 'البيانات المرجعية',
    'about.dataBody':
      'تتبع أسماء البلدان ورموزها معيار ISO 3166-1، وتتبع المناطق معيار M49 للأمم المتحدة. وتأتي أسماء البلدان بكل لغة من مستودع CLDR التابع لـ Unicode.',
  },
};
