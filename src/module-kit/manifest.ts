import type { Command } from 'commander';
import type { Child } from 'hono/jsx';
import type { Migration, Transaction } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/database.ts';
import type { DocumentHost } from '../documents/document.hosts.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translator.ts';
import type { App } from '../web/fastify-app.ts';
import type { NavEntry } from '../web/navigation.ts';
import type { CliKit } from './cli-kit.ts';
import type { DemoContext } from './demo-context.ts';
import type { SearchSource } from './search-source.ts';

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
  /** Sections of the corridor explorer for one origin and destination (processes, practices…). */
  corridorPanels?: CorridorPanelProvider;
  /** Sections this module adds to an organisation page (its programmes, events…). */
  organisationPanels?: OrganisationPanelProvider;
  /**
   * What belonging to an organisation gives elsewhere (the roles processes pass to its people),
   * shown on the organisation's members page so that adding someone is never a silent grant.
   */
  organisationRights?: OrganisationPanelProvider;
  /** Key figures for the home page ("4 pilot countries"), each with a catalogue label. */
  homeFigures?: (db: Db) => Promise<HomeFigure[]>;
  /**
   * This module's newest public items for the home page's "Latest activity" (an event announced,
   * a practice published), newest first, at most `limit`. Only what anyone may read.
   */
  homeActivity?: (db: Db, limit: number) => Promise<HomeActivity[]>;
  /** Loads reference data (code lists) on every start; must be idempotent. */
  reference?: (db: Db) => Promise<void>;
  /** The tables `reference` fills: `corridor demo --reload` keeps them, and they do not count as content. */
  referenceTables?: string[];
  /** Loads this module's part of the demo, through its own services. Runs in module order. */
  demo?: (context: DemoContext) => Promise<void>;
  /** Adds this module's `corridor …` subcommands (`corridor import`); `kit` gives what needs every module. */
  cli?: (program: Command, kit: CliKit) => void;
  /**
   * This module's own CSS file (`new URL('./x.css', import.meta.url)`), served with the kernel's
   * app.css in one hashed file, after it and in module order. Rules only this module's pages use.
   */
  stylesheet?: URL;
  /**
   * Kinds of this module's records that hold documents (decision 101): the documents kernel asks
   * each host whether an actor may read or add files, and the record's page shows `DocumentList`.
   */
  documentHosts?: DocumentHost[];
  /**
   * The kinds of this module's records the global search finds (practices, courses…): each
   * publishes its records as search documents, and says who may see a non-public one.
   */
  search?: SearchSource[];
  /** What this module adds to a process, the space that hosts it as a component (decision 61). */
  process?: ProcessHooks;
  /**
   * Guidance that explains a checklist template (the notes that point to it), for the checklist's
   * page: the guidance library gives it, the checklists show it, and neither imports the other.
   */
  checklistGuidance?: ChecklistGuidanceProvider;
}

/**
 * A module's part in a process (Decidim's space and its components): its tabs, its panel on the
 * workspace overview, its sections of the process report, and the hook that turns an assessment
 * gap into an action. Whoever needs them loops over every manifest's `process` (the core, reports).
 */
export interface ProcessHooks {
  /** Tabs this module adds to a process workspace (assessments, actions, indicators…). */
  tabs?: ProcessTab[];
  /** A small panel for the process workspace overview ("2 rounds, 63% fully addressed"). */
  summaries?: ProcessSummaryProvider;
  /**
   * Sections of the process report (`/processes/:id/report`, printable, and its PDF): stages,
   * coordinating body, assessment results, actions, indicators, lessons, consultations…
   */
  reportSections?: ProcessReportProvider;
  /**
   * Turns a gap of an assessment (an item not or only partly addressed) into an action of the
   * process, inside the caller's transaction. One module provides it (the action plan); when none
   * does, the assessment pages offer no such button.
   */
  createActionFromGap?: GapActionCreator;
}

