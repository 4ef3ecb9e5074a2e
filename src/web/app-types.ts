import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import type { Translator } from '../i18n/translator.ts';
import type {
  CorridorPanelProvider,
  CountryPanelProvider,
  ModuleManifest,
  OrganisationPanelProvider,
  ProcessSummaryProvider,
} from '../module-kit/manifest.ts';
import type { FlashMessage } from './flash.ts';

/** The Fastify instance every module registers its routes on. */
export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What modules receive when they register routes. */
export interface AppDeps {
  db: Db;
  config: Config;
  /** Every module's contribution to country pages, in module order. */
  countryPanels: CountryPanelProvider[];
  /** Every module's contribution to the corridor explorer, in module order. */
  corridorPanels: CorridorPanelProvider[];
  /** Every module's manifest, for hooks that pages collect themselves (report sections, gap actions). */
  manifests: readonly ModuleManifest[];
  /** Every module's contribution to organisation pages, in module order. */
  organisationPanels: OrganisationPanelProvider[];
  /** Every module's note of what membership of an organisation gives elsewhere (decision 44). */
  organisationRights: OrganisationPanelProvider[];
  /** Every module's key figures for the home page. */
  homeFigures: NonNullable<ModuleManifest['homeFigures']>[];
  /** Every module's source of "Latest activity" for the home page. */
  homeActivity: NonNullable<ModuleManifest['homeActivity']>[];
  /** Every module's panel for the process workspace overview, in module order. */
  processSummaries: ProcessSummaryProvider[];
}

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
