import { item, l, type StarterItem } from './texts.ts';

export const AGRICULTURE: StarterItem[] = [
  item(
    'agriculture-strategy',
    l(
      'Does the agriculture and rural development strategy consider out-migration, seasonal migration and labour shortages in rural areas?',
      "La stratégie d'agriculture et de développement rural prend-elle en compte l'exode, la migration saisonnière et les pénuries de main-d'œuvre dans les zones rurales ?",
      '¿La estrategia de agricultura y desarrollo rural tiene en cuenta la emigración, la migración estacional y la escasez de mano de obra en las zonas rurales?',
      'هل تراعي استراتيجية الزراعة والتنمية الريفية الهجرة من الأرياف والهجرة الموسمية ونقص اليد العاملة في المناطق الريفية؟',
    ),
    l(
      'Look for an analysis of how migration changes rural work, land use and household incomes, and for measures that respond to it.',
      "Cherchez une analyse de la façon dont la migration modifie le travail rural, l'usage des terres et les revenus des ménages, et des mesures qui y répondent.",
      'Busque un análisis de cómo la migración cambia el trabajo rural, el uso de la tierra y los ingresos de los hogares, y medidas que respondan a ello.',
      'ابحث عن تحليل لكيفية تغيير الهجرة للعمل الريفي واستخدام الأراضي ودخل الأسر، وعن تدابير تستجيب لذلك.',
    ),
    l(
      'The strategy and its situation analysis.',
      'La stratégie et son analyse de situation.',
      'La estrategia y su análisis de situación.',
      'الاستراتيجية وتحليل الوضع الوارد فيها.',
    ),
  ),
  item(
    'agriculture-investment',
    l(
      'Are there measures that help migrants and households receiving remittances to invest in farming and rural businesses?',
      "Existe-t-il des mesures qui aident les migrants et les ménages recevant des envois de fonds à investir dans l'agriculture et les entreprises rurales ?",
      '¿Existen medidas que ayuden a los migrantes y a los hogares que reciben remesas a invertir en la agricultura y en empresas rurales?',
      'هل توجد تدابير تساعد المهاجرين والأسر المتلقية للتحويلات على الاستثمار في الزراعة والمشاريع الريفية؟',
    ),
    l(
      'Consider access to land, credit, advisory services and markets, and schemes that match collective investments.',
      "Tenez compte de l'accès à la terre, au crédit, aux services de conseil et aux marchés, et des dispositifs qui complètent les investissements collectifs.",
      'Tenga en cuenta el acceso a la tierra, al crédito, a los servicios de asesoramiento y a los mercados, y los programas que complementan las inversiones colectivas.',
      'راعِ الحصول على الأرض والائتمان وخدمات الإرشاد والأسواق، والبرامج التي تكمّل الاستثمارات الجماعية.',
    ),
    l(
      'Programme documents and numbers of beneficiaries.',
      'Les documents des programmes et le nombre de bénéficiaires.',
      'Documentos de los programas y número de beneficiarios.',
      'وثائق البرامج وعدد المستفيدين.',
    ),
  ),
  item(
    'agriculture-women',
    l(
      'Do agricultural programmes reach women who run farms and households when men have migrated?',
      'Les programmes agricoles atteignent-ils les femmes qui dirigent les exploitations et les ménages lorsque les hommes ont migré ?',
      '¿Los programas agrícolas llegan a las mujeres que dirigen las explotaciones y los hogares cuando los hombres han migrado?',
      'هل تصل البرامج الزراعية إلى النساء اللواتي يُدرن المزارع والأسر عندما يهاجر الرجال؟',
    ),
    l(
      "Check land rights, and access to credit and advisory services in women's own names.",
      "Vérifiez les droits fonciers, et l'accès au crédit et aux services de conseil au nom des femmes elles-mêmes.",
      'Compruebe los derechos sobre la tierra y el acceso al crédito y a los servicios de asesoramiento a nombre de las propias mujeres.',
      'تحقق من حقوق الأرض والحصول على الائتمان وخدمات الإرشاد بأسماء النساء أنفسهن.',
    ),
    l(
      'Programme data disaggregated by sex.',
      'Des données des programmes ventilées par sexe.',
      'Datos de los programas desglosados por sexo.',
      'بيانات البرامج مصنفة حسب الجنس.',
    ),
  ),
  item(
    'agriculture-seasonal',
    l(
      "Are seasonal and circular schemes for agricultural workers regulated, with the workers' rights protected?",
      'Les dispositifs de migration saisonnière et circulaire des travailleurs agricoles sont-ils réglementés, avec une protection des droits des travailleurs ?',
      '¿Están regulados los programas de migración estacional y circular de trabajadores agrícolas, con protección de los derechos de los trabajadores?',
      'هل تخضع برامج العمالة الزراعية الموسمية والدائرية للتنظيم، مع حماية حقوق العمال؟',
    ),
    l(
      'Look at contracts, housing, health and safety, and the return of workers at the end of the season.',
      'Examinez les contrats, le logement, la santé et la sécurité, et le retour des travailleurs en fin de saison.',
      'Examine los contratos, la vivienda, la salud y la seguridad, y el regreso de los trabajadores al final de la temporada.',
      'انظر في العقود والسكن والصحة والسلامة وعودة العمال في نهاية الموسم.',
    ),
    l(
      'Scheme rules, inspection reports and agreements with partner countries.',
      "Les règles des dispositifs, les rapports d'inspection et les accords avec les pays partenaires.",
      'Las normas de los programas, los informes de inspección y los acuerdos con los países socios.',
      'قواعد البرامج وتقارير التفتيش والاتفاقات مع البلدان الشريكة.',
    ),
  ),
];

