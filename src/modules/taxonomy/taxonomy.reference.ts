import type { Locale } from '../../i18n/locales.ts';
import type { TaxonomyScheme, TaxonomyTermsTable } from './taxonomy.table.ts';

type Names = Record<Locale, string>;
type Entry = [code: string, en: string, fr: string, es: string, ar: string];

/**
 * Themes: first those of the pilot's lessons a) to g) in the seed, and data (lessons are tagged
 * with them), then a few general ones.
 */
// biome-ignore format: a reference table reads best one term a line
const THEMES: Entry[] = [
  ['coordination-body', 'Coordinating body and mandate', 'Organe de coordination et mandat', 'Órgano de coordinación y mandato', 'هيئة التنسيق وولايتها'],
  ['political-buy-in', 'Political buy-in', 'Adhésion politique', 'Compromiso político', 'الالتزام السياسي'],
  ['stakeholder-consultation', 'Stakeholder consultation', 'Consultation des parties prenantes', 'Consulta con las partes interesadas', 'التشاور مع أصحاب المصلحة'],
  ['destination-dialogue', 'Dialogue with destination countries', 'Dialogue avec les pays de destination', 'Diálogo con los países de destino', 'الحوار مع بلدان المقصد'],
  ['synergies', 'Synergies with other initiatives', "Synergies avec d'autres initiatives", 'Sinergias con otras iniciativas', 'أوجه التآزر مع المبادرات الأخرى'],
  ['handbook', 'Usefulness of the handbook', 'Utilité du manuel', 'Utilidad del manual', 'فائدة الدليل'],
  ['capacity', 'Capacity strengthening', 'Renforcement des capacités', 'Fortalecimiento de capacidades', 'تعزيز القدرات'],
  ['data', 'Data', 'Données', 'Datos', 'البيانات'],
  ['policy-coherence', 'Policy coherence', 'Cohérence des politiques', 'Coherencia de las políticas', 'اتساق السياسات'],
  ['local-governance', 'Local and regional governance', 'Gouvernance locale et régionale', 'Gobernanza local y regional', 'الحوكمة المحلية والإقليمية'],
  ['reciprocity', 'Reciprocity between origin and destination', 'Réciprocité entre origine et destination', 'Reciprocidad entre origen y destino', 'المعاملة بالمثل بين بلدان المنشأ والمقصد'],
  ['internal-migration', 'Internal migration', 'Migration interne', 'Migración interna', 'الهجرة الداخلية'],
  ['partnerships', 'Partnerships and cooperation', 'Partenariats et coopération', 'Alianzas y cooperación', 'الشراكات والتعاون'],
];

/** The twelve sectors of the policy-coherence checklists (issue 3). */
// biome-ignore format: a reference table reads best one term a line
const SECTORS: Entry[] = [
  ['labour', 'Labour and employment', 'Travail et emploi', 'Trabajo y empleo', 'العمل والتوظيف'],
  ['education', 'Education and skills', 'Éducation et compétences', 'Educación y competencias', 'التعليم والمهارات'],
  ['health', 'Health', 'Santé', 'Salud', 'الصحة'],
  ['social-protection', 'Social protection', 'Protection sociale', 'Protección social', 'الحماية الاجتماعية'],
  ['finance', 'Finance and remittances', 'Finance et envois de fonds', 'Finanzas y remesas', 'التمويل والتحويلات المالية'],
  ['diaspora', 'Diaspora engagement', 'Mobilisation de la diaspora', 'Participación de la diáspora', 'إشراك المغتربين'],
  ['agriculture', 'Agriculture and rural development', 'Agriculture et développement rural', 'Agricultura y desarrollo rural', 'الزراعة والتنمية الريفية'],
  ['urban', 'Urban and local development', 'Développement urbain et local', 'Desarrollo urbano y local', 'التنمية الحضرية والمحلية'],
  ['climate', 'Climate change and environment', 'Changements climatiques et environnement', 'Cambio climático y medio ambiente', 'تغير المناخ والبيئة'],
  ['gender', 'Gender', 'Genre', 'Género', 'النوع الاجتماعي'],
  ['return', 'Return and reintegration', 'Retour et réintégration', 'Retorno y reintegración', 'العودة وإعادة الإدماج'],
  ['data', 'Data and statistics', 'Données et statistiques', 'Datos y estadísticas', 'البيانات والإحصاءات'],
];

