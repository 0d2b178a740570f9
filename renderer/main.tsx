/** Renderer entry: fonts and styles, then the workbench on the real transport (Electron preload or HTTP). */
import './zod-jitless.ts';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
import './styles.css';
import { getApi } from './transport/index.ts';
import { startWorkbench } from './start.tsx';

void startWorkbench(getApi(), document.getElementById('root') as HTMLElement);
