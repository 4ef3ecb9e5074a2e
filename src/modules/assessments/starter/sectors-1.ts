import { item, l, type StarterItem } from './texts.ts';

// Starter checklists written for Corridor, in the spirit of the GMG handbook on mainstreaming
// migration into development planning: does each sector's policy take migration into account,
// with data, consultation, budget and coordination? Every text has all four languages.

export const LABOUR: StarterItem[] = [
  item(
    'labour-strategy',
    l(
      'Does the national employment strategy address emigration, immigration and return, and their effects on the labour market?',
      "La stratégie nationale pour l'emploi traite-t-elle de l'émigration, de l'immigration et du retour, et de leurs effets sur le marché du travail ?",
      '¿La estrategia nacional de empleo aborda la emigración, la inmigración y el retorno, y sus efectos en el mercado laboral?',
      'هل تتناول الاستراتيجية الوطنية للتشغيل الهجرة إلى الخارج والهجرة الوافدة والعودة، وآثارها على سوق العمل؟',
    ),
    l(
      'Look for objectives and measures on labour migration inside the employment strategy itself, not only in a separate migration policy. Both departures and arrivals count.',
      "Cherchez des objectifs et des mesures sur la migration de main-d'œuvre dans la stratégie pour l'emploi elle-même, et pas seulement dans une politique migratoire distincte. Les départs comme les arrivées comptent.",
      'Busque objetivos y medidas sobre migración laboral dentro de la propia estrategia de empleo, no solo en una política migratoria aparte. Cuentan tanto las salidas como las llegadas.',
      'ابحث عن أهداف وتدابير بشأن هجرة اليد العاملة داخل استراتيجية التشغيل نفسها، وليس فقط في سياسة هجرة منفصلة. ويُحتسب كل من المغادرة والوصول.',
    ),
    l(
      'The employment strategy or policy, with the sections or measures that concern migrant workers.',
      "La stratégie ou politique de l'emploi, avec les sections ou mesures qui concernent les travailleurs migrants.",
      'La estrategia o política de empleo, con las secciones o medidas que se refieren a los trabajadores migrantes.',
      'استراتيجية أو سياسة التشغيل، مع الأقسام أو التدابير المتعلقة بالعمال المهاجرين.',
    ),
  ),
  item(
    'labour-recruitment',
    l(
      'Are recruitment agencies licensed and monitored so that migrant workers pay no recruitment fees and receive a written contract before they leave?',
      'Les agences de recrutement sont-elles agréées et contrôlées afin que les travailleurs migrants ne paient pas de frais de recrutement et reçoivent un contrat écrit avant leur départ ?',
      '¿Las agencias de contratación tienen licencia y están supervisadas para que los trabajadores migrantes no paguen comisiones de contratación y reciban un contrato escrito antes de partir?',
      'هل تخضع وكالات التوظيف للترخيص والرقابة بحيث لا يدفع العمال المهاجرون رسوم توظيف ويحصلون على عقد مكتوب قبل سفرهم؟',
    ),
    l(
      'Consider licensing rules, inspections, sanctions, a channel for complaints, and whether the rules follow fair-recruitment principles.',
      "Tenez compte des règles d'agrément, des inspections, des sanctions, d'un moyen de porter plainte, et de la conformité des règles aux principes du recrutement équitable.",
      'Tenga en cuenta las normas de licencia, las inspecciones, las sanciones, un canal de quejas y si las normas siguen los principios de contratación equitativa.',
      'راعِ قواعد الترخيص والتفتيش والعقوبات ووجود قناة لتقديم الشكاوى، ومدى اتباع القواعد لمبادئ التوظيف العادل.',
    ),
    l(
      'Recruitment regulations, the register of licensed agencies, figures on complaints and sanctions.',
      'La réglementation du recrutement, le registre des agences agréées, des chiffres sur les plaintes et les sanctions.',
      'La normativa de contratación, el registro de agencias con licencia, cifras de quejas y sanciones.',
      'أنظمة التوظيف، وسجل الوكالات المرخصة، وأرقام عن الشكاوى والعقوبات.',
    ),
  ),
  item(
    'labour-data',
    l(
      'Does labour-market information show who leaves, who returns and who arrives, and in which occupations?',
      'Les informations sur le marché du travail montrent-elles qui part, qui revient et qui arrive, et dans quels métiers ?',
      '¿La información del mercado laboral muestra quién se va, quién regresa y quién llega, y en qué ocupaciones?',
      'هل تُظهر معلومات سوق العمل من يغادر ومن يعود ومن يصل، وفي أي مهن؟',
    ),
    l(
      'Labour force surveys with migration questions, administrative records of departures and returns, and analyses of skills shortages and surpluses.',
      'Des enquêtes sur la population active comportant des questions sur la migration, des registres administratifs des départs et des retours, et des analyses des pénuries et excédents de compétences.',
      'Encuestas de población activa con preguntas sobre migración, registros administrativos de salidas y retornos, y análisis de escasez y excedentes de competencias.',
      'مسوح القوى العاملة التي تتضمن أسئلة عن الهجرة، والسجلات الإدارية للمغادرة والعودة، وتحليلات النقص والفائض في المهارات.',
    ),
    l(
      'Survey questionnaires and recent tables or reports that use these data.',
      'Les questionnaires des enquêtes et des tableaux ou rapports récents qui utilisent ces données.',
      'Los cuestionarios de las encuestas y cuadros o informes recientes que usan estos datos.',
      'استبيانات المسوح وجداول أو تقارير حديثة تستخدم هذه البيانات.',
    ),
  ),
  item(
    'labour-dialogue',
    l(
      "Do the labour ministry, employers' organisations and trade unions take part in the coordination of migration policy?",
      "Le ministère du Travail, les organisations d'employeurs et les syndicats participent-ils à la coordination de la politique migratoire ?",
      '¿El ministerio de trabajo, las organizaciones de empleadores y los sindicatos participan en la coordinación de la política migratoria?',
      'هل تشارك وزارة العمل ومنظمات أصحاب العمل والنقابات العمالية في تنسيق سياسة الهجرة؟',
    ),
    l(
      'Check that the social partners sit in the coordinating body or its working groups and are consulted on bilateral labour agreements.',
      "Vérifiez que les partenaires sociaux siègent dans l'organe de coordination ou ses groupes de travail et qu'ils sont consultés sur les accords bilatéraux de main-d'œuvre.",
      'Compruebe que los interlocutores sociales forman parte del órgano de coordinación o de sus grupos de trabajo y que se les consulta sobre los acuerdos laborales bilaterales.',
      'تحقق من أن الشركاء الاجتماعيين أعضاء في هيئة التنسيق أو أفرقة العمل التابعة لها، وأنهم يُستشارون بشأن اتفاقات العمل الثنائية.',
    ),
    l(
      'Terms of reference, membership lists or minutes of the coordinating body.',
      "Le mandat, la liste des membres ou les comptes rendus de l'organe de coordination.",
      'El mandato, la lista de miembros o las actas del órgano de coordinación.',
      'اختصاصات هيئة التنسيق أو قوائم أعضائها أو محاضر اجتماعاتها.',
    ),
  ),
  item(
    'labour-agreements',
    l(
      "Do bilateral labour agreements with the main partner countries protect workers' rights, provide for skills recognition and have the means to be implemented?",
      "Les accords bilatéraux de main-d'œuvre conclus avec les principaux pays partenaires protègent-ils les droits des travailleurs, prévoient-ils la reconnaissance des compétences et disposent-ils de moyens de mise en œuvre ?",
      '¿Los acuerdos laborales bilaterales con los principales países socios protegen los derechos de los trabajadores, prevén el reconocimiento de competencias y cuentan con medios para aplicarse?',
      'هل تحمي اتفاقات العمل الثنائية مع البلدان الشريكة الرئيسية حقوق العمال، وتنص على الاعتراف بالمهارات، وتتوفر لها وسائل التنفيذ؟',
    ),
    l(
      'An agreement on paper is not enough: look for a joint committee, regular monitoring and funds for implementation.',
      'Un accord sur le papier ne suffit pas : cherchez un comité mixte, un suivi régulier et des fonds pour la mise en œuvre.',
      'Un acuerdo en papel no basta: busque un comité mixto, un seguimiento regular y fondos para su aplicación.',
      'لا يكفي اتفاق على الورق: ابحث عن لجنة مشتركة ومتابعة منتظمة وأموال مخصصة للتنفيذ.',
    ),
    l(
      'Texts of the agreements, reports of joint committees, budget lines.',
      'Les textes des accords, les rapports des comités mixtes, les lignes budgétaires.',
      'Los textos de los acuerdos, los informes de los comités mixtos, las partidas presupuestarias.',
      'نصوص الاتفاقات، وتقارير اللجان المشتركة، والبنود المدرجة في الميزانية.',
    ),
  ),
];

