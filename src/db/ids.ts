import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** An opaque, URL-safe, random identifier (16 characters, ~80 bits). */
export function newId(): string {
  const bytes = randomBytes(16);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}

/** The current time as an ISO 8601 string: the only timestamp format stored. */
export function now(): string {
  return new Date().toISOString();
}
