import type { ModuleMessages } from '../../../src/i18n/catalogue.ts';

const en = {
  'noticeboard.title': 'Notice board',
  'noticeboard.empty': 'No notices yet.',
  'noticeboard.text': 'Notice',
  'noticeboard.pin': 'Pin the notice',
  'noticeboard.pinned': 'Notice pinned.',
};

/** Every key in the four languages: the catalogue test fails on a missing one. */
export const noticeboardMessages: ModuleMessages<typeof en> = {
  en,
  fr: {
    'noticeboard.title': 'Tableau d’affichage',
    'noticeboard.empty': 'Aucune annonce pour l’instant.',
    'noticeboard.text': 'Annonce',
    'noticeboard.pin': 'Épingler l’annonce',
    'noticeboard.pinned': 'Annonce épinglée.',
  },
  es: {
    'noticeboard.title': 'Tablón de anuncios',
    'noticeboard.empty': 'Todavía no hay anuncios.',
    'noticeboard.text': 'Anuncio',
    'noticeboard.pin': 'Fijar el anuncio',
    'noticeboard.pinned': 'Anuncio fijado.',
  },
  ar: {
    'noticeboard.title': 'لوحة الإعلانات',
    'noticeboard.empty': 'لا توجد إعلانات بعد.',
    'noticeboard.text': 'إعلان',
    'noticeboard.pin': 'تثبيت الإعلان',
    'noticeboard.pinned': 'تم تثبيت الإعلان.',
  },
};
