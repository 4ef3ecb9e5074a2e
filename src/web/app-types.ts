import type { Actor } from '../auth/actor.ts';
import type { Translator } from '../i18n/translator.ts';
import type { FlashMessage } from './flash.ts';

// AppDeps belongs to the module contract; exported here too for the route files that use it.
export type { AppDeps } from '../module-kit/manifest.ts';
export type { App } from './fastify-app.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    i18n: Translator;
    flash: FlashMessage | null;
  }
  interface FastifyReply {
    /** Renders a JSX page inside the view context (language, actor, CSRF token). */
    page(node: unknown, status?: number): FastifyReply;
    /** Redirects after a successful form post, with an optional one-shot message. */
    seeOther(url: string, flash?: FlashMessage): FastifyReply;
  }
}
