/**
 * Runs an importer from IMPORTERS in a worker thread with a deadline, so a hang (a synchronous
 * endless loop that no test timeout can interrupt) fails the one case with its name instead of
 * stalling the whole run. The worker is reused across cases and replaced after a timeout.
 */
import { Worker } from 'node:worker_threads';
import type { Outcome } from './importers.ts';

const WORKER_ENTRY = new URL('./bounded-worker.mjs', import.meta.url);

/** A worker that runs importer cases one at a time, each within a deadline. */
export class BoundedImporters {
  #worker: Worker | undefined;
  #nextId = 0;
  #fresh = false;

  /** Runs the importer for `fileName` on `bytes`; rejects when it throws something other than a refusal or exceeds `deadlineMs`. */
  async run(fileName: string, bytes: Uint8Array, deadlineMs = 10_000): Promise<Outcome> {
    if (!this.#worker) {
      this.#worker = new Worker(WORKER_ENTRY);
      this.#fresh = true;
    }
    const worker = this.#worker;
    const startup = this.#fresh ? 20_000 : 0;
    this.#fresh = false;
    const id = this.#nextId++;
    return new Promise<Outcome>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (message: { id: number; outcome?: Outcome; error?: string }) => {
        if (message.id !== id) return;
        finish();
        if (message.error !== undefined) reject(new Error(`${fileName}: importer threw instead of refusing: ${message.error}`));
        else resolve(message.outcome!);
      };
      const onError = (error: Error) => {
        finish();
        this.#worker = undefined;
        reject(error);
      };
      // Loading tsx and the importers in a fresh worker takes about a second; the deadline is for the case.
      const timer = setTimeout(() => {
        finish();
        this.#worker = undefined;
        void worker.terminate();
        reject(new Error(`${fileName}: no result within ${deadlineMs} ms (hang)`));
      }, deadlineMs + startup);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, fileName, bytes });
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}
