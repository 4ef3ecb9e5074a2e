import type { Child } from 'hono/jsx';
import type { Migration } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/connection.ts';
import type { Locale } from '../i18n/locales.ts';
import type { App, AppDeps } from '../web/app-types.ts';
import type { NavEntry } from '../web/view-context.ts';
import type { DemoContext } from './demo-context.ts';

/**
 * What a domain module gives the core. The core loops over manifests and never imports a
 * module's internals (STYLE.md).
 */
export interface ModuleManifest {
  name: string;
  /** Keyed by a name that sorts in running order across all modules: `YYYY-MM-DD-NNNN-what`. */
  migrations?: Record<string, Migration>;
  messages?: { [L in Locale]: Record<string, string> };
  routes?: (app: App, deps: AppDeps) => void | Promise<void>;
  navigation?: NavEntry[];
  /** Sections this module adds to a country page (organisations based there, processes, data…). */
  countryPanels?: CountryPanelProvider;
  /** Key figures for the home page ("4 pilot countries"), each with a catalogue label. */
  homeFigures?: (db: Db) => Promise<{ labelKey: string; value: number; order: number }[]>;
  /** Loads reference data (code lists) on every start; must be idempotent. */
  reference?: (db: Db) => Promise<void>;
  /** Loads this module's part of the demo, through its own services. Runs in module order. */
  demo?: (context: DemoContext) => Promise<void>;
  /** Tabs this module adds to a process workspace (assessments, actions, indicators…). */
  processTabs?: ProcessTab[];
  /** A small panel for the process workspace overview ("2 rounds, 63% fully addressed"). */
  processSummaries?: ProcessSummaryProvider;
}

/** One tab of the process workspace: a plain link, shown in `order`. */
export interface ProcessTab {
  key: string;
  labelKey: string;
  path: (processId: string) => string;
  order: number;
  /** Shown only to actors who may do this on the process; default `view`. */
  requires?: 'view' | 'edit' | 'manage';
}

/**
 * Renders a module's panel on a process workspace overview, or null when it has nothing to show.
 * Called only after the actor was allowed to view the process; `role` is theirs in it.
 */
export type ProcessSummaryProvider = (
  db: Db,
  process: { id: string; countryAlpha3: string; role: 'owner' | 'member' | 'observer' | null },
  actor: Actor,
) => Promise<{ order: number; node: Child } | null>;

/** Renders a module's section of a country page, or null when it has nothing to show. */
export type CountryPanelProvider = (
  db: Db,
  country: { alpha3: string; alpha2: string },
  actor: Actor,
) => Promise<{ order: number; node: Child } | null>;
