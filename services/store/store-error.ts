/** Errors raised by project stores, carrying the contract's error code and the file concerned. */
import type { ApiError, ConflictInfo } from '../contract.ts';

/** A storage failure the user must hear about; `file` is relative to the project folder. */
export class StoreError extends Error {
  readonly code: ApiError['code'];
  readonly file?: string;
  /** Both versions, when this is a stale write (code 'conflict'; services/store/revisions.ts). */
  readonly conflict?: ConflictInfo;

  constructor(code: ApiError['code'], message: string, file?: string, options?: { cause?: unknown }, conflict?: ConflictInfo) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
    this.file = file;
    if (conflict) this.conflict = conflict;
  }
}

/** True when `error` is a StoreError with the given code. */
export function isStoreError(error: unknown, code?: ApiError['code']): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}