export const EDUCATION: StarterItem[] = [
  item(
    'education-strategy',
    l(
      'Does the education and training strategy take account of the emigration of skilled people and of the skills that migrants bring back?',
      "La stratégie d'éducation et de formation tient-elle compte de l'émigration des personnes qualifiées et des compétences que les migrants rapportent ?",
      '¿La estrategia de educación y formación tiene en cuenta la emigración de personas cualificadas y las competencias que traen los migrantes al regresar?',
      'هل تراعي استراتيجية التعليم والتدريب هجرة ذوي المهارات والمهارات التي يعود بها المهاجرون؟',
    ),
    l(
      "Look for measures on training in occupations in demand at home and abroad, on keeping or attracting back skilled people, and on using returnees' skills.",
      "Cherchez des mesures sur la formation aux métiers demandés dans le pays et à l'étranger, sur le maintien ou le retour des personnes qualifiées, et sur l'utilisation des compétences des personnes de retour.",
      'Busque medidas sobre la formación en ocupaciones demandadas en el país y en el extranjero, sobre retener o atraer de vuelta a personas cualificadas y sobre el aprovechamiento de las competencias de quienes retornan.',
      'ابحث عن تدابير للتدريب على المهن المطلوبة داخل البلد وخارجه، وللاحتفاظ بذوي المهارات أو استقطابهم للعودة، وللاستفادة من مهارات العائدين.',
    ),
    l(
      'The education or skills strategy and its action plan.',
      "La stratégie d'éducation ou de développement des compétences et son plan d'action.",
      'La estrategia de educación o de competencias y su plan de acción.',
      'استراتيجية التعليم أو المهارات وخطة عملها.',
    ),
  ),
  item(
    'education-recognition',
    l(
      'Is there a clear and affordable procedure to recognise the qualifications and skills of returnees and immigrants?',
      'Existe-t-il une procédure claire et abordable pour reconnaître les diplômes et les compétences des personnes de retour et des immigrés ?',
      '¿Existe un procedimiento claro y asequible para reconocer las titulaciones y competencias de las personas retornadas y de los inmigrantes?',
      'هل يوجد إجراء واضح وميسور التكلفة للاعتراف بمؤهلات ومهارات العائدين والمهاجرين الوافدين؟',
    ),
    l(
      'Include the recognition of skills gained outside formal education, and agreements with partner countries on mutual recognition.',
      "Incluez la reconnaissance des compétences acquises hors de l'enseignement formel et les accords de reconnaissance mutuelle avec les pays partenaires.",
      'Incluya el reconocimiento de las competencias adquiridas fuera de la educación formal y los acuerdos de reconocimiento mutuo con los países socios.',
      'يشمل ذلك الاعتراف بالمهارات المكتسبة خارج التعليم النظامي، واتفاقات الاعتراف المتبادل مع البلدان الشريكة.',
    ),
    l(
      'The recognition procedure, its fees and processing times, and the number of requests handled.',
      'La procédure de reconnaissance, ses frais et délais, et le nombre de demandes traitées.',
      'El procedimiento de reconocimiento, sus tasas y plazos, y el número de solicitudes tramitadas.',
      'إجراء الاعتراف ورسومه ومدة معالجته، وعدد الطلبات التي جرت معالجتها.',
    ),
  ),
  item(
    'education-access',
    l(
      'Can migrant children, and children who stay behind when their parents migrate, go to school and get the support they need?',
      "Les enfants migrants, et les enfants qui restent au pays quand leurs parents migrent, peuvent-ils aller à l'école et recevoir le soutien dont ils ont besoin ?",
      '¿Los niños migrantes, y los niños que se quedan cuando sus padres migran, pueden ir a la escuela y recibir el apoyo que necesitan?',
      'هل يستطيع الأطفال المهاجرون، والأطفال الذين يبقون في البلد عندما يهاجر آباؤهم، الالتحاق بالمدرسة والحصول على الدعم الذي يحتاجونه؟',
    ),
    l(
      'Consider enrolment rules that do not depend on residence status, language support, and attention to the schooling of children left behind.',
      "Tenez compte de règles d'inscription qui ne dépendent pas du statut de séjour, du soutien linguistique et de l'attention portée à la scolarité des enfants restés au pays.",
      'Tenga en cuenta normas de matrícula que no dependan de la situación de residencia, el apoyo lingüístico y la atención a la escolarización de los niños que se quedan.',
      'راعِ قواعد التسجيل التي لا تتوقف على وضع الإقامة، والدعم اللغوي، والاهتمام بتعليم الأطفال الذين بقوا في البلد.',
    ),
    l(
      'Enrolment regulations, school data disaggregated by migration status, support programmes.',
      "La réglementation de l'inscription scolaire, des données scolaires ventilées selon le statut migratoire, les programmes de soutien.",
      'La normativa de matrícula, datos escolares desglosados por situación migratoria, los programas de apoyo.',
      'أنظمة التسجيل المدرسي، والبيانات المدرسية المصنفة حسب وضع الهجرة، وبرامج الدعم.',
    ),
  ),
  item(
    'education-predeparture',
    l(
      'Are pre-departure training and language courses available, and are they linked to demand in destination countries?',
      'Des formations avant le départ et des cours de langue sont-ils proposés, et sont-ils liés à la demande des pays de destination ?',
      '¿Se ofrecen formación previa a la partida y cursos de idiomas, y están vinculados a la demanda de los países de destino?',
      'هل تتوفر دورات تدريبية ودروس لغة قبل السفر، وهل ترتبط بالطلب في بلدان المقصد؟',
    ),
    l(
      'Check who provides them, what migrants pay for them, and whether the content was agreed with destination countries or employers.',
      'Vérifiez qui les dispense, ce que les migrants paient, et si le contenu a été convenu avec les pays de destination ou les employeurs.',
      'Compruebe quién los imparte, cuánto pagan los migrantes y si el contenido se acordó con los países de destino o con los empleadores.',
      'تحقق من الجهة التي تقدمها، وما يدفعه المهاجرون مقابلها، وما إذا كان المحتوى متفقًا عليه مع بلدان المقصد أو أصحاب العمل.',
    ),
    l(
      'Course catalogues, numbers of people trained, agreements with destination countries.',
      'Les catalogues de cours, le nombre de personnes formées, les accords avec les pays de destination.',
      'Los catálogos de cursos, el número de personas formadas, los acuerdos con los países de destino.',
      'قوائم الدورات، وعدد المتدربين، والاتفاقات مع بلدان المقصد.',
    ),
  ),
];

