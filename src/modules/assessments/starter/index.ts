import type { Level, Sector } from '../assessment.table.ts';
import type { LocalizedText, TemplateDocumentInput } from '../template.schema.ts';
import { GOVERNANCE_LOCAL, GOVERNANCE_NATIONAL } from './governance.ts';
import { DIASPORA, EDUCATION, FINANCE, HEALTH, LABOUR, SOCIAL_PROTECTION } from './sectors-1.ts';
import { AGRICULTURE, CLIMATE, DATA, GENDER, RETURN, URBAN } from './sectors-2.ts';
import { l, type StarterItem } from './texts.ts';

const SECTOR_DESCRIPTION = l(
  "Does this sector's policy take migration into account, and is that backed by data, consultation, a budget and coordination? Score each question and note the evidence.",
  'La politique de ce secteur prend-elle en compte la migration, avec des données, une consultation, un budget et une coordination ? Notez chaque question et indiquez les preuves.',
  '¿La política de este sector tiene en cuenta la migración, con datos, consulta, presupuesto y coordinación? Puntúe cada pregunta e indique las pruebas.',
  'هل تراعي سياسة هذا القطاع الهجرةَ، مع بيانات ومشاورات وميزانية وتنسيق؟ قيّم كل سؤال واذكر الأدلة.',
);

/** The twelve sectors, in the order of the issue, with their names in the four languages. */
// biome-ignore format: one sector a line reads best
const SECTOR_TEMPLATES: [Sector, LocalizedText, StarterItem[]][] = [
  ['labour', l('Labour and employment', 'Travail et emploi', 'Trabajo y empleo', 'العمل والتوظيف'), LABOUR],
  ['education', l('Education and skills', 'Éducation et compétences', 'Educación y competencias', 'التعليم والمهارات'), EDUCATION],
  ['health', l('Health', 'Santé', 'Salud', 'الصحة'), HEALTH],
  ['social-protection', l('Social protection', 'Protection sociale', 'Protección social', 'الحماية الاجتماعية'), SOCIAL_PROTECTION],
  ['finance', l('Finance and remittances', 'Finance et envois de fonds', 'Finanzas y remesas', 'التمويل والتحويلات المالية'), FINANCE],
  ['diaspora', l('Diaspora engagement', 'Mobilisation de la diaspora', 'Participación de la diáspora', 'إشراك المغتربين'), DIASPORA],
  ['agriculture', l('Agriculture and rural development', 'Agriculture et développement rural', 'Agricultura y desarrollo rural', 'الزراعة والتنمية الريفية'), AGRICULTURE],
  ['urban', l('Urban and local development', 'Développement urbain et local', 'Desarrollo urbano y local', 'التنمية الحضرية والمحلية'), URBAN],
  ['climate', l('Climate change and environment', 'Changements climatiques et environnement', 'Cambio climático y medio ambiente', 'تغير المناخ والبيئة'), CLIMATE],
  ['gender', l('Gender', 'Genre', 'Género', 'النوع الاجتماعي'), GENDER],
  ['return', l('Return and reintegration', 'Retour et réintégration', 'Retorno y reintegración', 'العودة وإعادة الإدماج'), RETURN],
  ['data', l('Data and statistics', 'Données et statistiques', 'Datos y estadísticas', 'البيانات والإحصاءات'), DATA],
];

const GOVERNANCE_TEMPLATES: [Level, LocalizedText, LocalizedText, StarterItem[]][] = [
  [
    'national',
    l(
      'Migration governance: national level',
      'Gouvernance des migrations : niveau national',
      'Gobernanza de la migración: nivel nacional',
      'حوكمة الهجرة: المستوى الوطني',
    ),
    l(
      'Six domains of migration governance, in the manner of the Migration Governance Indicators: is each element absent, partly present or fully present in the country?',
      'Six domaines de la gouvernance des migrations, à la manière des indicateurs de gouvernance des migrations : chaque élément est-il absent, partiellement présent ou pleinement présent dans le pays ?',
      'Seis ámbitos de la gobernanza de la migración, al modo de los indicadores de gobernanza de la migración: ¿cada elemento está ausente, presente en parte o plenamente presente en el país?',
      'ستة مجالات لحوكمة الهجرة على غرار مؤشرات حوكمة الهجرة: هل كل عنصر غائب أم قائم جزئيًا أم قائم بالكامل في البلد؟',
    ),
    GOVERNANCE_NATIONAL,
  ],
  [
    'local',
    l(
      'Migration governance: local level',
      'Gouvernance des migrations : niveau local',
      'Gobernanza de la migración: nivel local',
      'حوكمة الهجرة: المستوى المحلي',
    ),
    l(
      'The same six domains for a province, district or city: is each element absent, partly present or fully present in the local authority?',
      'Les mêmes six domaines pour une province, un district ou une ville : chaque élément est-il absent, partiellement présent ou pleinement présent dans la collectivité ?',
      'Los mismos seis ámbitos para una provincia, un distrito o una ciudad: ¿cada elemento está ausente, presente en parte o plenamente presente en la autoridad local?',
      'المجالات الستة نفسها على مستوى الإقليم أو المنطقة أو المدينة: هل كل عنصر غائب أم قائم جزئيًا أم قائم بالكامل لدى السلطة المحلية؟',
    ),
    GOVERNANCE_LOCAL,
  ],
];

/** The starter templates shipped with Corridor, in list order, as template documents. */
export function starterTemplates(): TemplateDocumentInput[] {
  return [
    ...SECTOR_TEMPLATES.map(
      ([sector, title, items]): TemplateDocumentInput => ({
        key: `sector-${sector}`,
        kind: 'sector',
        scale: 'coherence',
        sector,
        title,
        description: SECTOR_DESCRIPTION,
        items,
      }),
    ),
    ...GOVERNANCE_TEMPLATES.map(
      ([level, title, description, items]): TemplateDocumentInput => ({
        key: `governance-${level}`,
        kind: 'governance',
        scale: 'presence',
        level,
        title,
        description,
        items,
      }),
    ),
  ];
}