export const URBAN: StarterItem[] = [
  item(
    'urban-planning',
    l(
      'Do urban and local development plans account for population growth from internal and international migration?',
      'Les plans de développement urbain et local tiennent-ils compte de la croissance démographique due aux migrations internes et internationales ?',
      '¿Los planes de desarrollo urbano y local tienen en cuenta el crecimiento de la población debido a la migración interna e internacional?',
      'هل تراعي خطط التنمية الحضرية والمحلية النمو السكاني الناتج عن الهجرة الداخلية والدولية؟',
    ),
    l(
      'Look for population projections that include migration, and for the housing, transport and service plans that follow from them.',
      'Cherchez des projections démographiques qui incluent la migration, et les plans de logement, de transport et de services qui en découlent.',
      'Busque proyecciones de población que incluyan la migración, y los planes de vivienda, transporte y servicios que se derivan de ellas.',
      'ابحث عن إسقاطات سكانية تشمل الهجرة، وعن خطط الإسكان والنقل والخدمات المترتبة عليها.',
    ),
    l(
      'Local plans and the population data they use.',
      "Les plans locaux et les données démographiques qu'ils utilisent.",
      'Los planes locales y los datos de población que utilizan.',
      'الخطط المحلية والبيانات السكانية التي تستخدمها.',
    ),
  ),
  item(
    'urban-mandate',
    l(
      'Do local authorities have the mandate, data and resources to include migrants in local services and decisions?',
      'Les autorités locales disposent-elles du mandat, des données et des ressources nécessaires pour inclure les migrants dans les services et les décisions locales ?',
      '¿Las autoridades locales tienen el mandato, los datos y los recursos para incluir a los migrantes en los servicios y las decisiones locales?',
      'هل تملك السلطات المحلية الولاية والبيانات والموارد اللازمة لإشراك المهاجرين في الخدمات والقرارات المحلية؟',
    ),
    l(
      'Consider how responsibilities are divided with the national level, local budgets, and local data on migrants.',
      'Tenez compte de la répartition des compétences avec le niveau national, des budgets locaux et des données locales sur les migrants.',
      'Tenga en cuenta el reparto de competencias con el nivel nacional, los presupuestos locales y los datos locales sobre migrantes.',
      'راعِ توزيع المسؤوليات مع المستوى الوطني، والميزانيات المحلية، والبيانات المحلية عن المهاجرين.',
    ),
    l(
      'Decentralisation laws, local budgets and local data.',
      'Les lois de décentralisation, les budgets locaux et les données locales.',
      'Las leyes de descentralización, los presupuestos locales y los datos locales.',
      'قوانين اللامركزية والميزانيات المحلية والبيانات المحلية.',
    ),
  ),
  item(
    'urban-services',
    l(
      'Are there services for newcomers and returnees, such as information points, language courses or help with registration?',
      "Existe-t-il des services pour les nouveaux arrivants et les personnes de retour, comme des points d'information, des cours de langue ou une aide aux démarches d'enregistrement ?",
      '¿Existen servicios para las personas recién llegadas y retornadas, como puntos de información, cursos de idiomas o ayuda con el registro?',
      'هل توجد خدمات للوافدين الجدد والعائدين، مثل نقاط المعلومات ودروس اللغة والمساعدة في التسجيل؟',
    ),
    l(
      'Check who runs them (the local authority or civil society), whether they are funded over time, and how many people use them.',
      "Vérifiez qui les gère (l'autorité locale ou la société civile), s'ils sont financés dans la durée et combien de personnes les utilisent.",
      'Compruebe quién los gestiona (la autoridad local o la sociedad civil), si tienen financiación estable y cuántas personas los usan.',
      'تحقق من الجهة التي تديرها (السلطة المحلية أو المجتمع المدني)، ومن استمرارية تمويلها، وعدد من يستخدمونها.',
    ),
    l(
      'Service descriptions, figures on their use, and their funding.',
      'Les descriptions des services, des chiffres sur leur utilisation et leur financement.',
      'Descripciones de los servicios, cifras de uso y su financiación.',
      'أوصاف الخدمات وأرقام استخدامها وتمويلها.',
    ),
  ),
  item(
    'urban-partnerships',
    l(
      'Do local authorities work with civil society, migrant associations and partner cities along the same migration corridor?',
      'Les autorités locales travaillent-elles avec la société civile, les associations de migrants et des villes partenaires situées sur le même corridor migratoire ?',
      '¿Las autoridades locales trabajan con la sociedad civil, las asociaciones de migrantes y ciudades socias del mismo corredor migratorio?',
      'هل تعمل السلطات المحلية مع المجتمع المدني وجمعيات المهاجرين والمدن الشريكة الواقعة على ممر الهجرة نفسه؟',
    ),
    l(
      'Look for local partnerships, city-to-city agreements and joint initiatives between places of origin and destination.',
      "Cherchez des partenariats locaux, des accords de ville à ville et des initiatives communes entre lieux d'origine et de destination.",
      'Busque alianzas locales, acuerdos entre ciudades e iniciativas conjuntas entre lugares de origen y de destino.',
      'ابحث عن شراكات محلية واتفاقات بين المدن ومبادرات مشتركة بين أماكن المنشأ والمقصد.',
    ),
    l(
      'Agreements, minutes of joint meetings and project documents.',
      'Les accords, les comptes rendus de réunions communes et les documents de projet.',
      'Los acuerdos, las actas de reuniones conjuntas y los documentos de proyecto.',
      'الاتفاقات ومحاضر الاجتماعات المشتركة ووثائق المشاريع.',
    ),
  ),
];

