/** The error a command throws to stop with a message on stderr and a documented exit code. */

/** Exit codes of every command: 0 ok, 1 issues found (qa), 2 bad input, 3 internal error (a bug). */
export const EXIT = { ok: 0, issues: 1, badInput: 2, internal: 3 } as const;

/** Bad input or an unusable project: printed as `file:line: message`, exit 2 unless told otherwise. */
export class CliError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly exitCode: number;

  constructor(message: string, where: { file?: string; line?: number; exitCode?: number } = {}) {
    super(message);
    this.name = 'CliError';
    this.file = where.file;
    this.line = where.line;
    this.exitCode = where.exitCode ?? EXIT.badInput;
  }
}
