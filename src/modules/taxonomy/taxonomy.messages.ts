import type { ModuleMessages } from '../../i18n/catalogue.ts';

const en = {
  'taxonomy.scheme.theme': 'Themes',
  'taxonomy.scheme.sector': 'Sectors',
  'taxonomy.scheme.sdg': 'Sustainable Development Goals',
  'taxonomy.scheme.gcm': 'Global Compact for Migration objectives',
  'taxonomy.sdgGoal.short': 'SDG {code}',
  'taxonomy.sdgTarget.short': 'SDG target {code}',
  'taxonomy.gcm.short': 'GCM objective {code}',
  'taxonomy.label': '{short}: {name}',
  'taxonomy.picker.legend': 'Tags',
  'taxonomy.picker.hint':
    'Choose the themes, sectors, Sustainable Development Goals and Global Compact objectives this is about. Open a group to see its tags.',
  'taxonomy.picker.selected': '{count, plural, one {# chosen} other {# chosen}}',
  'taxonomy.error.unknown': 'Choose tags from the list',
  'taxonomy.none': 'No tags yet.',
};

export const taxonomyMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'taxonomy.scheme.theme': 'Thèmes',
    'taxonomy.scheme.sector': 'Secteurs',
    'taxonomy.scheme.sdg': 'Objectifs de développement durable',
    'taxonomy.scheme.gcm': 'Objectifs du Pacte mondial sur les migrations',
    'taxonomy.sdgGoal.short': 'ODD {code}',
    'taxonomy.sdgTarget.short': 'Cible {code} des ODD',
    'taxonomy.gcm.short': 'Objectif {code} du Pacte mondial',
    'taxonomy.label': '{short} : {name}',
    'taxonomy.picker.legend': 'Étiquettes',
    'taxonomy.picker.hint':
      'Choisissez les thèmes, secteurs, objectifs de développement durable et objectifs du Pacte mondial concernés. Ouvrez un groupe pour voir ses étiquettes.',
    'taxonomy.picker.selected': '{count, plural, one {# choisie} other {# choisies}}',
    'taxonomy.error.unknown': 'Choisissez des étiquettes dans la liste',
    'taxonomy.none': "Pas encore d'étiquettes.",
  },
  es: {
    'taxonomy.scheme.theme': 'Temas',
    'taxonomy.scheme.sector': 'Sectores',
    'taxonomy.scheme.sdg': 'Objetivos de Desarrollo Sostenible',
    'taxonomy.scheme.gcm': 'Objetivos del Pacto Mundial para la Migración',
    'taxonomy.sdgGoal.short': 'ODS {code}',
    'taxonomy.sdgTarget.short': 'Meta {code} de los ODS',
    'taxonomy.gcm.short': 'Objetivo {code} del Pacto Mundial',
    'taxonomy.label': '{short}: {name}',
    'taxonomy.picker.legend': 'Etiquetas',
    'taxonomy.picker.hint':
      'Elija los temas, sectores, Objetivos de Desarrollo Sostenible y objetivos del Pacto Mundial de los que trata. Abra un grupo para ver sus etiquetas.',
    'taxonomy.picker.selected': '{count, plural, one {# elegida} other {# elegidas}}',
    'taxonomy.error.unknown': 'Elija etiquetas de la lista',
    'taxonomy.none': 'Todavía no hay etiquetas.',
  },
  ar: {
    'taxonomy.scheme.theme': 'المواضيع',
    'taxonomy.scheme.sector': 'القطاعات',
    'taxonomy.scheme.sdg': 'أهداف التنمية المستدامة',
    'taxonomy.scheme.gcm': 'أهداف الاتفاق العالمي من أجل الهجرة',
    'taxonomy.sdgGoal.short': 'هدف التنمية المستدامة {code}',
    'taxonomy.sdgTarget.short': 'غاية أهداف التنمية المستدامة {code}',
    'taxonomy.gcm.short': 'هدف الاتفاق العالمي {code}',
    'taxonomy.label': '{short}: {name}',
    'taxonomy.picker.legend': 'الوسوم',
    'taxonomy.picker.hint':
      'اختر المواضيع والقطاعات وأهداف التنمية المستدامة وأهداف الاتفاق العالمي المعنية. افتح مجموعة لرؤية وسومها.',
    'taxonomy.picker.selected': '{count, plural, =0 {لم يُختر شيء} one {تم اختيار #} other {تم اختيار #}}',
    'taxonomy.error.unknown': 'اختر الوسوم من القائمة',
    'taxonomy.none': 'لا توجد وسوم بعد.',
  },
};
