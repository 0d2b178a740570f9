// zod 4 probes `new Function('')` to decide whether to compile validators; the page's CSP forbids
// eval, so the probe is a CSP violation. Jitless mode skips the probe (same results, interpreted).
import { z } from 'zod';

z.config({ jitless: true });