export const CLIMATE: StarterItem[] = [
  item(
    'climate-plans',
    l(
      'Do climate adaptation plans and disaster risk reduction strategies address displacement, planned relocation, and migration as a way to adapt?',
      "Les plans d'adaptation au climat et les stratégies de réduction des risques de catastrophe traitent-ils des déplacements, des réinstallations planifiées et de la migration comme moyen d'adaptation ?",
      '¿Los planes de adaptación al clima y las estrategias de reducción del riesgo de desastres abordan el desplazamiento, la reubicación planificada y la migración como forma de adaptación?',
      'هل تتناول خطط التكيف مع المناخ واستراتيجيات الحد من مخاطر الكوارث النزوحَ وإعادة التوطين المخطط لها والهجرةَ بوصفها وسيلة للتكيف؟',
    ),
    l(
      'Look for these topics in the national adaptation plan and the disaster risk reduction strategy, not only in migration policy.',
      "Cherchez ces sujets dans le plan national d'adaptation et la stratégie de réduction des risques de catastrophe, et pas seulement dans la politique migratoire.",
      'Busque estos temas en el plan nacional de adaptación y en la estrategia de reducción del riesgo de desastres, no solo en la política migratoria.',
      'ابحث عن هذه المواضيع في خطة التكيف الوطنية واستراتيجية الحد من مخاطر الكوارث، وليس في سياسة الهجرة وحدها.',
    ),
    l(
      'The adaptation plan and the disaster risk reduction strategy, with the relevant sections.',
      "Le plan d'adaptation et la stratégie de réduction des risques de catastrophe, avec les sections concernées.",
      'El plan de adaptación y la estrategia de reducción del riesgo de desastres, con las secciones correspondientes.',
      'خطة التكيف واستراتيجية الحد من مخاطر الكوارث، مع الأقسام ذات الصلة.',
    ),
  ),
  item(
    'climate-data',
    l(
      'Are areas at risk of environmental degradation or disasters identified, with data on who moves away from them and to them?',
      "Les zones exposées à la dégradation de l'environnement ou aux catastrophes sont-elles identifiées, avec des données sur les personnes qui les quittent et qui s'y installent ?",
      '¿Se han identificado las zonas en riesgo de degradación ambiental o de desastres, con datos sobre quién se va de ellas y quién llega?',
      'هل حُددت المناطق المعرضة لتدهور البيئة أو للكوارث، مع بيانات عمن يغادرها ومن ينتقل إليها؟',
    ),
    l(
      'Consider risk maps, displacement tracking, and census or survey questions on the reasons for moving.',
      "Tenez compte des cartes des risques, du suivi des déplacements, et des questions de recensement ou d'enquête sur les raisons du départ.",
      'Tenga en cuenta los mapas de riesgo, el seguimiento de los desplazamientos y las preguntas del censo o de encuestas sobre los motivos de la migración.',
      'راعِ خرائط المخاطر، وتتبع النزوح، وأسئلة التعداد أو المسوح عن أسباب الانتقال.',
    ),
    l(
      'Risk maps, displacement data and analyses.',
      'Les cartes des risques, les données sur les déplacements et les analyses.',
      'Mapas de riesgo, datos de desplazamiento y análisis.',
      'خرائط المخاطر وبيانات النزوح والتحليلات.',
    ),
  ),
  item(
    'climate-protection',
    l(
      'Are people who move because of environmental change or disasters covered by protection and support measures?',
      'Les personnes qui se déplacent en raison de changements environnementaux ou de catastrophes bénéficient-elles de mesures de protection et de soutien ?',
      '¿Las personas que se desplazan por cambios ambientales o desastres están cubiertas por medidas de protección y apoyo?',
      'هل يشمل الأشخاصَ الذين ينتقلون بسبب التغيرات البيئية أو الكوارث تدابيرُ حماية ودعم؟',
    ),
    l(
      'Include support for people displaced inside the country, humanitarian admission of people from abroad, and planned relocation carried out with the communities concerned.',
      "Incluez le soutien aux personnes déplacées à l'intérieur du pays, l'admission humanitaire de personnes venues de l'étranger, et les réinstallations planifiées menées avec les communautés concernées.",
      'Incluya el apoyo a las personas desplazadas dentro del país, la admisión humanitaria de personas del extranjero y la reubicación planificada realizada con las comunidades afectadas.',
      'يشمل ذلك دعم النازحين داخل البلد، والقبول الإنساني للأشخاص القادمين من الخارج، وإعادة التوطين المخطط لها التي تُنفذ بالتعاون مع المجتمعات المعنية.',
    ),
    l(
      'Laws, guidelines or programmes, and figures on the people supported.',
      'Les lois, lignes directrices ou programmes, et des chiffres sur les personnes soutenues.',
      'Leyes, directrices o programas, y cifras de personas apoyadas.',
      'القوانين أو المبادئ التوجيهية أو البرامج، وأرقام عن الأشخاص الذين تلقوا الدعم.',
    ),
  ),
  item(
    'climate-coordination',
    l(
      'Do the environment ministry and the disaster management agency take part in the coordination of migration policy?',
      "Le ministère de l'Environnement et l'agence de gestion des catastrophes participent-ils à la coordination de la politique migratoire ?",
      '¿El ministerio de medio ambiente y el organismo de gestión de desastres participan en la coordinación de la política migratoria?',
      'هل تشارك وزارة البيئة وهيئة إدارة الكوارث في تنسيق سياسة الهجرة؟',
    ),
    l(
      'Check their membership of the coordinating body or of a working group on environment and migration.',
      "Vérifiez s'ils sont membres de l'organe de coordination ou d'un groupe de travail sur l'environnement et la migration.",
      'Compruebe si forman parte del órgano de coordinación o de un grupo de trabajo sobre medio ambiente y migración.',
      'تحقق من عضويتهما في هيئة التنسيق أو في فريق عامل معني بالبيئة والهجرة.',
    ),
    l(
      'Terms of reference and minutes.',
      'Le mandat et les comptes rendus.',
      'El mandato y las actas.',
      'الاختصاصات والمحاضر.',
    ),
  ),
];

