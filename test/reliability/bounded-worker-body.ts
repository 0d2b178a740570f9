/** Runs IMPORTERS inside the bounded worker: one message in ({ id, fileName, bytes }), one out. */
import { parentPort } from 'node:worker_threads';
import { IMPORTERS } from './importers.ts';

parentPort!.on('message', (message: { id: number; fileName: string; bytes: Uint8Array }) => {
  // The control case of bad-input.test.ts: proves a hang is caught and named.
  if (message.fileName === 'endless-loop.control') for (;;);
  const importer = IMPORTERS.find((each) => each.fileName === message.fileName);
  const run = importer ? importer.run(message.bytes) : Promise.reject(new Error(`no importer for ${message.fileName}`));
  run.then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) }),
  );
});
