import type { ModuleMessages } from '../../i18n/catalogue.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';

/** Every interface string of the checklists and assessments, in the four languages. */
export const assessmentMessages: ModuleMessages<typeof en> = { en, fr, es, ar };