/** The guidance notes that explain one checklist template, as links in the language each is in. */
export type ChecklistGuidanceProvider = (
  db: Db,
  templateId: string,
) => Promise<{ title: string; href: string; locale: string }[]>;

/** A key figure on the home page: "249 countries and territories". */
export interface HomeFigure {
  /** Catalogue key of what is counted ("Countries and territories"). */
  labelKey: string;
  value: number;
  /** Lower comes first. */
  order: number;
  /** Where the counted things are listed; the figure links there. */
  href?: string;
  /** Catalogue key naming where the figure comes from ("ISO 3166-1"). */
  sourceKey?: string;
}

/** One line of "Latest activity" on the home page. */
export interface HomeActivity {
  /** ISO timestamp the item was published or last changed; the home page sorts on it. */
  at: string;
  /** Catalogue key of the kind of item ("Event", "Practice"), shown as a tag. */
  kindKey: string;
  /** The item's own name, as entered (not translated). */
  title: string;
  href: string;
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

/**
 * Renders a module's section of the corridor explorer (`/corridors?origin=…&destination=…`), or
 * null when it has nothing on that corridor the actor may see. Countries are ISO alpha-3.
 */
export type CorridorPanelProvider = (
  db: Db,
  corridor: { origin: string; destination: string },
  actor: Actor,
) => Promise<{ order: number; node: Child } | null>;

/** Renders a module's section of a country page, or null when it has nothing to show. */
export type CountryPanelProvider = (
  db: Db,
  country: { alpha3: string; alpha2: string },
  actor: Actor,
) => Promise<{ order: number; node: Child } | null>;

/** Renders a module's section of an organisation page, or null when it has nothing to show. */
export type OrganisationPanelProvider = (
  db: Db,
  organisation: { id: string; name: string },
  actor: Actor,
) => Promise<{ order: number; node: Child } | null>;

/** One section of the process report, or null when the module has nothing to say about the process. */
export interface ProcessReportSection {
  /** Lower comes first: stages 10, body 20, assessments 30, actions 40, indicators 50, lessons 70, consultations 80. */
  order: number;
  /** Catalogue key of the section's heading. */
  titleKey: string;
  /** The section for the printable page (rendered inside the view context, so `useT()` works). */
  node: Child;
  /**
   * The same content as plain rows for the PDF: each key is a column heading already in the
   * reader's language, each value the cell. Keep it to a few columns; long text is wrapped.
   */
  rows?: Record<string, string | number>[];
  /** What the PDF says when `rows` is empty ("No actions yet."), already in the reader's language. */
  empty?: string;
}

/**
 * Renders a module's section (or sections: the processes module gives stages and body) of a process report. Called only after the actor was checked to be
 * allowed to view the process; a module still shows only what the actor may see of its own data.
 * `i18n` is the reader's language, for the `rows` the PDF prints.
 */
export type ProcessReportProvider = (
  db: Db,
  process: { id: string; title: string; countryAlpha3: string },
  actor: Actor,
  i18n: Translator,
) => Promise<ProcessReportSection | ProcessReportSection[] | null>;

/** What an assessment gap gives the module that turns it into an action. */
export interface GapActionInput {
  processId: string;
  /** A suggested title: the item's question in the language of the person acting, at most 200 characters. */
  title: string;
  /** The gap the action answers, to show it and link back to it. */
  gapRef: {
    kind: 'assessment-item';
    /** The item score's id (one item of one round). */
    id: string;
    assessmentId: string;
    round: number;
    /** "Round 2 · Health · How are…", in the language of the person acting. */
    label: string;
    /** The round's result page, at the gap. */
    href: string;
  };
  actorId: string | null;
}

/** Creates the action in the caller's transaction and says where it can be seen. */
export type GapActionCreator = (
  trx: Transaction<Database>,
  input: GapActionInput,
) => Promise<{ id: string; href: string }>;

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
