import type { ModuleMessages } from '../../i18n/catalogue.ts';

const en = {
  'report.tab': 'Report',
  'report.pdf': 'Download as PDF',
  'report.printHint':
    'To print this page, use your browser’s Print command: the tabs and buttons are left out.',
  'report.generated': 'Report produced on {date}.',
  'report.field.plan': 'Development plan or strategy',
  'report.field.country': 'Where',
  'report.field.period': 'Period',
  'report.field.lead': 'Lead body',
  'report.field.visibility': 'Visibility',
  'report.visibility.public': 'Public',
  'report.visibility.private': 'Private: members and observers only',
  'report.empty': 'There is nothing to report on this process yet.',
  'report.pdf.title': 'Process report',
  'report.pdf.page': 'Page {page} of {pages}',
  'report.pdf.noRows': 'See the printable page for this section.',
  'report.pdf.fontMissing':
    'The PDF font could not be loaded: text outside the Latin alphabet is replaced by question marks. Use the printable page instead.',
};

export const reportMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'report.tab': 'Rapport',
    'report.pdf': 'Télécharger en PDF',
    'report.printHint':
      'Pour imprimer cette page, utilisez la commande Imprimer de votre navigateur : les onglets et les boutons sont omis.',
    'report.generated': 'Rapport produit le {date}.',
    'report.field.plan': 'Plan ou stratégie de développement',
    'report.field.country': 'Lieu',
    'report.field.period': 'Période',
    'report.field.lead': 'Organisme chef de file',
    'report.field.visibility': 'Visibilité',
    'report.visibility.public': 'Public',
    'report.visibility.private': 'Privé : membres et observateurs uniquement',
    'report.empty': "Il n'y a encore rien à présenter sur ce processus.",
    'report.pdf.title': 'Rapport de processus',
    'report.pdf.page': 'Page {page} sur {pages}',
    'report.pdf.noRows': 'Voir la page imprimable pour cette section.',
    'report.pdf.fontMissing':
      "La police du PDF n'a pas pu être chargée : le texte hors de l'alphabet latin est remplacé par des points d'interrogation. Utilisez plutôt la page imprimable.",
  },
  es: {
    'report.tab': 'Informe',
    'report.pdf': 'Descargar en PDF',
    'report.printHint':
      'Para imprimir esta página, use el comando Imprimir de su navegador: se omiten las pestañas y los botones.',
    'report.generated': 'Informe generado el {date}.',
    'report.field.plan': 'Plan o estrategia de desarrollo',
    'report.field.country': 'Lugar',
    'report.field.period': 'Período',
    'report.field.lead': 'Organismo principal',
    'report.field.visibility': 'Visibilidad',
    'report.visibility.public': 'Público',
    'report.visibility.private': 'Privado: solo miembros y observadores',
    'report.empty': 'Todavía no hay nada que informar sobre este proceso.',
    'report.pdf.title': 'Informe del proceso',
    'report.pdf.page': 'Página {page} de {pages}',
    'report.pdf.noRows': 'Consulte la página imprimible para esta sección.',
    'report.pdf.fontMissing':
      'No se pudo cargar la fuente del PDF: el texto fuera del alfabeto latino se sustituye por signos de interrogación. Use la página imprimible.',
  },
  ar: {
    'report.tab': 'التقرير',
    'report.pdf': 'تنزيل بصيغة PDF',
    'report.printHint': 'لطباعة هذه الصفحة، استخدم أمر الطباعة في متصفحك: تُستبعد علامات التبويب والأزرار.',
    'report.generated': 'أُعدّ التقرير في {date}.',
    'report.field.plan': 'خطة التنمية أو استراتيجيتها',
    'report.field.country': 'المكان',
    'report.field.period': 'الفترة',
    'report.field.lead': 'الجهة الرائدة',
    'report.field.visibility': 'الظهور',
    'report.visibility.public': 'عامة',
    'report.visibility.private': 'خاصة: للأعضاء والمراقبين فقط',
    'report.empty': 'لا يوجد ما يُبلَّغ عنه بشأن هذه العملية بعد.',
    'report.pdf.title': 'تقرير العملية',
    'report.pdf.page': 'الصفحة {page} من {pages}',
    'report.pdf.noRows': 'راجع الصفحة القابلة للطباعة لهذا القسم.',
    'report.pdf.fontMissing':
      'تعذّر تحميل خط ملف PDF: يُستبدل النص غير اللاتيني بعلامات استفهام. استخدم الصفحة القابلة للطباعة بدلًا منه.',
  },
};
