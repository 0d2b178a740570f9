// Worker entry for bounded-importers.ts: registers tsx (the worker has no TypeScript loader of its
// own), then runs the importer table on the cases the test process sends.
import { register } from 'tsx/esm/api';

register();
await import('./bounded-worker-body.ts');
