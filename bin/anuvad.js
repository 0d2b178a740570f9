#!/usr/bin/env node
// The `anuvad` command line: runs electron/cli/index.ts under tsx (no build step for node code).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/index.ts');
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
// Let stdout drain before exiting (a large --json output piped to another program).
process.exitCode = code;
