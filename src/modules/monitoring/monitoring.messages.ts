import type { ModuleMessages } from '../../i18n/catalogue.ts';
import { monitoringAr } from './monitoring.messages.ar.ts';
import { monitoringEn } from './monitoring.messages.en.ts';
import { monitoringEs } from './monitoring.messages.es.ts';
import { monitoringFr } from './monitoring.messages.fr.ts';

/** The monitoring module's catalogue, one file per language. */
export const monitoringMessages: ModuleMessages<typeof monitoringEn> = {
  en: monitoringEn,
  fr: monitoringFr,
  es: monitoringEs,
  ar: monitoringAr,
};
