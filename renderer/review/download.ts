/** Offers an exported file to the person as a download (a Blob link; no server round trip, no file system access). */
import type { ExportFile } from '../../services/contract.ts';

/** Saves `file` through the browser's download (Electron shows its save dialog for the same link). */
export function downloadFile(file: ExportFile, target: Document = document): void {
  const blob = file.encoding === 'base64'
    ? new Blob([Uint8Array.from(atob(file.content), (character) => character.charCodeAt(0))], { type: file.mimeType })
    : new Blob([file.content], { type: `${file.mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = target.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  target.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some engines start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
