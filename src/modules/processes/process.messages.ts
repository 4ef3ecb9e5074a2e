import type { ModuleMessages } from '../../i18n/catalogue.ts';

const en = {
  'process.list.title': 'Processes',
  'process.tab.overview': 'Overview',
  'process.tabs': 'Process sections',
};

export const processMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'process.list.title': 'Processus',
    'process.tab.overview': "Vue d'ensemble",
    'process.tabs': 'Sections du processus',
  },
  es: {
    'process.list.title': 'Procesos',
    'process.tab.overview': 'Resumen',
    'process.tabs': 'Secciones del proceso',
  },
  ar: {
    'process.list.title': 'العمليات',
    'process.tab.overview': 'نظرة عامة',
    'process.tabs': 'أقسام العملية',
  },
};