export const GENDER: StarterItem[] = [
  item(
    'gender-analysis',
    l(
      'Do migration-related policies include an analysis of the different risks and opportunities for women, men, girls and boys?',
      'Les politiques liées à la migration comprennent-elles une analyse des risques et des possibilités différents pour les femmes, les hommes, les filles et les garçons ?',
      '¿Las políticas relacionadas con la migración incluyen un análisis de los distintos riesgos y oportunidades para mujeres, hombres, niñas y niños?',
      'هل تتضمن السياسات المتعلقة بالهجرة تحليلًا للمخاطر والفرص المختلفة للنساء والرجال والفتيات والفتيان؟',
    ),
    l(
      'Look for a gender analysis in the preparation of the policies, and for measures that follow from it.',
      'Cherchez une analyse de genre dans la préparation des politiques, et des mesures qui en découlent.',
      'Busque un análisis de género en la preparación de las políticas y medidas que se deriven de él.',
      'ابحث عن تحليل قائم على النوع الاجتماعي عند إعداد السياسات، وعن تدابير مترتبة عليه.',
    ),
    l(
      'Policy documents and gender analyses.',
      'Les documents de politique et les analyses de genre.',
      'Documentos de política y análisis de género.',
      'وثائق السياسات وتحليلات النوع الاجتماعي.',
    ),
  ),
  item(
    'gender-data',
    l(
      'Are migration data disaggregated by sex and age?',
      'Les données sur la migration sont-elles ventilées par sexe et par âge ?',
      '¿Los datos sobre migración están desglosados por sexo y edad?',
      'هل بيانات الهجرة مصنفة حسب الجنس والعمر؟',
    ),
    l(
      'Check surveys, administrative data and the migration profile.',
      'Vérifiez les enquêtes, les données administratives et le profil migratoire.',
      'Compruebe las encuestas, los datos administrativos y el perfil migratorio.',
      'تحقق من المسوح والبيانات الإدارية وملف الهجرة.',
    ),
    l(
      'Published tables with disaggregated data.',
      'Des tableaux publiés avec des données ventilées.',
      'Cuadros publicados con datos desglosados.',
      'جداول منشورة تتضمن بيانات مصنفة.',
    ),
  ),
  item(
    'gender-protection',
    l(
      'Are women migrant workers protected in the sectors where many of them work, such as domestic and care work, with help against gender-based violence?',
      "Les travailleuses migrantes sont-elles protégées dans les secteurs où beaucoup d'entre elles travaillent, comme le travail domestique et les soins, avec une aide contre les violences fondées sur le genre ?",
      '¿Están protegidas las trabajadoras migrantes en los sectores donde muchas de ellas trabajan, como el trabajo doméstico y de cuidados, con ayuda frente a la violencia de género?',
      'هل تحظى العاملات المهاجرات بالحماية في القطاعات التي تعمل فيها كثيرات منهن، مثل العمل المنزلي وأعمال الرعاية، مع المساعدة في مواجهة العنف القائم على النوع الاجتماعي؟',
    ),
    l(
      'Consider whether labour law covers domestic work, shelters and hotlines at home and abroad, and the training of consular staff.',
      "Vérifiez si le droit du travail couvre le travail domestique, s'il existe des foyers d'accueil et des lignes d'assistance dans le pays et à l'étranger, et si le personnel consulaire est formé.",
      'Compruebe si la legislación laboral cubre el trabajo doméstico, si hay refugios y líneas de ayuda en el país y en el extranjero, y si el personal consular está formado.',
      'تحقق مما إذا كان قانون العمل يشمل العمل المنزلي، ومن وجود دور إيواء وخطوط مساعدة داخل البلد وخارجه، ومن تدريب الموظفين القنصليين.',
    ),
    l(
      'Laws, services, and figures on the cases handled.',
      'Les lois, les services et des chiffres sur les cas traités.',
      'Leyes, servicios y cifras de los casos atendidos.',
      'القوانين والخدمات وأرقام الحالات التي جرت معالجتها.',
    ),
  ),
  item(
    'gender-participation',
    l(
      "Were the ministry responsible for gender equality and women's organisations consulted on migration-related policies?",
      "Le ministère chargé de l'égalité femmes-hommes et les organisations de femmes ont-ils été consultés sur les politiques liées à la migration ?",
      '¿Se consultó al ministerio encargado de la igualdad de género y a las organizaciones de mujeres sobre las políticas relacionadas con la migración?',
      'هل استُشيرت الوزارة المسؤولة عن المساواة بين الجنسين والمنظمات النسائية بشأن السياسات المتعلقة بالهجرة؟',
    ),
    l(
      'Look for their participation in the coordinating body and in consultations.',
      "Cherchez leur participation à l'organe de coordination et aux consultations.",
      'Busque su participación en el órgano de coordinación y en las consultas.',
      'ابحث عن مشاركتها في هيئة التنسيق وفي المشاورات.',
    ),
    l(
      'Consultation records and membership lists.',
      'Les comptes rendus des consultations et les listes des membres.',
      'Registros de las consultas y listas de miembros.',
      'سجلات المشاورات وقوائم الأعضاء.',
    ),
  ),
];

