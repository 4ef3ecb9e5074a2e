import type { ModuleMessages } from '../i18n/catalogue.ts';

/**
 * Every problem type the API answers with (RFC 9457 `type`), each described on its own page at
 * `/problems/<code>` of the instance. A test scans the source for codes and fails on one missing here.
 */
export const PROBLEM_TYPES: Record<string, { status: number }> = {
  AlreadyHidden: { status: 409 },
  BadRequest: { status: 400 },
  Conflict: { status: 409 },
  ConsultationClosed: { status: 409 },
  ConsultationNotDraft: { status: 409 },
  ConsultationNotOpen: { status: 409 },
  CsrfTokenInvalid: { status: 403 },
  EmptyFile: { status: 422 },
  FileTooLarge: { status: 413 },
  Forbidden: { status: 403 },
  ImportFailed: { status: 422 },
  IndicatorIsBilateral: { status: 400 },
  IndicatorIsNotBilateral: { status: 400 },
  InternalError: { status: 500 },
  InvalidCursor: { status: 400 },
  InvalidFilter: { status: 400 },
  InvalidPeriodRange: { status: 400 },
  InvalidState: { status: 409 },
  InvalidTemplate: { status: 422 },
  LastAdmin: { status: 409 },
  MalformedForm: { status: 400 },
  MissingPolicy: { status: 500 },
  NotFound: { status: 404 },
  NotInvited: { status: 403 },
  PeriodLocked: { status: 409 },
  RateLimited: { status: 429 },
  ReleaseNotFinished: { status: 409 },
  RoundTaken: { status: 409 },
  SameRole: { status: 409 },
  SelfChange: { status: 403 },
  TokenExpired: { status: 401 },
  TokenReadOnly: { status: 403 },
  Unauthorized: { status: 401 },
  UnknownChecklist: { status: 422 },
  UnknownIndicator: { status: 400 },
  UnknownTheme: { status: 400 },
  UnreadableFile: { status: 422 },
  UnsupportedFormat: { status: 400 },
  UnsupportedMediaType: { status: 415 },
  ValidationFailed: { status: 422 },
  ValueExists: { status: 409 },
  VersionConflict: { status: 409 },
};

/** Is `code` one of Corridor's own problem types (and so has a page)? */
export function isProblemType(code: string): boolean {
  return Object.hasOwn(PROBLEM_TYPES, code);
}

/**
 * The `type` of a problem: the page describing it on this instance, or `about:blank` (RFC 9457:
 * nothing beyond the HTTP status) for a code that is not one of ours, such as a framework's own.
 */
export function problemTypeUri(publicUrl: string, code: string): string {
  return isProblemType(code) ? `${publicUrl.replace(/\/+$/, '')}/problems/${code}` : 'about:blank';
}

