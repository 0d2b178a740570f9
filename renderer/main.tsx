/**
 * Renderer entry: fonts and styles, the first calls (start-calls.ts), then the workbench on the
 * real transport (Electron preload or HTTP). The app's code is a chunk of its own, loaded after the
 * first calls are on their way: parsing and running it (every view) no longer comes before them.
 */
import './zod-jitless.ts';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
import './styles.css';
import { getApi } from './transport/index.ts';
import { askStartCalls } from './start-calls.ts';

const api = getApi();
const asked = askStartCalls(api);
void import('./start.tsx').then(({ startWorkbench }) => startWorkbench(api, document.getElementById('root') as HTMLElement, asked));