export const RETURN: StarterItem[] = [
  item(
    'return-strategy',
    l(
      'Is there a reintegration strategy that covers economic, social and psychosocial support for returnees?',
      'Existe-t-il une stratégie de réintégration couvrant le soutien économique, social et psychosocial aux personnes de retour ?',
      '¿Existe una estrategia de reintegración que abarque el apoyo económico, social y psicosocial a las personas retornadas?',
      'هل توجد استراتيجية لإعادة الإدماج تشمل الدعم الاقتصادي والاجتماعي والنفسي الاجتماعي للعائدين؟',
    ),
    l(
      'Check that it covers every kind of return, voluntary or not, and has a budget and an institution in charge.',
      "Vérifiez qu'elle couvre tous les types de retour, volontaires ou non, et qu'elle dispose d'un budget et d'une institution responsable.",
      'Compruebe que abarca todo tipo de retorno, voluntario o no, y que cuenta con presupuesto y una institución responsable.',
      'تحقق من أنها تشمل جميع أنواع العودة، طوعية كانت أم لا، وأن لها ميزانية ومؤسسة مسؤولة.',
    ),
    l(
      "The strategy, its budget and the institution's mandate.",
      "La stratégie, son budget et le mandat de l'institution.",
      'La estrategia, su presupuesto y el mandato de la institución.',
      'الاستراتيجية وميزانيتها وولاية المؤسسة.',
    ),
  ),
  item(
    'return-services',
    l(
      'Can returnees use services for registration, job placement, recognition of skills and the schooling of their children?',
      "Les personnes de retour peuvent-elles recourir à des services d'enregistrement, de placement, de reconnaissance des compétences et de scolarisation de leurs enfants ?",
      '¿Pueden las personas retornadas usar servicios de registro, colocación laboral, reconocimiento de competencias y escolarización de sus hijos?',
      'هل يستطيع العائدون الاستفادة من خدمات التسجيل والتوظيف والاعتراف بالمهارات وتعليم أطفالهم؟',
    ),
    l(
      'Look for a single entry point or a referral system, and for services that reach returnees outside the capital.',
      "Cherchez un guichet unique ou un système d'orientation, et des services qui atteignent les personnes de retour en dehors de la capitale.",
      'Busque una ventanilla única o un sistema de derivación, y servicios que lleguen a las personas retornadas fuera de la capital.',
      'ابحث عن نقطة دخول موحدة أو نظام إحالة، وعن خدمات تصل إلى العائدين خارج العاصمة.',
    ),
    l(
      'Service descriptions and the number of returnees served.',
      'Les descriptions des services et le nombre de personnes de retour servies.',
      'Descripciones de los servicios y número de personas retornadas atendidas.',
      'أوصاف الخدمات وعدد العائدين الذين استفادوا منها.',
    ),
  ),
  item(
    'return-data',
    l(
      'Are data on returns collected: how many people return, with what profile, and whether they returned voluntarily?',
      'Des données sur les retours sont-elles collectées : combien de personnes reviennent, avec quel profil, et si leur retour était volontaire ?',
      '¿Se recopilan datos sobre los retornos: cuántas personas regresan, con qué perfil y si el retorno fue voluntario?',
      'هل تُجمع بيانات عن العودة: كم عدد العائدين، وما خصائصهم، وهل كانت عودتهم طوعية؟',
    ),
    l(
      'Consider border data, the registration of returnees, and surveys.',
      "Tenez compte des données aux frontières, de l'enregistrement des personnes de retour et des enquêtes.",
      'Tenga en cuenta los datos fronterizos, el registro de las personas retornadas y las encuestas.',
      'راعِ بيانات الحدود وتسجيل العائدين والمسوح.',
    ),
    l(
      'Statistics or reports on returns.',
      'Des statistiques ou rapports sur les retours.',
      'Estadísticas o informes sobre los retornos.',
      'إحصاءات أو تقارير عن العودة.',
    ),
  ),
  item(
    'return-cooperation',
    l(
      "Does cooperation on return with destination countries respect migrants' rights and prepare their reintegration?",
      'La coopération avec les pays de destination en matière de retour respecte-t-elle les droits des migrants et prépare-t-elle leur réintégration ?',
      '¿La cooperación con los países de destino en materia de retorno respeta los derechos de los migrantes y prepara su reintegración?',
      'هل يحترم التعاون مع بلدان المقصد في مجال العودة حقوقَ المهاجرين ويُعدّ لإعادة إدماجهم؟',
    ),
    l(
      'Look for safeguards in readmission agreements, and for joint support to reintegration.',
      'Cherchez des garanties dans les accords de réadmission, et un soutien conjoint à la réintégration.',
      'Busque salvaguardias en los acuerdos de readmisión y apoyo conjunto a la reintegración.',
      'ابحث عن ضمانات في اتفاقات إعادة القبول، وعن دعم مشترك لإعادة الإدماج.',
    ),
    l(
      'The agreements and reports on how they are applied.',
      'Les accords et des rapports sur leur application.',
      'Los acuerdos e informes sobre su aplicación.',
      'الاتفاقات وتقارير عن تطبيقها.',
    ),
  ),
];

