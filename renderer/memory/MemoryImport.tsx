/** "Import memory…": a TMX, XLIFF or TSV file becomes a named, read-only memory of the project (tm.import). */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../workbench-context.ts';
import { bytesToBase64 } from '../list/page-upload.ts';
import { MAX_MEMORY_FILE_BYTES, oversizedFiles, tooLargeValues } from '../file-limits.ts';

/** Props of MemoryImport. */
export interface MemoryImportProps {
  onImported(): void;
}

/** A button that opens a file picker and imports the chosen memory file. */
export function MemoryImport({ onImported }: MemoryImportProps) {
  const { t } = useTranslation();
  const { api, notify, readOnly, language } = useWorkbench();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  if (readOnly) return null;

  const importFile = async (file: File) => {
    // Checked before reading: a memory the server would refuse is never loaded and encoded.
    const tooLarge = oversizedFiles([file], MAX_MEMORY_FILE_BYTES);
    if (tooLarge.length > 0) {
      notify(t('files.tooLarge', tooLargeValues(tooLarge, MAX_MEMORY_FILE_BYTES, language)), 'error');
      return;
    }
    setBusy(true);
    try {
      const result = await api['tm.import']({ fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
      notify(t('memory.imported', { count: result.memory.pairs, name: result.memory.name, skipped: t('memory.skippedUnits', { count: result.skipped.length }) }));
      onImported();
    } catch (error) {
      notify(t('memory.importFailed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="link memory-import" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('common.loading') : t('memory.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".tmx,.xlf,.xliff,.tsv,.tab,.txt"
        hidden
        data-testid="memory-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
