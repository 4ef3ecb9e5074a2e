import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/connection.ts';
import { HttpProblem } from '../web/errors.ts';

/** What an actor may do with the documents of one record, and how to name and reach that record. */
export interface DocumentAccess {
  read: boolean;
  write: boolean;
  /** The record's own name ("Lesson: Diaspora bonds…"), for the upload page's heading. */
  title: string;
  /** The record's page, where the document list is shown and an upload returns to. */
  href: string;
}

/**
 * A kind of record that can hold documents, declared by the module that owns it in its manifest
 * (`documentHosts`). The documents kernel asks the host, never the module's tables, whether a
 * person may see or add files: the record's own rules decide.
 */
export interface DocumentHost {
  /** The record kind in URLs and rows: lower-case letters and hyphens (`lesson`, `practice`). */
  type: string;
  /**
   * Null when the record is missing or hidden from the actor (both answer 404); a host may also
   * throw the 404 its module's loaders throw, which the kernel reads the same way.
   */
  access(db: Db, actor: Actor, ownerId: string): Promise<DocumentAccess | null>;
}

/** The hosts by type; a type declared twice stops the server from starting. */
export function hostRegistry(hosts: readonly DocumentHost[]): ReadonlyMap<string, DocumentHost> {
  const registry = new Map<string, DocumentHost>();
  for (const host of hosts) {
    if (!/^[a-z][a-z-]{0,39}$/.test(host.type))
      throw new Error(`Document host type is not a slug: ${host.type}`);
    if (registry.has(host.type)) throw new Error(`Document host declared twice: ${host.type}`);
    registry.set(host.type, host);
  }
  return registry;
}

/** What the actor may do with one record's documents; null when they may not even see them. */
export async function accessTo(
  registry: ReadonlyMap<string, DocumentHost>,
  db: Db,
  actor: Actor,
  ownerType: string,
  ownerId: string,
): Promise<DocumentAccess | null> {
  const host = registry.get(ownerType);
  if (!host) return null;
  try {
    const access = await host.access(db, actor, ownerId);
    return access?.read ? access : null;
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return null;
    throw error;
  }
}
