/** Turns picked files into the contract's PageUpload (base64 of the raw bytes, so any encoding survives). */
import type { PageUpload } from '../../services/contract.ts';

/** Encodes bytes as base64 in chunks (String.fromCharCode on a whole large file would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/** Reads files picked by the user into uploads. */
export async function filesToUploads(files: Iterable<File>): Promise<PageUpload[]> {
  const uploads: PageUpload[] = [];
  for (const file of files) {
    uploads.push({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
  }
  return uploads;
}
