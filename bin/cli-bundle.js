// Whether the prebuilt CLI (dist/anuvad-cli.mjs, bin/build-cli.js) matches the sources as they are
// now. Never run a stale bundle: any doubt means "not fresh" and bin/anuvad.js runs the sources.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist', 'anuvad-cli.mjs');
export const CLI_INPUTS = path.join(root, 'dist', 'anuvad-cli.inputs.json');

/** The hash recorded for a source file's bytes. */
export function contentHash(createHash, bytes) {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * True when the bundle, its chunks and its input list exist and every source it was built from
 * still has the bytes that were compiled. A file with its recorded mtime and size is taken as
 * unchanged (one stat, ≈ 1 ms for all); any other is hashed (an edit undone, a fresh checkout of
 * the same commit, still counts as fresh; `touch` alone costs a hash, not a slow start).
 */
export async function bundleIsFresh() {
  try {
    const { sources, chunks } = JSON.parse(readFileSync(CLI_INPUTS, 'utf8'));
    if (!existsSync(CLI_BUNDLE) || !chunks.every((name) => existsSync(path.join(root, 'dist', name)))) return false;
    let createHash;
    for (const [relative, recorded] of Object.entries(sources)) {
      const file = path.join(root, relative);
      const now = statSync(file);
      if (now.mtimeMs === recorded.mtimeMs && now.size === recorded.size) continue;
      if (now.size !== recorded.size) return false;
      createHash ??= (await import('node:crypto')).createHash;
      if (contentHash(createHash, readFileSync(file)) !== recorded.hash) return false;
    }
    return true;
  } catch {
    // No bundle yet, an input list of an older format, a source deleted: run the sources.
    return false;
  }
}