/** The 17 Sustainable Development Goals, by their official short names. */
// biome-ignore format: a reference table reads best one term a line
const SDG_GOALS: Entry[] = [
  ['1', 'No poverty', 'Pas de pauvreté', 'Fin de la pobreza', 'القضاء على الفقر'],
  ['2', 'Zero hunger', 'Faim « zéro »', 'Hambre cero', 'القضاء التام على الجوع'],
  ['3', 'Good health and well-being', 'Bonne santé et bien-être', 'Salud y bienestar', 'الصحة الجيدة والرفاه'],
  ['4', 'Quality education', 'Éducation de qualité', 'Educación de calidad', 'التعليم الجيد'],
  ['5', 'Gender equality', 'Égalité entre les sexes', 'Igualdad de género', 'المساواة بين الجنسين'],
  ['6', 'Clean water and sanitation', 'Eau propre et assainissement', 'Agua limpia y saneamiento', 'المياه النظيفة والنظافة الصحية'],
  ['7', 'Affordable and clean energy', "Énergie propre et d'un coût abordable", 'Energía asequible y no contaminante', 'طاقة نظيفة وبأسعار معقولة'],
  ['8', 'Decent work and economic growth', 'Travail décent et croissance économique', 'Trabajo decente y crecimiento económico', 'العمل اللائق ونمو الاقتصاد'],
  ['9', 'Industry, innovation and infrastructure', 'Industrie, innovation et infrastructure', 'Industria, innovación e infraestructura', 'الصناعة والابتكار والهياكل الأساسية'],
  ['10', 'Reduced inequalities', 'Inégalités réduites', 'Reducción de las desigualdades', 'الحد من أوجه عدم المساواة'],
  ['11', 'Sustainable cities and communities', 'Villes et communautés durables', 'Ciudades y comunidades sostenibles', 'مدن ومجتمعات محلية مستدامة'],
  ['12', 'Responsible consumption and production', 'Consommation et production responsables', 'Producción y consumo responsables', 'الاستهلاك والإنتاج المسؤولان'],
  ['13', 'Climate action', 'Mesures relatives à la lutte contre les changements climatiques', 'Acción por el clima', 'العمل المناخي'],
  ['14', 'Life below water', 'Vie aquatique', 'Vida submarina', 'الحياة تحت الماء'],
  ['15', 'Life on land', 'Vie terrestre', 'Vida de ecosistemas terrestres', 'الحياة في البر'],
  ['16', 'Peace, justice and strong institutions', 'Paix, justice et institutions efficaces', 'Paz, justicia e instituciones sólidas', 'السلام والعدل والمؤسسات القوية'],
  ['17', 'Partnerships for the goals', 'Partenariats pour la réalisation des objectifs', 'Alianzas para lograr los objetivos', 'عقد الشراكات لتحقيق الأهداف'],
];