export const HEALTH: StarterItem[] = [
  item(
    'health-strategy',
    l(
      'Does the health sector strategy address the health needs of migrants and of the families they leave behind?',
      'La stratégie du secteur de la santé répond-elle aux besoins de santé des migrants et des familles qui restent au pays ?',
      '¿La estrategia del sector de la salud atiende las necesidades de salud de los migrantes y de las familias que se quedan?',
      'هل تتناول استراتيجية قطاع الصحة الاحتياجات الصحية للمهاجرين وللأسر التي يتركونها خلفهم؟',
    ),
    l(
      'Look for migrants among the groups the strategy names, and for measures on mental health, occupational health and the care of dependants who stay behind.',
      "Cherchez si les migrants figurent parmi les groupes cités par la stratégie, et s'il existe des mesures sur la santé mentale, la santé au travail et la prise en charge des personnes à charge restées au pays.",
      'Busque si los migrantes figuran entre los grupos que menciona la estrategia, y medidas sobre salud mental, salud laboral y el cuidado de las personas dependientes que se quedan.',
      'ابحث عما إذا كان المهاجرون من بين الفئات التي تذكرها الاستراتيجية، وعن تدابير للصحة النفسية والصحة المهنية ورعاية المعالين الذين بقوا في البلد.',
    ),
    l(
      'The health strategy and the sections that concern migrants and their families.',
      'La stratégie de santé et les sections qui concernent les migrants et leurs familles.',
      'La estrategia de salud y las secciones que se refieren a los migrantes y sus familias.',
      'الاستراتيجية الصحية والأقسام المتعلقة بالمهاجرين وأسرهم.',
    ),
  ),
  item(
    'health-workforce',
    l(
      'Is the emigration of health workers monitored, with measures for ethical recruitment, retention and return?',
      "L'émigration des personnels de santé est-elle suivie, avec des mesures de recrutement éthique, de fidélisation et de retour ?",
      '¿Se hace seguimiento de la emigración del personal sanitario, con medidas de contratación ética, retención y retorno?',
      'هل تُرصد هجرة العاملين الصحيين، مع تدابير للتوظيف الأخلاقي والاستبقاء والعودة؟',
    ),
    l(
      'Compare the numbers leaving with the numbers trained, and look for commitments in line with the WHO Global Code of Practice on the International Recruitment of Health Personnel.',
      "Comparez le nombre de départs au nombre de personnes formées, et cherchez des engagements conformes au Code de pratique mondial de l'OMS pour le recrutement international des personnels de santé.",
      'Compare el número de salidas con el de personas formadas y busque compromisos acordes con el Código de prácticas mundial de la OMS sobre contratación internacional de personal de salud.',
      'قارن أعداد المغادرين بأعداد من يجري تدريبهم، وابحث عن التزامات تتوافق مع المدونة العالمية لممارسات منظمة الصحة العالمية بشأن التوظيف الدولي للعاملين الصحيين.',
    ),
    l(
      'Health workforce statistics, retention or return schemes, agreements with destination countries.',
      'Des statistiques sur les personnels de santé, des dispositifs de fidélisation ou de retour, des accords avec les pays de destination.',
      'Estadísticas del personal sanitario, programas de retención o de retorno, acuerdos con los países de destino.',
      'إحصاءات القوى العاملة الصحية، وبرامج الاستبقاء أو العودة، والاتفاقات مع بلدان المقصد.',
    ),
  ),
  item(
    'health-access',
    l(
      'Can migrants use essential health services whatever their status, and can workers abroad keep their health coverage?',
      "Les migrants peuvent-ils recourir aux services de santé essentiels quel que soit leur statut, et les travailleurs à l'étranger peuvent-ils conserver leur couverture santé ?",
      '¿Pueden los migrantes usar los servicios de salud esenciales sea cual sea su situación, y pueden los trabajadores en el extranjero conservar su cobertura de salud?',
      'هل يستطيع المهاجرون الحصول على الخدمات الصحية الأساسية أيًا كان وضعهم، وهل يستطيع العاملون في الخارج الاحتفاظ بتغطيتهم الصحية؟',
    ),
    l(
      'Consider emergency and primary care, maternal care and vaccination, and whether coverage follows workers who leave and come back.',
      "Tenez compte des soins d'urgence et de premier recours, des soins maternels et de la vaccination, et vérifiez si la couverture suit les travailleurs qui partent et reviennent.",
      'Tenga en cuenta la atención de urgencia y primaria, la atención materna y la vacunación, y si la cobertura acompaña a los trabajadores que se van y regresan.',
      'راعِ الرعاية الطارئة والأولية، ورعاية الأمومة والتطعيم، وما إذا كانت التغطية تتبع العمال الذين يغادرون ثم يعودون.',
    ),
    l(
      'Laws or circulars on access to care, insurance rules, data on the use of services.',
      "Des lois ou circulaires sur l'accès aux soins, les règles d'assurance, des données sur le recours aux services.",
      'Leyes o circulares sobre el acceso a la atención, las normas del seguro, datos sobre el uso de los servicios.',
      'القوانين أو التعاميم المتعلقة بالحصول على الرعاية، وقواعد التأمين، وبيانات عن استخدام الخدمات.',
    ),
  ),
  item(
    'health-data',
    l(
      'Do health information systems record migration status where this is useful and safe?',
      "Les systèmes d'information sanitaire enregistrent-ils le statut migratoire lorsque cela est utile et sans risque ?",
      '¿Los sistemas de información sanitaria registran la situación migratoria cuando es útil y seguro?',
      'هل تسجل نظم المعلومات الصحية وضع الهجرة حيث يكون ذلك مفيدًا وآمنًا؟',
    ),
    l(
      'The data must be protected and never used for immigration enforcement; check that the records allow the health of migrants to be followed over time.',
      "Les données doivent être protégées et jamais utilisées pour le contrôle de l'immigration ; vérifiez que les registres permettent de suivre la santé des migrants dans le temps.",
      'Los datos deben estar protegidos y no usarse nunca para el control migratorio; compruebe que los registros permiten seguir la salud de los migrantes a lo largo del tiempo.',
      'يجب حماية البيانات وعدم استخدامها أبدًا لإنفاذ قوانين الهجرة؛ تحقق من أن السجلات تتيح متابعة صحة المهاجرين مع مرور الوقت.',
    ),
    l(
      'The variables of the health information system, data protection rules, published analyses.',
      "Les variables du système d'information sanitaire, les règles de protection des données, des analyses publiées.",
      'Las variables del sistema de información sanitaria, las normas de protección de datos, análisis publicados.',
      'متغيرات نظام المعلومات الصحية، وقواعد حماية البيانات، والتحليلات المنشورة.',
    ),
  ),
];

