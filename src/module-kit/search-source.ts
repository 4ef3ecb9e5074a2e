import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/connection.ts';

/**
 * One searchable record as its module describes it, for the global search (issue 10) to index:
 * the search never reads a module's tables, only what each module publishes here.
 */
export interface SearchDocument {
  /** The record kind, as in `SearchSource.kind` (`practice`, `course`). */
  kind: string;
  id: string;
  title: string;
  /** The text to match beyond the title (summary, body, themes, places), plain text. */
  text: string;
  /** The language the text is written in (`en`, `fr`, `es`, `ar`), when known. */
  locale: string | null;
  /** The record's page. */
  href: string;
  /**
   * True when anyone, signed in or not, may read the record: such hits need no check. Others are
   * shown only to actors `SearchSource.canSee` lets through.
   */
  public: boolean;
  /** ISO timestamp of the record's last change: the newest first among equal matches. */
  updatedAt: string;
}

/** What a module gives the global search for one kind of its records (`search` in the manifest). */
export interface SearchSource {
  kind: string;
  /** Catalogue key naming the kind in results ("Practice"). */
  labelKey: string;
  /** Every record of this kind, in batches, for a full reindex. */
  all(db: Db): AsyncIterable<SearchDocument[]>;
  /** One record as it is now, after a change; null when it is gone (or no longer searchable). */
  one(db: Db, id: string): Promise<SearchDocument | null>;
  /** Whether the actor may read this non-public record: results are filtered with it. */
  canSee(db: Db, actor: Actor, id: string): Promise<boolean>;
}