const en = {
  'problem.index.title': 'Problem types',
  'problem.index.lead':
    "Every error of Corridor's API is an RFC 9457 problem whose `type` is the address of one of these pages.",
  'problem.type': 'Problem type',
  'problem.status': 'HTTP status',
  'problem.back': 'Back to the API reference',
  'problem.AlreadyHidden': 'The comment is already hidden.',
  'problem.BadRequest': 'The request could not be understood: check its address, parameters and body.',
  'problem.Conflict': 'The request conflicts with the current state of the record.',
  'problem.ConsultationClosed': 'The consultation is closed: it no longer takes comments or changes.',
  'problem.ConsultationNotDraft': 'Only a draft consultation can be changed or opened this way.',
  'problem.ConsultationNotOpen': 'The consultation is not open for comments.',
  'problem.CsrfTokenInvalid':
    "The form's security token is missing or has expired: reload the page and send the form again.",
  'problem.EmptyFile': 'The file has no rows to read.',
  'problem.FileTooLarge': 'The file is larger than this upload accepts.',
  'problem.Forbidden': 'Your account may not do this.',
  'problem.ImportFailed': 'The data file could not be imported: the failure says where and why.',
  'problem.IndicatorIsBilateral':
    'This indicator has values per pair of countries: ask the bilateral endpoint.',
  'problem.IndicatorIsNotBilateral': 'This indicator has one value per country: ask the series endpoint.',
  'problem.InternalError': 'Something went wrong on the server. The error was logged; try again later.',
  'problem.InvalidCursor': 'The page cursor is not one this list gave: start again from the first page.',
  'problem.InvalidFilter': 'A filter of the request is not valid.',
  'problem.InvalidPeriodRange': 'The period range is not valid: the first year must not come after the last.',
  'problem.InvalidState': 'The record is not in a state that allows this action.',
  'problem.InvalidTemplate': 'The checklist template document has problems: each is listed with its place.',
  'problem.LastAdmin': 'The last active administrator cannot be removed or demoted.',
  'problem.MalformedForm': 'The form data could not be read: it was cut short or badly encoded.',
  'problem.MissingPolicy':
    'The route has no access policy: this is a fault in Corridor, reported to its maintainers.',
  'problem.NotFound': 'There is nothing at this address, or you may not see it.',
  'problem.NotInvited': 'Only people invited to this consultation may take part.',
  'problem.PeriodLocked': 'The reporting period is locked: its values can no longer change.',
  'problem.RateLimited': 'Too many requests in a short time: wait a minute and try again.',
  'problem.ReleaseNotFinished':
    'The release is still running or has failed: only a finished release can become current.',
  'problem.RoundTaken': 'An assessment round of this checklist is already open.',
  'problem.SameRole': 'The account already has this role.',
  'problem.SelfChange': 'You cannot change your own role or status this way.',
  'problem.TokenExpired': 'The API token has passed its last day: make a new one on your account page.',
  'problem.TokenReadOnly': 'The API token may only read: use a read-write token to change anything.',
  'problem.Unauthorized': 'Sign in, or send a valid API token as `Authorization: Bearer <token>`.',
  'problem.UnknownChecklist': 'No checklist template has this key or id.',
  'problem.UnknownIndicator': 'No indicator has this code: the indicators endpoint lists them.',
  'problem.UnknownTheme': 'No theme has this key.',
  'problem.UnreadableFile': 'The file could not be read as the format it claims to be.',
  'problem.UnsupportedFormat': 'This format is not offered here: use CSV or XLSX.',
  'problem.UnsupportedMediaType': "The body's content type is not one this endpoint reads.",
  'problem.ValidationFailed':
    'Some fields are missing or wrong: `errors` names each one with a JSON pointer and what to change.',
  'problem.ValueExists': 'A value for this indicator and period already exists: update it instead.',
  'problem.VersionConflict':
    'Someone changed the record since you read it: read it again, then apply your change.',
};

