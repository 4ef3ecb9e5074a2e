import type { ModuleMessages } from '../../i18n/catalogue.ts';

/**
 * Messages of releases that wait for confirmation and of "make current" (pages, API, CLI).
 * Prefix `data.release.`, plus the importer keys these features add (`data.import.…`).
 */
const en = {
  'data.import.status.held': 'Needs confirmation',
  'data.import.cli.status.held':
    'Stored, but not made current: the current release is unchanged until you confirm this one.',
  'data.import.cli.status.restored':
    'This file was already stored (release {label}): it is the current release again.',
  'data.import.cli.status.not-current':
    'This file is already stored (release {label}), but it is not the current release, and stays so.',
  'data.import.field.publisher': 'Publisher',
  'data.import.field.publisher.hint':
    'Who published the data, as pages, PDFs and the API will credit it. Needed for a matrix whose title does not say; for other files, only to correct the publisher the file gives.',
  'data.import.field.replace':
    'Make it current even if it is smaller, older or cut short compared with the current release',
  'data.import.field.acceptErrors':
    'Make it current even if some number cells hold text (those values are left out)',
  'data.import.failure.matrix-publisher':
    'The matrix’s title (“{text}”) does not say who published it. Enter the publisher.',
  'data.release.hold.ends-mid-row':
    'The file does not end with a line break: it may have been cut short, and its last line ({line}) may hold a cut value.',
  'data.release.hold.fewer-values':
    'It has {values} values: {percent}% of the {current} in the current release.',
  'data.release.hold.fewer-areas':
    '{count, plural, one {{countText} country or area of the current release is missing} other {{countText} countries or areas of the current release are missing}}: {areas}.',
  'data.release.hold.fewer-years':
    '{count, plural, one {{countText} year of the current release is missing} other {{countText} years of the current release are missing}}: {years}.',
  'data.release.hold.older':
    'It is older than the current release ({current}, data up to {currentYear}): release {label} has data up to {year}.',
  'data.release.hold.row-errors':
    '{count, plural, one {{countText} number cell holds text: that value was} other {{countText} number cells hold text: those values were}} not stored (see the skipped rows).',
  'data.release.cli.held': 'Not made current, because:',
  'data.release.cli.wouldHold': 'This release would not become current without your confirmation, because:',
  'data.release.cli.confirmed': 'Made current although (confirmed):',
  'data.release.cli.howToConfirm':
    'To make it current, import the file again with {options}, or run: corridor import make-current {id}',
  'data.release.cli.madeCurrent': 'Release {label} ({id}) is now the current release of {dataset}.',
  'data.release.cli.alreadyCurrent': 'Release {label} ({id}) is already the current release.',
  'data.release.cli.replaces': 'It replaces release {label} ({id}).',
  'data.release.cli.question': 'Make release {label} the current one',
  'data.release.held.title': 'Not made current: this release needs your confirmation',
  'data.release.held.lead':
    'It was read completely and is stored, but the current release is unchanged, because:',
  'data.release.held.how':
    'Check the report below. If this release is right, make it current; otherwise import the correct file.',
  'data.release.confirmed.title': 'Made current although:',
  'data.release.notCurrent': 'This release is stored, but it is not the current one.',
  'data.release.makeCurrent': 'Make this release current',
  'data.release.confirm.title': 'Make release {label} current?',
  'data.release.confirm.replaces':
    'It will replace release {current} on every page, PDF and in the API. Release {current} stays stored: you can make it current again later.',
  'data.release.confirm.first': 'The dataset has no current release: this one will be the first.',
  'data.release.confirm.lost': 'Compared with the current release:',
  'data.release.confirm.nothingLost':
    'It has at least as many values, countries and years as the current release, and is not older.',
  'data.release.confirm.submit': 'Yes, make it current',
  'data.release.confirm.cancel': 'Cancel',
  'data.release.madeCurrent': 'Release {label} is now the current one.',
  'data.release.alreadyCurrent': 'Release {label} is already the current one.',
  'data.release.restored': 'This file was already stored (release {label}): it is the current release again.',
  'data.release.notCurrentFlash':
    'This file is already stored as release {label}, which is not the current one. To use it, make it current: the next step shows what would change.',
  'data.release.dryRun.wouldHold':
    'This release would not become current without your confirmation, because:',
  'data.release.error.notFinished': 'Only a release that was read completely can be made current.',
};