/** The SDG targets that name migration or migrants, or that migration work most often serves. */
// biome-ignore format: a reference table reads best one term a line
const SDG_TARGETS: Entry[] = [
  ['3.c', 'Health financing and the health workforce in developing countries', 'Financement de la santé et personnel de santé dans les pays en développement', 'Financiación de la salud y personal sanitario en los países en desarrollo', 'تمويل الصحة والقوى العاملة الصحية في البلدان النامية'],
  ['4.b', 'Scholarships for students from developing countries', "Bourses d'études pour les étudiants des pays en développement", 'Becas para estudiantes de países en desarrollo', 'المنح الدراسية لطلاب البلدان النامية'],
  ['5.2', 'End violence against women and girls, including trafficking', 'Éliminer la violence faite aux femmes et aux filles, y compris la traite', 'Eliminar la violencia contra las mujeres y las niñas, incluida la trata', 'القضاء على العنف ضد النساء والفتيات، بما في ذلك الاتجار بالبشر'],
  ['8.5', 'Full and productive employment and decent work for all', 'Plein emploi productif et travail décent pour tous', 'Empleo pleno y productivo y trabajo decente para todos', 'العمالة الكاملة والمنتجة والعمل اللائق للجميع'],
  ['8.7', 'End forced labour, modern slavery, human trafficking and child labour', "Éliminer le travail forcé, l'esclavage moderne, la traite et le travail des enfants", 'Erradicar el trabajo forzoso, la esclavitud moderna, la trata y el trabajo infantil', 'القضاء على العمل الجبري والرق المعاصر والاتجار بالبشر وعمل الأطفال'],
  ['8.8', 'Protect labour rights and safe working environments for all workers, including migrant workers', 'Défendre les droits des travailleurs et la sécurité au travail, y compris pour les travailleurs migrants', 'Proteger los derechos laborales y los entornos de trabajo seguros, incluidos los trabajadores migrantes', 'حماية حقوق العمل وتهيئة بيئات عمل آمنة لجميع العمال، بمن فيهم العمال المهاجرون'],
  ['10.2', 'Social, economic and political inclusion of all', 'Autonomisation et intégration sociale, économique et politique de tous', 'Inclusión social, económica y política de todas las personas', 'الإدماج الاجتماعي والاقتصادي والسياسي للجميع'],
  ['10.7', 'Orderly, safe, regular and responsible migration through well-managed migration policies', 'Migrations ordonnées, sans danger, régulières et responsables grâce à des politiques migratoires bien gérées', 'Migración ordenada, segura, regular y responsable mediante políticas migratorias bien gestionadas', 'تيسير الهجرة المنظمة والآمنة والنظامية والمسؤولة من خلال سياسات هجرة حسنة الإدارة'],
  ['10.c', 'Remittance costs below 3 per cent, no corridor above 5 per cent', 'Coûts des envois de fonds inférieurs à 3 %, aucun couloir au-dessus de 5 %', 'Costo de las remesas inferior al 3 %, ningún corredor por encima del 5 %', 'خفض تكاليف التحويلات المالية إلى أقل من 3 في المائة، وألا تتجاوز 5 في المائة في أي ممر'],
  ['16.2', 'End abuse, exploitation, trafficking and violence against children', "Mettre fin à la maltraitance, à l'exploitation, à la traite et à la violence contre les enfants", 'Poner fin al maltrato, la explotación, la trata y la violencia contra los niños', 'إنهاء إساءة معاملة الأطفال واستغلالهم والاتجار بهم والعنف ضدهم'],
  ['16.9', 'Legal identity for all, including birth registration', "Identité juridique pour tous, notamment grâce à l'enregistrement des naissances", 'Identidad jurídica para todos, en particular mediante el registro de nacimientos', 'توفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد'],
  ['17.3', 'Mobilise additional financial resources for developing countries', 'Mobiliser des ressources financières supplémentaires pour les pays en développement', 'Movilizar recursos financieros adicionales para los países en desarrollo', 'حشد موارد مالية إضافية للبلدان النامية'],
  ['17.18', 'Data capacity: timely, reliable data disaggregated by migratory status', 'Capacité statistique : données actuelles, fiables et ventilées selon le statut migratoire', 'Capacidad estadística: datos oportunos, fiables y desglosados por estatus migratorio', 'القدرات الإحصائية: بيانات آنية وموثوقة مصنفة حسب الوضع من حيث الهجرة'],
];