export const problemTypeMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'problem.index.title': 'Types de problèmes',
    'problem.index.lead':
      "Chaque erreur de l'API de Corridor est un problème RFC 9457 dont le `type` est l'adresse de l'une de ces pages.",
    'problem.type': 'Type de problème',
    'problem.status': 'Statut HTTP',
    'problem.back': "Retour à la référence de l'API",
    'problem.AlreadyHidden': 'Le commentaire est déjà masqué.',
    'problem.BadRequest':
      "La requête n'a pas pu être comprise : vérifiez son adresse, ses paramètres et son corps.",
    'problem.Conflict': "La requête entre en conflit avec l'état actuel de l'enregistrement.",
    'problem.ConsultationClosed':
      "La consultation est close : elle n'accepte plus de commentaires ni de modifications.",
    'problem.ConsultationNotDraft':
      'Seule une consultation en brouillon peut être modifiée ou ouverte ainsi.',
    'problem.ConsultationNotOpen': "La consultation n'est pas ouverte aux commentaires.",
    'problem.CsrfTokenInvalid':
      'Le jeton de sécurité du formulaire manque ou a expiré : rechargez la page et renvoyez le formulaire.',
    'problem.EmptyFile': 'Le fichier ne contient aucune ligne à lire.',
    'problem.FileTooLarge': 'Le fichier dépasse la taille acceptée pour ce téléversement.',
    'problem.Forbidden': "Votre compte n'est pas autorisé à faire cela.",
    'problem.ImportFailed':
      "Le fichier de données n'a pas pu être importé : l'erreur indique où et pourquoi.",
    'problem.IndicatorIsBilateral':
      "Cet indicateur a des valeurs par paire de pays : interrogez le point d'accès bilatéral.",
    'problem.IndicatorIsNotBilateral':
      "Cet indicateur a une valeur par pays : interrogez le point d'accès des séries.",
    'problem.InternalError':
      "Une erreur s'est produite sur le serveur. Elle a été journalisée ; réessayez plus tard.",
    'problem.InvalidCursor':
      'Le curseur de page ne vient pas de cette liste : recommencez à la première page.',
    'problem.InvalidFilter': "Un filtre de la requête n'est pas valide.",
    'problem.InvalidPeriodRange':
      "La période n'est pas valide : la première année ne doit pas suivre la dernière.",
    'problem.InvalidState': "L'enregistrement n'est pas dans un état qui permet cette action.",
    'problem.InvalidTemplate':
      'Le modèle de liste de contrôle comporte des problèmes : chacun est indiqué avec son emplacement.',
    'problem.LastAdmin': 'Le dernier administrateur actif ne peut être ni retiré ni rétrogradé.',
    'problem.MalformedForm':
      "Les données du formulaire n'ont pas pu être lues : elles sont tronquées ou mal encodées.",
    'problem.MissingPolicy':
      "La route n'a pas de règle d'accès : c'est un défaut de Corridor, signalé à ses mainteneurs.",
    'problem.NotFound': "Il n'y a rien à cette adresse, ou vous ne pouvez pas le voir.",
    'problem.NotInvited': 'Seules les personnes invitées à cette consultation peuvent y participer.',
    'problem.PeriodLocked': 'La période de rapport est verrouillée : ses valeurs ne peuvent plus changer.',
    'problem.RateLimited': 'Trop de requêtes en peu de temps : attendez une minute et réessayez.',
    'problem.ReleaseNotFinished':
      'La version est encore en cours ou a échoué : seule une version terminée peut devenir courante.',
    'problem.RoundTaken': "Une série d'évaluation de cette liste de contrôle est déjà ouverte.",
    'problem.SameRole': 'Le compte a déjà ce rôle.',
    'problem.SelfChange': 'Vous ne pouvez pas modifier ainsi votre propre rôle ou statut.',
    'problem.TokenExpired':
      "Le jeton d'API a dépassé son dernier jour : créez-en un nouveau sur la page de votre compte.",
    'problem.TokenReadOnly':
      "Le jeton d'API ne permet que la lecture : utilisez un jeton en lecture et écriture pour modifier.",
    'problem.Unauthorized':
      "Connectez-vous, ou envoyez un jeton d'API valide dans `Authorization: Bearer <jeton>`.",
    'problem.UnknownChecklist': "Aucun modèle de liste de contrôle n'a cette clé ou cet identifiant.",
    'problem.UnknownIndicator': "Aucun indicateur n'a ce code : le point d'accès des indicateurs les liste.",
    'problem.UnknownTheme': "Aucun thème n'a cette clé.",
    'problem.UnreadableFile': "Le fichier n'a pas pu être lu dans le format qu'il annonce.",
    'problem.UnsupportedFormat': "Ce format n'est pas proposé ici : utilisez CSV ou XLSX.",
    'problem.UnsupportedMediaType': "Le type de contenu du corps n'est pas lu par ce point d'accès.",
    'problem.ValidationFailed':
      "Des champs manquent ou sont erronés : `errors` nomme chacun par un pointeur JSON avec ce qu'il faut changer.",
    'problem.ValueExists':
      'Une valeur existe déjà pour cet indicateur et cette période : modifiez-la plutôt.',
    'problem.VersionConflict':
      "Quelqu'un a modifié l'enregistrement depuis votre lecture : relisez-le, puis appliquez votre modification.",
  },
  es: {
    'problem.index.title': 'Tipos de problema',
    'problem.index.lead':
      'Cada error de la API de Corridor es un problema RFC 9457 cuyo `type` es la dirección de una de estas páginas.',
    'problem.type': 'Tipo de problema',
    'problem.status': 'Estado HTTP',
    'problem.back': 'Volver a la referencia de la API',
    'problem.AlreadyHidden': 'El comentario ya está oculto.',
    'problem.BadRequest':
      'No se pudo entender la solicitud: revise su dirección, sus parámetros y su cuerpo.',
    'problem.Conflict': 'La solicitud entra en conflicto con el estado actual del registro.',
    'problem.ConsultationClosed': 'La consulta está cerrada: ya no admite comentarios ni cambios.',
    'problem.ConsultationNotDraft': 'Solo una consulta en borrador puede modificarse o abrirse así.',
    'problem.ConsultationNotOpen': 'La consulta no está abierta a comentarios.',
    'problem.CsrfTokenInvalid':
      'Falta el token de seguridad del formulario o ha caducado: recargue la página y vuelva a enviarlo.',
    'problem.EmptyFile': 'El archivo no tiene filas que leer.',
    'problem.FileTooLarge': 'El archivo supera el tamaño que admite esta carga.',
    'problem.Forbidden': 'Su cuenta no puede hacer esto.',
    'problem.ImportFailed': 'No se pudo importar el archivo de datos: el fallo indica dónde y por qué.',
    'problem.IndicatorIsBilateral':
      'Este indicador tiene valores por par de países: consulte el punto de acceso bilateral.',
    'problem.IndicatorIsNotBilateral':
      'Este indicador tiene un valor por país: consulte el punto de acceso de series.',
    'problem.InternalError': 'Algo falló en el servidor. El error quedó registrado; inténtelo más tarde.',
    'problem.InvalidCursor':
      'El cursor de página no procede de esta lista: empiece de nuevo por la primera página.',
    'problem.InvalidFilter': 'Un filtro de la solicitud no es válido.',
    'problem.InvalidPeriodRange': 'El periodo no es válido: el primer año no puede ser posterior al último.',
    'problem.InvalidState': 'El registro no está en un estado que permita esta acción.',
    'problem.InvalidTemplate':
      'La plantilla de lista de verificación tiene problemas: cada uno figura con su ubicación.',
    'problem.LastAdmin': 'El último administrador activo no puede quitarse ni degradarse.',
    'problem.MalformedForm':
      'No se pudieron leer los datos del formulario: están cortados o mal codificados.',
    'problem.MissingPolicy':
      'La ruta no tiene política de acceso: es un fallo de Corridor, notificado a sus responsables.',
    'problem.NotFound': 'No hay nada en esta dirección, o no puede verlo.',
    'problem.NotInvited': 'Solo las personas invitadas a esta consulta pueden participar.',
    'problem.PeriodLocked': 'El periodo de informe está bloqueado: sus valores ya no pueden cambiar.',
    'problem.RateLimited': 'Demasiadas solicitudes en poco tiempo: espere un minuto e inténtelo de nuevo.',
    'problem.ReleaseNotFinished':
      'La versión aún se está importando o ha fallado: solo una versión terminada puede pasar a ser la actual.',
    'problem.RoundTaken': 'Ya hay una ronda de evaluación abierta para esta lista de verificación.',
    'problem.SameRole': 'La cuenta ya tiene este rol.',
    'problem.SelfChange': 'No puede cambiar así su propio rol o estado.',
    'problem.TokenExpired': 'El token de API pasó su último día: cree uno nuevo en la página de su cuenta.',
    'problem.TokenReadOnly':
      'El token de API solo permite leer: use un token de lectura y escritura para hacer cambios.',
    'problem.Unauthorized':
      'Inicie sesión o envíe un token de API válido como `Authorization: Bearer <token>`.',
    'problem.UnknownChecklist':
      'Ninguna plantilla de lista de verificación tiene esta clave o identificador.',
    'problem.UnknownIndicator':
      'Ningún indicador tiene este código: el punto de acceso de indicadores los enumera.',
    'problem.UnknownTheme': 'Ningún tema tiene esta clave.',
    'problem.UnreadableFile': 'No se pudo leer el archivo en el formato que declara.',
    'problem.UnsupportedFormat': 'Este formato no se ofrece aquí: use CSV o XLSX.',
    'problem.UnsupportedMediaType': 'Este punto de acceso no lee el tipo de contenido del cuerpo.',
    'problem.ValidationFailed':
      'Faltan campos o son incorrectos: `errors` nombra cada uno con un puntero JSON y lo que hay que cambiar.',
    'problem.ValueExists': 'Ya existe un valor para este indicador y periodo: actualícelo.',
    'problem.VersionConflict':
      'Alguien cambió el registro después de que lo leyera: léalo de nuevo y aplique su cambio.',
  },
  ar: {
    'problem.index.title': 'أنواع المشكلات',
    'problem.index.lead':
      'كل خطأ في واجهة Corridor البرمجية هو مشكلة وفق RFC 9457 يكون `type` فيها عنوان إحدى هذه الصفحات.',
    'problem.type': 'نوع المشكلة',
    'problem.status': 'حالة HTTP',
    'problem.back': 'العودة إلى مرجع الواجهة البرمجية',
    'problem.AlreadyHidden': 'التعليق مخفي بالفعل.',
    'problem.BadRequest': 'تعذّر فهم الطلب: تحقّق من عنوانه ومعاملاته ومحتواه.',
    'problem.Conflict': 'يتعارض الطلب مع الحالة الحالية للسجل.',
    'problem.ConsultationClosed': 'المشاورة مغلقة: لم تعد تقبل التعليقات أو التغييرات.',
    'problem.ConsultationNotDraft': 'لا يمكن تعديل المشاورة أو فتحها بهذه الطريقة إلا إذا كانت مسودة.',
    'problem.ConsultationNotOpen': 'المشاورة غير مفتوحة للتعليقات.',
    'problem.CsrfTokenInvalid':
      'رمز أمان النموذج مفقود أو منتهي الصلاحية: أعد تحميل الصفحة وأرسل النموذج مرة أخرى.',
    'problem.EmptyFile': 'لا يحتوي الملف على صفوف للقراءة.',
    'problem.FileTooLarge': 'الملف أكبر مما يقبله هذا الرفع.',
    'problem.Forbidden': 'لا يُسمح لحسابك بالقيام بهذا.',
    'problem.ImportFailed': 'تعذّر استيراد ملف البيانات: يوضّح الخطأ المكان والسبب.',
    'problem.IndicatorIsBilateral': 'لهذا المؤشر قيم لكل زوج من البلدان: استخدم نقطة الوصول الثنائية.',
    'problem.IndicatorIsNotBilateral': 'لهذا المؤشر قيمة واحدة لكل بلد: استخدم نقطة وصول السلاسل.',
    'problem.InternalError': 'حدث خطأ في الخادم. سُجّل الخطأ؛ حاول مرة أخرى لاحقًا.',
    'problem.InvalidCursor': 'مؤشر الصفحة ليس من هذه القائمة: ابدأ من الصفحة الأولى.',
    'problem.InvalidFilter': 'أحد مرشّحات الطلب غير صالح.',
    'problem.InvalidPeriodRange': 'نطاق الفترة غير صالح: يجب ألا تأتي السنة الأولى بعد الأخيرة.',
    'problem.InvalidState': 'السجل ليس في حالة تسمح بهذا الإجراء.',
    'problem.InvalidTemplate': 'في مستند قالب قائمة التحقق مشكلات: كلٌّ منها مذكور مع موضعه.',
    'problem.LastAdmin': 'لا يمكن إزالة آخر مسؤول نشط أو تخفيض دوره.',
    'problem.MalformedForm': 'تعذّرت قراءة بيانات النموذج: إنها مقطوعة أو سيئة الترميز.',
    'problem.MissingPolicy': 'لا توجد سياسة وصول لهذا المسار: هذا خلل في Corridor أُبلغ به القائمون عليه.',
    'problem.NotFound': 'لا يوجد شيء في هذا العنوان، أو لا يُسمح لك برؤيته.',
    'problem.NotInvited': 'لا يشارك في هذه المشاورة إلا المدعوّون إليها.',
    'problem.PeriodLocked': 'فترة الإبلاغ مقفلة: لم يعد بالإمكان تغيير قيمها.',
    'problem.RateLimited': 'طلبات كثيرة جدًا في وقت قصير: انتظر دقيقة ثم حاول مرة أخرى.',
    'problem.ReleaseNotFinished': 'الإصدار ما زال قيد الاستيراد أو فشل: لا يصبح حاليًا إلا إصدار مكتمل.',
    'problem.RoundTaken': 'توجد بالفعل جولة تقييم مفتوحة لقائمة التحقق هذه.',
    'problem.SameRole': 'للحساب هذا الدور بالفعل.',
    'problem.SelfChange': 'لا يمكنك تغيير دورك أو حالتك بهذه الطريقة.',
    'problem.TokenExpired': 'تجاوز رمز الواجهة البرمجية آخر يوم له: أنشئ رمزًا جديدًا في صفحة حسابك.',
    'problem.TokenReadOnly':
      'رمز الواجهة البرمجية للقراءة فقط: استخدم رمزًا للقراءة والكتابة لإجراء أي تغيير.',
    'problem.Unauthorized':
      'سجّل الدخول، أو أرسل رمز واجهة برمجية صالحًا بصيغة `Authorization: Bearer <token>`.',
    'problem.UnknownChecklist': 'لا يوجد قالب قائمة تحقق بهذا المفتاح أو المعرّف.',
    'problem.UnknownIndicator': 'لا يوجد مؤشر بهذا الرمز: تسردها نقطة وصول المؤشرات.',
    'problem.UnknownTheme': 'لا يوجد موضوع بهذا المفتاح.',
    'problem.UnreadableFile': 'تعذّرت قراءة الملف بالتنسيق الذي يدّعيه.',
    'problem.UnsupportedFormat': 'هذا التنسيق غير متاح هنا: استخدم CSV أو XLSX.',
    'problem.UnsupportedMediaType': 'نوع محتوى الطلب ليس مما تقرؤه نقطة الوصول هذه.',
    'problem.ValidationFailed':
      'بعض الحقول ناقصة أو خاطئة: تذكر `errors` كلًّا منها بمؤشر JSON مع ما يجب تغييره.',
    'problem.ValueExists': 'توجد بالفعل قيمة لهذا المؤشر وهذه الفترة: حدّثها بدلًا من ذلك.',
    'problem.VersionConflict': 'غيّر شخص ما السجل منذ قراءتك له: اقرأه مجددًا ثم طبّق تغييرك.',
  },
};