export const SOCIAL_PROTECTION: StarterItem[] = [
  item(
    'social-coverage',
    l(
      'Can migrant workers and their families join social insurance schemes, both at home and in the destination country?',
      "Les travailleurs migrants et leurs familles peuvent-ils s'affilier aux régimes d'assurance sociale, dans le pays d'origine comme dans le pays de destination ?",
      '¿Pueden los trabajadores migrantes y sus familias afiliarse a los regímenes de seguro social, tanto en el país de origen como en el de destino?',
      'هل يستطيع العمال المهاجرون وأسرهم الانضمام إلى نظم التأمين الاجتماعي، في بلد المنشأ وفي بلد المقصد على السواء؟',
    ),
    l(
      'Look at voluntary schemes for workers abroad, at the coverage of immigrants in the country, and at the conditions attached.',
      "Examinez les régimes volontaires pour les travailleurs à l'étranger, la couverture des immigrés dans le pays et les conditions qui s'y attachent.",
      'Examine los regímenes voluntarios para los trabajadores en el extranjero, la cobertura de los inmigrantes en el país y las condiciones que se aplican.',
      'انظر في النظم الطوعية للعاملين في الخارج، وفي تغطية المهاجرين الوافدين داخل البلد، وفي الشروط المرتبطة بها.',
    ),
    l(
      'Scheme rules and the number of migrants covered.',
      'Les règles des régimes et le nombre de migrants couverts.',
      'Las normas de los regímenes y el número de migrantes cubiertos.',
      'قواعد النظم وعدد المهاجرين المشمولين بها.',
    ),
  ),
  item(
    'social-portability',
    l(
      'Do social security agreements with the main partner countries let workers keep and transfer their pension and other rights?',
      'Les accords de sécurité sociale avec les principaux pays partenaires permettent-ils aux travailleurs de conserver et de transférer leurs droits à pension et autres droits ?',
      '¿Los convenios de seguridad social con los principales países socios permiten a los trabajadores conservar y transferir sus derechos de pensión y otros derechos?',
      'هل تتيح اتفاقات الضمان الاجتماعي مع البلدان الشريكة الرئيسية للعمال الاحتفاظ بحقوقهم في المعاشات وغيرها ونقلها؟',
    ),
    l(
      'List the agreements in force and the benefits they cover; an agreement that is signed but not applied counts as partly addressed.',
      "Dressez la liste des accords en vigueur et des prestations qu'ils couvrent ; un accord signé mais non appliqué compte comme partiellement traité.",
      'Enumere los convenios vigentes y las prestaciones que cubren; un convenio firmado pero no aplicado cuenta como abordado en parte.',
      'اذكر الاتفاقات السارية والاستحقاقات التي تغطيها؛ والاتفاق الموقع غير المطبق يُعد معالجًا جزئيًا.',
    ),
    l(
      'Texts of the agreements and figures on benefits paid abroad.',
      "Les textes des accords et des chiffres sur les prestations versées à l'étranger.",
      'Los textos de los convenios y cifras de prestaciones pagadas en el extranjero.',
      'نصوص الاتفاقات وأرقام عن الاستحقاقات المدفوعة في الخارج.',
    ),
  ),
  item(
    'social-assistance',
    l(
      "Do social assistance programmes reach migrants' households and families left behind, without excluding them unfairly?",
      "Les programmes d'assistance sociale atteignent-ils les ménages de migrants et les familles restées au pays, sans les exclure injustement ?",
      '¿Los programas de asistencia social llegan a los hogares de migrantes y a las familias que se quedan, sin excluirlos injustamente?',
      'هل تصل برامج المساعدة الاجتماعية إلى أسر المهاجرين والأسر التي بقيت في البلد، دون استبعادها على نحو غير منصف؟',
    ),
    l(
      'Check whether eligibility rules count remittances in a way that excludes poor households, and whether returnees in need can register.',
      "Vérifiez si les règles d'éligibilité prennent en compte les envois de fonds d'une manière qui exclut des ménages pauvres, et si les personnes de retour dans le besoin peuvent s'inscrire.",
      'Compruebe si las reglas de elegibilidad computan las remesas de forma que excluye a hogares pobres, y si las personas retornadas necesitadas pueden inscribirse.',
      'تحقق مما إذا كانت قواعد الأهلية تحتسب التحويلات المالية بطريقة تستبعد الأسر الفقيرة، وما إذا كان بإمكان العائدين المحتاجين التسجيل.',
    ),
    l(
      'Eligibility rules and coverage data by type of household.',
      "Les règles d'éligibilité et des données de couverture par type de ménage.",
      'Las reglas de elegibilidad y datos de cobertura por tipo de hogar.',
      'قواعد الأهلية وبيانات التغطية حسب نوع الأسرة.',
    ),
  ),
  item(
    'social-welfare',
    l(
      'Is there an institution, with a budget, responsible for the welfare of nationals abroad and of returning migrants?',
      "Existe-t-il une institution, dotée d'un budget, chargée du bien-être des ressortissants à l'étranger et des migrants de retour ?",
      '¿Existe una institución, con presupuesto, encargada del bienestar de los nacionales en el extranjero y de los migrantes retornados?',
      'هل توجد مؤسسة ذات ميزانية مسؤولة عن رعاية المواطنين في الخارج والمهاجرين العائدين؟',
    ),
    l(
      'For example a welfare fund, labour attachés or consular social services; check their funding and how many people they reach.',
      'Par exemple un fonds social, des attachés du travail ou des services sociaux consulaires ; vérifiez leur financement et le nombre de personnes atteintes.',
      'Por ejemplo, un fondo de bienestar, agregados laborales o servicios sociales consulares; compruebe su financiación y a cuántas personas llegan.',
      'مثل صندوق للرعاية أو ملحقين عماليين أو خدمات اجتماعية قنصلية؛ تحقق من تمويلها وعدد الأشخاص الذين تصل إليهم.',
    ),
    l(
      "The institution's mandate, budget and annual report.",
      "Le mandat de l'institution, son budget et son rapport annuel.",
      'El mandato de la institución, su presupuesto y su informe anual.',
      'ولاية المؤسسة وميزانيتها وتقريرها السنوي.',
    ),
  ),
];

