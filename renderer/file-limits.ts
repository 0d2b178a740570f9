/**
 * Size limits for files the person picks, checked with `File.size` before a byte is read: a file
 * the server would refuse is never loaded into memory and base64-encoded. Each limit matches the
 * server's (test/renderer/file-limits.test.ts compares them).
 */
import { MAX_PAGE_BYTES } from '../articles/import/decode-page.ts';
import { formatNumber, type UiLanguage } from './format.ts';

export { MAX_PAGE_BYTES };

/** An imported memory (TMX/XLIFF/TSV): 64 MiB raw, the server's MEMORY_LIMITS.memoryBase64Chars. */
export const MAX_MEMORY_FILE_BYTES = 64 * 1024 * 1024;

/**
 * An English translation to align: the server takes 2 M characters (REVIEW_LIMITS.englishChars);
 * a UTF-8 character is at most 3 bytes per UTF-16 unit, so a bigger file surely has more.
 */
export const MAX_TRANSLATION_FILE_BYTES = 3 * 2_000_000;

/** The part of a File the check reads. */
export interface SizedFile {
  name: string;
  size: number;
}

/** The files over `maxBytes`, in the order picked. */
export function oversizedFiles<F extends SizedFile>(files: Iterable<F>, maxBytes: number): F[] {
  return [...files].filter((file) => file.size > maxBytes);
}

/** Interpolation values for the `files.tooLarge` message: names, size of the first file and the limit, in MiB. */
export function tooLargeValues(files: readonly SizedFile[], maxBytes: number, language: UiLanguage): { name: string; size: string; limit: string } {
  const mebibytes = (bytes: number) => formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, language);
  return { name: files.map((file) => file.name).join(', '), size: mebibytes(files[0]?.size ?? 0), limit: mebibytes(maxBytes) };
}
