/** The one error type handlers throw; every transport turns it into an ApiError envelope. */
import type { ApiError } from './contract.ts';

/** An API error as an exception; `error` is exactly what the client receives. */
export class ApiFailure extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.error = error;
  }
}

const apiErrorCodes = new Set<ApiError['code']>(['bad-input', 'not-found', 'read-only', 'conflict', 'io', 'internal']);
// Node's errno codes that mean "the disk refused", not "the program is wrong".
const ioErrnoCodes = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EMFILE', 'ENFILE', 'EDQUOT', 'EBUSY', 'ENOENT']);

/** Turns anything thrown by a handler (or by the store beneath it) into an ApiError. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiFailure) return thrown.error;
  const candidate = thrown as { code?: unknown; message?: unknown; file?: unknown; line?: unknown; conflict?: ApiError['conflict'] } | null;
  const message = typeof candidate?.message === 'string' ? candidate.message : String(thrown);
  const file = typeof candidate?.file === 'string' ? candidate.file : undefined;
  const line = typeof candidate?.line === 'number' ? candidate.line : undefined;
  const code = candidate?.code;
  // The store and the domain may throw plain errors that already carry an ApiError code.
  if (typeof code === 'string' && apiErrorCodes.has(code as ApiError['code'])) {
    const conflict = code === 'conflict' && typeof candidate?.conflict === 'object' && candidate.conflict !== null ? candidate.conflict : undefined;
    return { code: code as ApiError['code'], message, ...(file ? { file } : {}), ...(line ? { line } : {}), ...(conflict ? { conflict } : {}) };
  }
  if (typeof code === 'string' && ioErrnoCodes.has(code)) return { code: 'io', message, ...(file ? { file } : {}) };
  return { code: 'internal', message };
}

/** HTTP status for an ApiError code (the fallback server's mapping). */
export function httpStatusFor(code: ApiError['code']): number {
  switch (code) {
    case 'bad-input': return 400;
    case 'not-found': return 404;
    case 'read-only': return 409;
    case 'conflict': return 409;
    case 'io': return 503;
    case 'internal': return 500;
  }
}