/** The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (2018). */
// biome-ignore format: a reference table reads best one term a line
const GCM_OBJECTIVES: Entry[] = [
  ['1', 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies', 'Collecter et utiliser des données exactes et ventilées pour élaborer des politiques fondées sur la connaissance des faits', 'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica', 'جمع واستخدام بيانات دقيقة ومصنفة كأساس لسياسات قائمة على الأدلة'],
  ['2', 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin', "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine", 'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen', 'التقليل إلى أدنى حد من الدوافع السلبية والعوامل الهيكلية التي تضطر الناس إلى مغادرة بلدهم الأصلي'],
  ['3', 'Provide accurate and timely information at all stages of migration', 'Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration', 'Proporcionar información exacta y oportuna en todas las etapas de la migración', 'توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة'],
  ['4', 'Ensure that all migrants have proof of legal identity and adequate documentation', "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats", 'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada', 'ضمان حصول جميع المهاجرين على إثبات للهوية القانونية ووثائق كافية'],
  ['5', 'Enhance availability and flexibility of pathways for regular migration', 'Faire en sorte que les filières de migration régulière soient accessibles et plus souples', 'Aumentar la disponibilidad y flexibilidad de las vías de migración regular', 'تعزيز توافر مسارات الهجرة النظامية ومرونتها'],
  ['6', 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work', "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent", 'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente', 'تيسير التوظيف المنصف والأخلاقي وضمان الظروف التي تكفل العمل اللائق'],
  ['7', 'Address and reduce vulnerabilities in migration', "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire", 'Abordar y reducir las vulnerabilidades en la migración', 'معالجة مواطن الضعف في الهجرة والحد منها'],
  ['8', 'Save lives and establish coordinated international efforts on missing migrants', 'Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus', 'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos', 'إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين'],
  ['9', 'Strengthen the transnational response to smuggling of migrants', "Renforcer l'action transnationale face au trafic de migrants", 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes', 'تعزيز الاستجابة عبر الوطنية لتهريب المهاجرين'],
  ['10', 'Prevent, combat and eradicate trafficking in persons in the context of international migration', 'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales', 'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional', 'منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية'],
  ['11', 'Manage borders in an integrated, secure and coordinated manner', 'Gérer les frontières de manière intégrée, sûre et coordonnée', 'Gestionar las fronteras de manera integrada, segura y coordinada', 'إدارة الحدود بطريقة متكاملة وآمنة ومنسقة'],
  ['12', 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral', 'Renforcer la sécurité et la prévisibilité des procédures migratoires pour un filtrage, une évaluation et une orientation appropriés', 'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación', 'تعزيز اليقين والقدرة على التنبؤ في إجراءات الهجرة من أجل الفرز والتقييم والإحالة على النحو المناسب'],
  ['13', 'Use migration detention only as a measure of last resort and work towards alternatives', "Ne recourir à la détention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange", 'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas', 'عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له'],
  ['14', 'Enhance consular protection, assistance and cooperation throughout the migration cycle', "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire", 'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio', 'تعزيز الحماية والمساعدة والتعاون القنصلي طوال دورة الهجرة'],
  ['15', 'Provide access to basic services for migrants', "Assurer l'accès des migrants aux services de base", 'Proporcionar a los migrantes acceso a servicios básicos', 'توفير إمكانية حصول المهاجرين على الخدمات الأساسية'],
  ['16', 'Empower migrants and societies to realize full inclusion and social cohesion', 'Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale', 'Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social', 'تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي'],
  ['17', 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration', 'Éliminer toutes les formes de discrimination et encourager un débat public fondé sur la connaissance des faits afin de faire évoluer la manière dont les migrations sont perçues', 'Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración', 'القضاء على جميع أشكال التمييز وتعزيز الخطاب العام المستند إلى الأدلة من أجل تشكيل تصورات الهجرة'],
  ['18', 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences', 'Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences', 'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias', 'الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات'],
  ['19', 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries', 'Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays', 'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países', 'تهيئة الظروف التي تمكّن المهاجرين والمغتربين من المساهمة الكاملة في التنمية المستدامة في جميع البلدان'],
  ['20', 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants', "Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants", 'Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes', 'تعزيز تحويل الأموال بطريقة أسرع وأكثر أماناً وأقل تكلفة وتعزيز الشمول المالي للمهاجرين'],
  ['21', 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration', 'Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dans la dignité, ainsi que leur réintégration durable', 'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible', 'التعاون على تيسير العودة وإعادة القبول في ظروف آمنة وكريمة، وكذلك إعادة الإدماج المستدام'],
  ['22', 'Establish mechanisms for the portability of social security entitlements and earned benefits', 'Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis', 'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas', 'إنشاء آليات لتيسير نقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة'],
  ['23', 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration', 'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières', 'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular', 'تعزيز التعاون الدولي والشراكات العالمية من أجل هجرة آمنة ومنظمة ونظامية'],
];

function names([, en, fr, es, ar]: Entry): Names {
  return { en, fr, es, ar };
}

function terms(scheme: TaxonomyScheme, entries: Entry[], start = 0): TaxonomyTermsTable[] {
  return entries.map((entry, index) => ({
    id: `${scheme}:${entry[0]}`,
    scheme,
    code: entry[0],
    parent_id: null,
    position: start + index + 1,
    names_json: JSON.stringify(names(entry)),
  }));
}

/**
 * Every reference term, parents before children. SDG targets sit under their goal and sort right
 * after it (`position` is goal × 100 + the target's rank), so a list reads 10, 10.2, 10.7, 10.c, 11.
 */
export function referenceTerms(): TaxonomyTermsTable[] {
  const goals = terms('sdg', SDG_GOALS).map((goal) => ({ ...goal, position: Number(goal.code) * 100 }));
  const targets = SDG_TARGETS.map((entry, index) => {
    const goal = entry[0].split('.')[0]!;
    return {
      id: `sdg:${entry[0]}`,
      scheme: 'sdg' as const,
      code: entry[0],
      parent_id: `sdg:${goal}`,
      position: Number(goal) * 100 + index + 1,
      names_json: JSON.stringify(names(entry)),
    };
  });
  return [
    ...terms('theme', THEMES),
    ...terms('sector', SECTORS),
    ...goals,
    ...targets,
    ...terms('gcm', GCM_OBJECTIVES),
  ];
}
