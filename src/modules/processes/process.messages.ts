import type { ModuleMessages } from '../../i18n/catalogue.ts';
import { memberMessages } from './member.messages.ts';
import { processAr } from './process.messages.ar.ts';
import { processEn } from './process.messages.en.ts';
import { processEs } from './process.messages.es.ts';
import { processFr } from './process.messages.fr.ts';

/** The processes module's catalogue (one file per language: the module speaks a lot). */
export const processMessages: ModuleMessages<typeof processEn & typeof memberMessages.en> = {
  en: { ...processEn, ...memberMessages.en },
  fr: { ...processFr, ...memberMessages.fr },
  es: { ...processEs, ...memberMessages.es },
  ar: { ...processAr, ...memberMessages.ar },
};
