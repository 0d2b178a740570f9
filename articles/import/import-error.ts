/** Error for a page that cannot be imported; names the file and, when known, the 1-based line. */
export class ImportError extends Error {
  readonly file: string;
  readonly line?: number;

  /** Builds an error whose message starts with `file:line:` so shells can print it as is. */
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'ImportError';
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}
