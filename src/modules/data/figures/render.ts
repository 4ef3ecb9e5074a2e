import type { Child } from 'hono/jsx';
import { createElement } from 'hono/jsx';
import type { Translator } from '../../../i18n/translator.ts';
import { type ViewContext, ViewContextProvider } from '../../../web/view-context.ts';

/**
 * Renders figures to an HTML string once, outside a request, so cached pages only splice the
 * string in. Figures read nothing but the translator from the view context.
 */
export function renderFragment(i18n: Translator, node: Child): string {
  const context = { i18n } as ViewContext;
  return String(createElement(ViewContextProvider.Provider, { value: context }, node as never).toString());
}
