import { createContext, useContext } from 'hono/jsx';
import type { Actor } from '../auth/actor.ts';
import type { Translator } from '../i18n/translator.ts';
import type { ProcessTab } from '../module-kit/manifest.ts';
import type { FlashMessage } from './flash.ts';
import type { NavEntry } from './navigation.ts';

export type { NavEntry } from './navigation.ts';

/** What every view may read while rendering: set once per request by `reply.page`. */
export interface ViewContext {
  i18n: Translator;
  actor: Actor;
  /** The current path with query, for the language switcher and sign-in redirects. */
  path: string;
  csrfToken: string;
  flash: FlashMessage | null;
  assets: { css: string; js: string };
  navigation: NavEntry[];
  /** Every module's tabs of a process workspace, sorted by `order`: the one tab bar of `ProcessFrame`. */
  processTabs: ProcessTab[];
}

export const ViewContextProvider = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const view = useContext(ViewContextProvider);
  if (!view) throw new Error('useView() called outside reply.page()');
  return view;
}

/** Shorthand for the translator of the current request. */
export function useT(): Translator {
  return useView().i18n;
}