export const FINANCE: StarterItem[] = [
  item(
    'finance-cost',
    l(
      'Does financial sector policy aim to lower the cost of sending remittances, towards the SDG target of less than 3 per cent?',
      'La politique du secteur financier vise-t-elle à réduire le coût des envois de fonds, vers la cible des ODD de moins de 3 % ?',
      '¿La política del sector financiero busca reducir el costo de enviar remesas, hacia la meta de los ODS de menos del 3 %?',
      'هل تهدف سياسة القطاع المالي إلى خفض تكلفة إرسال التحويلات المالية نحو غاية أهداف التنمية المستدامة المتمثلة في أقل من 3 في المائة؟',
    ),
    l(
      'Look for a target, a monitored list of prices for the main corridors, and measures such as more competition or digital channels.',
      'Cherchez une cible, un suivi des prix pour les principaux corridors, et des mesures comme davantage de concurrence ou des canaux numériques.',
      'Busque una meta, un seguimiento de precios en los principales corredores y medidas como más competencia o canales digitales.',
      'ابحث عن غاية محددة، ورصد للأسعار في الممرات الرئيسية، وتدابير مثل زيادة المنافسة أو القنوات الرقمية.',
    ),
    l(
      'Policy documents and price data for the main corridors.',
      'Les documents de politique et des données de prix pour les principaux corridors.',
      'Documentos de política y datos de precios de los principales corredores.',
      'وثائق السياسات وبيانات الأسعار في الممرات الرئيسية.',
    ),
  ),
  item(
    'finance-regulation',
    l(
      'Do regulations let several kinds of providers (banks, post offices, mobile money, microfinance) offer remittance services safely?',
      "La réglementation permet-elle à plusieurs types de prestataires (banques, postes, monnaie mobile, microfinance) d'offrir des services d'envoi de fonds en toute sécurité ?",
      '¿La normativa permite que varios tipos de proveedores (bancos, correos, dinero móvil, microfinanzas) ofrezcan servicios de remesas de forma segura?',
      'هل تتيح الأنظمة لأنواع متعددة من مقدمي الخدمات (المصارف ومكاتب البريد والنقود عبر الهاتف المحمول ومؤسسات التمويل الأصغر) تقديم خدمات التحويلات المالية بأمان؟',
    ),
    l(
      'Rules should be proportionate: exclusive agreements and excessive requirements keep prices high, while safeguards against fraud still apply.',
      "Les règles doivent être proportionnées : les accords d'exclusivité et les exigences excessives maintiennent les prix élevés, tandis que les garde-fous contre la fraude restent nécessaires.",
      'Las normas deben ser proporcionadas: los acuerdos de exclusividad y los requisitos excesivos mantienen los precios altos, mientras que las salvaguardias contra el fraude siguen siendo necesarias.',
      'ينبغي أن تكون القواعد متناسبة: فاتفاقات الحصرية والاشتراطات المفرطة تُبقي الأسعار مرتفعة، مع بقاء الضمانات ضد الاحتيال ضرورية.',
    ),
    l(
      'Regulations on payment services and the list of licensed remittance providers.',
      'La réglementation des services de paiement et la liste des prestataires agréés.',
      'La normativa de servicios de pago y la lista de proveedores de remesas autorizados.',
      'أنظمة خدمات الدفع وقائمة مقدمي خدمات التحويل المرخصين.',
    ),
  ),
  item(
    'finance-inclusion',
    l(
      'Are there financial inclusion and financial literacy programmes for migrants and for households that receive remittances?',
      "Existe-t-il des programmes d'inclusion financière et d'éducation financière pour les migrants et les ménages qui reçoivent des envois de fonds ?",
      '¿Existen programas de inclusión y educación financiera para los migrantes y los hogares que reciben remesas?',
      'هل توجد برامج للشمول المالي والتثقيف المالي للمهاجرين والأسر التي تتلقى التحويلات المالية؟',
    ),
    l(
      'Consider savings, credit, insurance and investment products, and whether women and rural households are reached.',
      "Tenez compte des produits d'épargne, de crédit, d'assurance et d'investissement, et vérifiez si les femmes et les ménages ruraux sont atteints.",
      'Tenga en cuenta los productos de ahorro, crédito, seguro e inversión, y si llegan a las mujeres y a los hogares rurales.',
      'راعِ منتجات الادخار والائتمان والتأمين والاستثمار، وما إذا كانت تصل إلى النساء والأسر الريفية.',
    ),
    l(
      'Programme descriptions, numbers of participants, products offered.',
      'Les descriptions des programmes, le nombre de participants, les produits proposés.',
      'Descripciones de los programas, número de participantes, productos ofrecidos.',
      'أوصاف البرامج وعدد المشاركين والمنتجات المعروضة.',
    ),
  ),
  item(
    'finance-data',
    l(
      'Are remittance flows measured reliably, including those that go through informal channels?',
      "Les flux d'envois de fonds sont-ils mesurés de façon fiable, y compris ceux qui passent par des canaux informels ?",
      '¿Se miden de forma fiable los flujos de remesas, incluidos los que pasan por canales informales?',
      'هل تُقاس تدفقات التحويلات المالية بشكل موثوق، بما في ذلك تلك التي تمر عبر قنوات غير رسمية؟',
    ),
    l(
      'Check the balance-of-payments methods, household surveys with questions on remittances, and whether the figures are published.',
      'Vérifiez les méthodes de la balance des paiements, les enquêtes auprès des ménages comportant des questions sur les envois de fonds, et la publication des chiffres.',
      'Compruebe los métodos de la balanza de pagos, las encuestas de hogares con preguntas sobre remesas y si se publican las cifras.',
      'تحقق من أساليب ميزان المدفوعات، ومسوح الأسر التي تتضمن أسئلة عن التحويلات، وما إذا كانت الأرقام منشورة.',
    ),
    l(
      'Central bank statistics and survey reports.',
      'Les statistiques de la banque centrale et les rapports des enquêtes.',
      'Estadísticas del banco central e informes de encuestas.',
      'إحصاءات المصرف المركزي وتقارير المسوح.',
    ),
  ),
];

