/** Running the anuvad CLI inside the test process (fast: no node start-up), capturing what it prints. */
import { main } from '../../../transports/cli/index.ts';

/** One CLI run: exit code and everything written to stdout and stderr. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's main with `args` in `cwd`, with ANUVAD_HOME set to `home` and no other environment. */
export async function runCliInProcess(args: string[], cwd: string, home: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: { ANUVAD_HOME: home },
  });
  return { code, stdout, stderr };
}