export const DATA: StarterItem[] = [
  item(
    'data-strategy',
    l(
      'Does the national strategy for statistics include migration (census questions, surveys, administrative data)?',
      'La stratégie nationale de la statistique inclut-elle la migration (questions du recensement, enquêtes, données administratives) ?',
      '¿La estrategia nacional de estadística incluye la migración (preguntas del censo, encuestas, datos administrativos)?',
      'هل تشمل الاستراتيجية الوطنية للإحصاء الهجرةَ (أسئلة التعداد والمسوح والبيانات الإدارية)؟',
    ),
    l(
      'Look for migration questions in the census and household surveys, and a plan to use administrative sources.',
      "Cherchez des questions sur la migration dans le recensement et les enquêtes auprès des ménages, et un plan d'utilisation des sources administratives.",
      'Busque preguntas sobre migración en el censo y en las encuestas de hogares, y un plan para usar las fuentes administrativas.',
      'ابحث عن أسئلة عن الهجرة في التعداد ومسوح الأسر، وعن خطة لاستخدام المصادر الإدارية.',
    ),
    l(
      'The statistics strategy and the questionnaires.',
      'La stratégie de la statistique et les questionnaires.',
      'La estrategia de estadística y los cuestionarios.',
      'استراتيجية الإحصاء والاستبيانات.',
    ),
  ),
  item(
    'data-sharing',
    l(
      'Do ministries share administrative data on migration (borders, labour, consular services, civil registration) through an agreed mechanism?',
      "Les ministères partagent-ils les données administratives sur la migration (frontières, travail, services consulaires, état civil) au moyen d'un mécanisme convenu ?",
      '¿Los ministerios comparten datos administrativos sobre migración (fronteras, trabajo, servicios consulares, registro civil) mediante un mecanismo acordado?',
      'هل تتبادل الوزارات البيانات الإدارية المتعلقة بالهجرة (الحدود والعمل والخدمات القنصلية والسجل المدني) عبر آلية متفق عليها؟',
    ),
    l(
      'Check data-sharing agreements, common definitions and data protection rules.',
      'Vérifiez les accords de partage des données, les définitions communes et les règles de protection des données.',
      'Compruebe los acuerdos de intercambio de datos, las definiciones comunes y las normas de protección de datos.',
      'تحقق من اتفاقات تبادل البيانات والتعاريف المشتركة وقواعد حماية البيانات.',
    ),
    l(
      'Agreements and minutes of an inter-agency data group.',
      "Les accords et les comptes rendus d'un groupe interinstitutionnel sur les données.",
      'Los acuerdos y las actas de un grupo interinstitucional de datos.',
      'الاتفاقات ومحاضر فريق مشترك بين الجهات معني بالبيانات.',
    ),
  ),
  item(
    'data-profile',
    l(
      'Is a migration profile produced and updated regularly, under government ownership?',
      'Un profil migratoire est-il produit et mis à jour régulièrement, sous la responsabilité du gouvernement ?',
      '¿Se elabora y actualiza periódicamente un perfil migratorio bajo la responsabilidad del gobierno?',
      'هل يُعَدّ ملف للهجرة ويُحدَّث بانتظام تحت مسؤولية الحكومة؟',
    ),
    l(
      'An Extended Migration Profile brings together migration data and its links to development; check who leads it and when it was last updated.',
      'Un profil migratoire élargi rassemble les données sur la migration et ses liens avec le développement ; vérifiez qui le pilote et quand il a été mis à jour pour la dernière fois.',
      'Un perfil migratorio ampliado reúne los datos sobre migración y sus vínculos con el desarrollo; compruebe quién lo dirige y cuándo se actualizó por última vez.',
      'يجمع ملف الهجرة الموسع بيانات الهجرة وصلاتها بالتنمية؛ تحقق من الجهة التي تقوده ومن تاريخ آخر تحديث له.',
    ),
    l(
      'The latest profile and the body in charge of it.',
      "Le dernier profil et l'organe qui en est chargé.",
      'El último perfil y el órgano encargado de él.',
      'أحدث ملف والهيئة المسؤولة عنه.',
    ),
  ),
  item(
    'data-disaggregation',
    l(
      'Are development indicators disaggregated by migratory status, as SDG target 17.18 asks, and published openly?',
      'Les indicateurs de développement sont-ils ventilés selon le statut migratoire, comme le demande la cible 17.18 des ODD, et publiés librement ?',
      '¿Los indicadores de desarrollo están desglosados por situación migratoria, como pide la meta 17.18 de los ODS, y se publican en abierto?',
      'هل مؤشرات التنمية مصنفة حسب وضع الهجرة، كما تطلب الغاية 17.18 من أهداف التنمية المستدامة، ومنشورة بشكل مفتوح؟',
    ),
    l(
      "Check the indicators of the development plan and of the country's SDG reports.",
      'Vérifiez les indicateurs du plan de développement et des rapports du pays sur les ODD.',
      'Compruebe los indicadores del plan de desarrollo y de los informes del país sobre los ODS.',
      'تحقق من مؤشرات خطة التنمية ومن تقارير البلد عن أهداف التنمية المستدامة.',
    ),
    l(
      'Indicator tables and open data releases.',
      'Les tableaux des indicateurs et les publications de données ouvertes.',
      'Cuadros de indicadores y publicaciones de datos abiertos.',
      'جداول المؤشرات وإصدارات البيانات المفتوحة.',
    ),
  ),
];
