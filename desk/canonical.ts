/**
 * Content comparison across the wire: PostgreSQL's jsonb reorders object keys, so two values are
 * compared by a key-sorted serialisation, and "the same content" is never taken for a conflict.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth (undefined members dropped, as JSON does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** True when both values hold the same JSON content whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** A short hash of a value's canonical JSON. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64url').slice(0, 22);
}

/** A value without its `revision` (revisions are per store: the desk keeps its own). */
export function withoutRevision<T extends { revision?: number }>(value: T): Omit<T, 'revision'> {
  const { revision: _revision, ...rest } = value;
  return rest;
}