export const DIASPORA: StarterItem[] = [
  item(
    'diaspora-policy',
    l(
      'Is there a diaspora policy, or an institution with a clear mandate and a budget for working with the diaspora?',
      "Existe-t-il une politique de la diaspora, ou une institution dotée d'un mandat clair et d'un budget pour travailler avec la diaspora ?",
      '¿Existe una política sobre la diáspora, o una institución con un mandato claro y presupuesto para trabajar con la diáspora?',
      'هل توجد سياسة خاصة بالمغتربين، أو مؤسسة ذات ولاية واضحة وميزانية للعمل مع المغتربين؟',
    ),
    l(
      'A ministry, agency or unit with staff and funds counts for more than a declaration of intent.',
      "Un ministère, une agence ou une unité disposant de personnel et de fonds compte davantage qu'une déclaration d'intention.",
      'Un ministerio, organismo o unidad con personal y fondos cuenta más que una declaración de intenciones.',
      'إن وجود وزارة أو وكالة أو وحدة لديها موظفون وأموال أهم من مجرد إعلان نوايا.',
    ),
    l(
      'The policy or mandate, with budget and staffing figures.',
      'La politique ou le mandat, avec des chiffres sur le budget et le personnel.',
      'La política o el mandato, con cifras de presupuesto y personal.',
      'السياسة أو الولاية، مع أرقام الميزانية وعدد الموظفين.',
    ),
  ),
  item(
    'diaspora-mapping',
    l(
      'Does the government know where its diaspora lives, and what skills and resources it has?',
      'Le gouvernement sait-il où vit sa diaspora, et de quelles compétences et ressources elle dispose ?',
      '¿Sabe el gobierno dónde vive su diáspora y con qué competencias y recursos cuenta?',
      'هل تعرف الحكومة أين يعيش مغتربوها وما لديهم من مهارات وموارد؟',
    ),
    l(
      'Look for a mapping or survey of the diaspora, consular registration data, and how often they are updated.',
      "Cherchez une cartographie ou une enquête sur la diaspora, des données d'immatriculation consulaire, et leur fréquence de mise à jour.",
      'Busque un mapeo o una encuesta de la diáspora, datos de registro consular y con qué frecuencia se actualizan.',
      'ابحث عن خريطة أو مسح للمغتربين، وبيانات التسجيل القنصلي، ومدى تواتر تحديثها.',
    ),
    l(
      'Mapping reports and consular registration statistics.',
      "Les rapports de cartographie et les statistiques d'immatriculation consulaire.",
      'Informes de mapeo y estadísticas de registro consular.',
      'تقارير الخرائط وإحصاءات التسجيل القنصلي.',
    ),
  ),
  item(
    'diaspora-channels',
    l(
      'Are there channels for diaspora investment, philanthropy or transfer of knowledge that are linked to development priorities?',
      "Existe-t-il des canaux pour l'investissement, la philanthropie ou le transfert de connaissances de la diaspora, liés aux priorités de développement ?",
      '¿Existen canales para la inversión, la filantropía o la transferencia de conocimientos de la diáspora vinculados a las prioridades de desarrollo?',
      'هل توجد قنوات لاستثمار المغتربين أو أعمالهم الخيرية أو نقل معارفهم، ترتبط بأولويات التنمية؟',
    ),
    l(
      "For example matching funds, diaspora bonds, investment guides or short expert assignments; check that they serve the plan's priorities.",
      "Par exemple des fonds de contrepartie, des obligations de la diaspora, des guides de l'investissement ou de courtes missions d'experts ; vérifiez qu'ils servent les priorités du plan.",
      'Por ejemplo, fondos de contrapartida, bonos de la diáspora, guías de inversión o misiones cortas de expertos; compruebe que sirven a las prioridades del plan.',
      'مثل الصناديق المقابلة أو سندات المغتربين أو أدلة الاستثمار أو مهام الخبراء القصيرة؛ تحقق من أنها تخدم أولويات الخطة.',
    ),
    l(
      'Programme documents and their results.',
      'Les documents des programmes et leurs résultats.',
      'Documentos de los programas y sus resultados.',
      'وثائق البرامج ونتائجها.',
    ),
  ),
  item(
    'diaspora-consultation',
    l(
      'Were diaspora organisations consulted in preparing the development plan and sector policies?',
      'Les organisations de la diaspora ont-elles été consultées lors de la préparation du plan de développement et des politiques sectorielles ?',
      '¿Se consultó a las organizaciones de la diáspora en la preparación del plan de desarrollo y de las políticas sectoriales?',
      'هل استُشيرت منظمات المغتربين في إعداد خطة التنمية والسياسات القطاعية؟',
    ),
    l(
      'Look for invitations, written contributions, and how their views were taken into account.',
      'Cherchez des invitations, des contributions écrites, et la manière dont leurs avis ont été pris en compte.',
      'Busque invitaciones, aportaciones por escrito y cómo se tuvieron en cuenta sus opiniones.',
      'ابحث عن الدعوات والمساهمات المكتوبة وكيفية مراعاة آرائهم.',
    ),
    l(
      'Consultation reports and lists of participants.',
      'Les rapports de consultation et les listes de participants.',
      'Informes de consulta y listas de participantes.',
      'تقارير المشاورات وقوائم المشاركين.',
    ),
  ),
];
