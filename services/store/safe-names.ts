/** Ids and document names become file names inside the project folder; keep them from escaping it. */
import { StoreError } from './store-error.ts';

// Letters and marks of any script (Hindi ids are fine), digits, '_', '.', '-'; no separators, no '..'.
const SAFE_NAME = /^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.-]{0,199}$/u;

/** True when `id` can be used as a file name: no '/', '\\', '..', control characters or leading dot. */
export function isSafeFileId(id: string): boolean {
  return typeof id === 'string' && SAFE_NAME.test(id) && !id.includes('..');
}

/** Throws a 'bad-input' StoreError unless `id` is a safe file name. */
export function assertSafeFileId(id: string, what: string): void {
  if (!isSafeFileId(id)) throw new StoreError('bad-input', `${what} ${JSON.stringify(id)} is not a safe file name (letters, digits, '_', '.', '-'; no '/', '\\' or '..')`);
}

/** Document names may have '/'-separated parts ('alignments/<articleId>'), each a safe file name. */
export function assertSafeDocName(name: string): string[] {
  const parts = typeof name === 'string' ? name.split('/') : [];
  if (parts.length === 0 || parts.length > 4) throw new StoreError('bad-input', `document name ${JSON.stringify(name)} is not valid`);
  for (const part of parts) assertSafeFileId(part, 'document name part');
  return parts;
}