export const releaseMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'data.import.status.held': 'À confirmer',
    'data.import.cli.status.held':
      'Enregistrée, mais pas mise en vigueur : la version en vigueur reste la même tant que vous ne confirmez pas celle-ci.',
    'data.import.cli.status.restored':
      'Ce fichier était déjà enregistré (version {label}) : il redevient la version en vigueur.',
    'data.import.cli.status.not-current':
      'Ce fichier est déjà enregistré (version {label}), mais ce n’est pas la version en vigueur, et il le reste.',
    'data.import.field.publisher': 'Éditeur',
    'data.import.field.publisher.hint':
      'Qui a publié les données, tel que les pages, les PDF et l’API le citeront. Nécessaire pour une matrice dont le titre ne le dit pas ; pour les autres fichiers, seulement pour corriger l’éditeur indiqué par le fichier.',
    'data.import.field.replace':
      'La mettre en vigueur même si elle est plus petite, plus ancienne ou tronquée par rapport à la version en vigueur',
    'data.import.field.acceptErrors':
      'La mettre en vigueur même si des cellules numériques contiennent du texte (ces valeurs sont laissées de côté)',
    'data.import.failure.matrix-publisher':
      'Le titre de la matrice (« {text} ») ne dit pas qui l’a publiée. Indiquez l’éditeur.',
    'data.release.hold.ends-mid-row':
      'Le fichier ne se termine pas par un saut de ligne : il a peut-être été tronqué, et sa dernière ligne ({line}) peut contenir une valeur coupée.',
    'data.release.hold.fewer-values':
      'Elle contient {values} valeurs : {percent} % des {current} de la version en vigueur.',
    'data.release.hold.fewer-areas':
      '{count, plural, one {{countText} pays ou zone de la version en vigueur est absent} other {{countText} pays ou zones de la version en vigueur sont absents}} : {areas}.',
    'data.release.hold.fewer-years':
      '{count, plural, one {{countText} année de la version en vigueur est absente} other {{countText} années de la version en vigueur sont absentes}} : {years}.',
    'data.release.hold.older':
      'Elle est plus ancienne que la version en vigueur ({current}, données jusqu’en {currentYear}) : la version {label} a des données jusqu’en {year}.',
    'data.release.hold.row-errors':
      '{count, plural, one {{countText} cellule numérique contient du texte : cette valeur n’a pas été enregistrée} other {{countText} cellules numériques contiennent du texte : ces valeurs n’ont pas été enregistrées}} (voir les lignes ignorées).',
    'data.release.cli.held': 'Pas mise en vigueur, parce que :',
    'data.release.cli.wouldHold':
      'Cette version ne serait pas mise en vigueur sans votre confirmation, parce que :',
    'data.release.cli.confirmed': 'Mise en vigueur malgré ceci (confirmé) :',
    'data.release.cli.howToConfirm':
      'Pour la mettre en vigueur, importez de nouveau le fichier avec {options}, ou lancez : corridor import make-current {id}',
    'data.release.cli.madeCurrent':
      'La version {label} ({id}) est désormais la version en vigueur de {dataset}.',
    'data.release.cli.alreadyCurrent': 'La version {label} ({id}) est déjà la version en vigueur.',
    'data.release.cli.replaces': 'Elle remplace la version {label} ({id}).',
    'data.release.cli.question': 'Mettre la version {label} en vigueur',
    'data.release.held.title': 'Pas mise en vigueur : cette version attend votre confirmation',
    'data.release.held.lead':
      'Elle a été lue entièrement et est enregistrée, mais la version en vigueur n’a pas changé, parce que :',
    'data.release.held.how':
      'Vérifiez le rapport ci-dessous. Si cette version est correcte, mettez-la en vigueur ; sinon, importez le bon fichier.',
    'data.release.confirmed.title': 'Mise en vigueur malgré ceci :',
    'data.release.notCurrent': 'Cette version est enregistrée, mais ce n’est pas la version en vigueur.',
    'data.release.makeCurrent': 'Mettre cette version en vigueur',
    'data.release.confirm.title': 'Mettre la version {label} en vigueur ?',
    'data.release.confirm.replaces':
      'Elle remplacera la version {current} sur toutes les pages, dans les PDF et dans l’API. La version {current} reste enregistrée : vous pourrez la remettre en vigueur plus tard.',
    'data.release.confirm.first':
      'Le jeu de données n’a pas de version en vigueur : celle-ci sera la première.',
    'data.release.confirm.lost': 'Par rapport à la version en vigueur :',
    'data.release.confirm.nothingLost':
      'Elle a au moins autant de valeurs, de pays et d’années que la version en vigueur, et n’est pas plus ancienne.',
    'data.release.confirm.submit': 'Oui, la mettre en vigueur',
    'data.release.confirm.cancel': 'Annuler',
    'data.release.madeCurrent': 'La version {label} est désormais la version en vigueur.',
    'data.release.alreadyCurrent': 'La version {label} est déjà la version en vigueur.',
    'data.release.restored':
      'Ce fichier était déjà enregistré (version {label}) : il redevient la version en vigueur.',
    'data.release.notCurrentFlash':
      'Ce fichier est déjà enregistré comme version {label}, qui n’est pas la version en vigueur. Pour l’utiliser, mettez-la en vigueur : l’étape suivante montre ce qui changerait.',
    'data.release.dryRun.wouldHold':
      'Cette version ne serait pas mise en vigueur sans votre confirmation, parce que :',
    'data.release.error.notFinished': 'Seule une version lue entièrement peut être mise en vigueur.',
  },
  es: {
    'data.import.status.held': 'Por confirmar',
    'data.import.cli.status.held':
      'Guardada, pero no se ha hecho vigente: la versión vigente no cambia hasta que confirme esta.',
    'data.import.cli.status.restored':
      'Este archivo ya estaba guardado (versión {label}): vuelve a ser la versión vigente.',
    'data.import.cli.status.not-current':
      'Este archivo ya está guardado (versión {label}), pero no es la versión vigente, y sigue sin serlo.',
    'data.import.field.publisher': 'Editor',
    'data.import.field.publisher.hint':
      'Quién publicó los datos, tal como lo citarán las páginas, los PDF y la API. Necesario para una matriz cuyo título no lo dice; para otros archivos, solo para corregir el editor que indica el archivo.',
    'data.import.field.replace':
      'Hacerla vigente aunque sea más pequeña, más antigua o esté cortada respecto de la versión vigente',
    'data.import.field.acceptErrors':
      'Hacerla vigente aunque algunas celdas numéricas contengan texto (esos valores se dejan fuera)',
    'data.import.failure.matrix-publisher':
      'El título de la matriz («{text}») no dice quién la publicó. Indique el editor.',
    'data.release.hold.ends-mid-row':
      'El archivo no termina con un salto de línea: puede estar cortado, y su última línea ({line}) puede tener un valor incompleto.',
    'data.release.hold.fewer-values':
      'Tiene {values} valores: el {percent} % de los {current} de la versión vigente.',
    'data.release.hold.fewer-areas':
      'De la versión vigente{count, plural, one { falta {countText} país o zona} other { faltan {countText} países o zonas}}: {areas}.',
    'data.release.hold.fewer-years':
      'De la versión vigente{count, plural, one { falta {countText} año} other { faltan {countText} años}}: {years}.',
    'data.release.hold.older':
      'Es más antigua que la versión vigente ({current}, datos hasta {currentYear}): la versión {label} tiene datos hasta {year}.',
    'data.release.hold.row-errors':
      '{count, plural, one {{countText} celda numérica contiene texto: ese valor no se guardó} other {{countText} celdas numéricas contienen texto: esos valores no se guardaron}} (vea las filas omitidas).',
    'data.release.cli.held': 'No se ha hecho vigente, porque:',
    'data.release.cli.wouldHold': 'Esta versión no se haría vigente sin su confirmación, porque:',
    'data.release.cli.confirmed': 'Se hizo vigente a pesar de esto (confirmado):',
    'data.release.cli.howToConfirm':
      'Para hacerla vigente, importe de nuevo el archivo con {options}, o ejecute: corridor import make-current {id}',
    'data.release.cli.madeCurrent': 'La versión {label} ({id}) es ahora la versión vigente de {dataset}.',
    'data.release.cli.alreadyCurrent': 'La versión {label} ({id}) ya es la versión vigente.',
    'data.release.cli.replaces': 'Sustituye a la versión {label} ({id}).',
    'data.release.cli.question': 'Hacer vigente la versión {label}',
    'data.release.held.title': 'No se ha hecho vigente: esta versión necesita su confirmación',
    'data.release.held.lead':
      'Se leyó completa y está guardada, pero la versión vigente no ha cambiado, porque:',
    'data.release.held.how':
      'Revise el informe de abajo. Si esta versión es correcta, hágala vigente; si no, importe el archivo correcto.',
    'data.release.confirmed.title': 'Se hizo vigente a pesar de esto:',
    'data.release.notCurrent': 'Esta versión está guardada, pero no es la vigente.',
    'data.release.makeCurrent': 'Hacer vigente esta versión',
    'data.release.confirm.title': '¿Hacer vigente la versión {label}?',
    'data.release.confirm.replaces':
      'Sustituirá a la versión {current} en todas las páginas, los PDF y la API. La versión {current} sigue guardada: podrá volver a hacerla vigente más adelante.',
    'data.release.confirm.first': 'El conjunto de datos no tiene versión vigente: esta será la primera.',
    'data.release.confirm.lost': 'En comparación con la versión vigente:',
    'data.release.confirm.nothingLost':
      'Tiene al menos tantos valores, países y años como la versión vigente, y no es más antigua.',
    'data.release.confirm.submit': 'Sí, hacerla vigente',
    'data.release.confirm.cancel': 'Cancelar',
    'data.release.madeCurrent': 'La versión {label} es ahora la vigente.',
    'data.release.alreadyCurrent': 'La versión {label} ya es la vigente.',
    'data.release.restored':
      'Este archivo ya estaba guardado (versión {label}): vuelve a ser la versión vigente.',
    'data.release.notCurrentFlash':
      'Este archivo ya está guardado como versión {label}, que no es la vigente. Para usarla, hágala vigente: el paso siguiente muestra qué cambiaría.',
    'data.release.dryRun.wouldHold': 'Esta versión no se haría vigente sin su confirmación, porque:',
    'data.release.error.notFinished': 'Solo puede hacerse vigente una versión leída por completo.',
  },
  ar: {
    'data.import.status.held': 'بانتظار التأكيد',
    'data.import.cli.status.held':
      'حُفظ الإصدار لكنه لم يُعتمد: يبقى الإصدار المعتمد كما هو حتى تؤكد هذا الإصدار.',
    'data.import.cli.status.restored': 'كان هذا الملف محفوظًا من قبل (الإصدار {label}): عاد الإصدار المعتمد.',
    'data.import.cli.status.not-current':
      'هذا الملف محفوظ من قبل (الإصدار {label})، لكنه ليس الإصدار المعتمد، ويبقى كذلك.',
    'data.import.field.publisher': 'الجهة الناشرة',
    'data.import.field.publisher.hint':
      'الجهة التي نشرت البيانات، كما ستذكرها الصفحات وملفات PDF والواجهة البرمجية. مطلوبة للمصفوفة التي لا يذكرها عنوانها؛ وفي الملفات الأخرى فقط لتصحيح الجهة التي يذكرها الملف.',
    'data.import.field.replace': 'اعتماده حتى لو كان أصغر أو أقدم أو مبتورًا مقارنة بالإصدار المعتمد',
    'data.import.field.acceptErrors':
      'اعتماده حتى لو كانت بعض الخلايا الرقمية تحتوي على نص (تُستبعد تلك القيم)',
    'data.import.failure.matrix-publisher':
      'عنوان المصفوفة («{text}») لا يذكر الجهة التي نشرتها. أدخل الجهة الناشرة.',
    'data.release.hold.ends-mid-row':
      'لا ينتهي الملف بفاصل أسطر: ربما بُتر، وقد يحتوي سطره الأخير ({line}) على قيمة مبتورة.',
    'data.release.hold.fewer-values':
      'يحتوي على {values} قيمة: {percent}% من القيم الـ {current} في الإصدار المعتمد.',
    'data.release.hold.fewer-areas':
      '{count, plural, one {بلد أو منطقة واحدة من الإصدار المعتمد غير موجودة فيه} two {بلدان أو منطقتان من الإصدار المعتمد غير موجودين فيه} other {{countText} من بلدان أو مناطق الإصدار المعتمد غير موجودة فيه}}: {areas}.',
    'data.release.hold.fewer-years':
      '{count, plural, one {سنة واحدة من الإصدار المعتمد غير موجودة فيه} two {سنتان من الإصدار المعتمد غير موجودتين فيه} other {{countText} من سنوات الإصدار المعتمد غير موجودة فيه}}: {years}.',
    'data.release.hold.older':
      'إنه أقدم من الإصدار المعتمد ({current}، بيانات حتى {currentYear}): بيانات الإصدار {label} تصل إلى {year}.',
    'data.release.hold.row-errors':
      '{count, plural, one {خلية رقمية واحدة تحتوي على نص: لم تُحفظ قيمتها} two {خليتان رقميتان تحتويان على نص: لم تُحفظ قيمتاهما} other {{countText} من الخلايا الرقمية تحتوي على نص: لم تُحفظ تلك القيم}} (وهي مدرجة مع الصفوف المتجاوزة).',
    'data.release.cli.held': 'لم يُعتمد، للأسباب التالية:',
    'data.release.cli.wouldHold': 'لن يُعتمد هذا الإصدار دون تأكيدك، للأسباب التالية:',
    'data.release.cli.confirmed': 'اعتُمد رغم ما يلي (بتأكيد):',
    'data.release.cli.howToConfirm':
      'لاعتماده، استورد الملف مرة أخرى مع {options}، أو شغّل: corridor import make-current {id}',
    'data.release.cli.madeCurrent': 'أصبح الإصدار {label} ({id}) هو الإصدار المعتمد لـ {dataset}.',
    'data.release.cli.alreadyCurrent': 'الإصدار {label} ({id}) هو الإصدار المعتمد أصلًا.',
    'data.release.cli.replaces': 'يحل محل الإصدار {label} ({id}).',
    'data.release.cli.question': 'اعتماد الإصدار {label}',
    'data.release.held.title': 'لم يُعتمد: هذا الإصدار بحاجة إلى تأكيدك',
    'data.release.held.lead': 'قُرئ بالكامل وحُفظ، لكن الإصدار المعتمد لم يتغير، للأسباب التالية:',
    'data.release.held.how':
      'راجع التقرير أدناه. إذا كان هذا الإصدار صحيحًا فاعتمده؛ وإلا فاستورد الملف الصحيح.',
    'data.release.confirmed.title': 'اعتُمد رغم ما يلي:',
    'data.release.notCurrent': 'هذا الإصدار محفوظ، لكنه ليس الإصدار المعتمد.',
    'data.release.makeCurrent': 'اعتماد هذا الإصدار',
    'data.release.confirm.title': 'هل تريد اعتماد الإصدار {label}؟',
    'data.release.confirm.replaces':
      'سيحل محل الإصدار {current} في كل الصفحات وملفات PDF والواجهة البرمجية. يبقى الإصدار {current} محفوظًا: يمكنك اعتماده من جديد لاحقًا.',
    'data.release.confirm.first': 'ليس لمجموعة البيانات إصدار معتمد: سيكون هذا الإصدار الأول.',
    'data.release.confirm.lost': 'مقارنة بالإصدار المعتمد:',
    'data.release.confirm.nothingLost':
      'يحتوي على عدد من القيم والبلدان والسنوات لا يقل عن الإصدار المعتمد، وليس أقدم منه.',
    'data.release.confirm.submit': 'نعم، اعتمده',
    'data.release.confirm.cancel': 'إلغاء',
    'data.release.madeCurrent': 'أصبح الإصدار {label} هو المعتمد.',
    'data.release.alreadyCurrent': 'الإصدار {label} هو المعتمد أصلًا.',
    'data.release.restored': 'كان هذا الملف محفوظًا من قبل (الإصدار {label}): عاد الإصدار المعتمد.',
    'data.release.notCurrentFlash':
      'هذا الملف محفوظ من قبل بوصفه الإصدار {label}، وهو ليس الإصدار المعتمد. لاستخدامه اعتمده: تبين الخطوة التالية ما الذي سيتغير.',
    'data.release.dryRun.wouldHold': 'لن يُعتمد هذا الإصدار دون تأكيدك، للأسباب التالية:',
    'data.release.error.notFinished': 'لا يمكن اعتماد إلا إصدار قُرئ بالكامل.',
  },
};
