import { describe, expect, it } from 'vitest';
import { ApiFailure, httpStatusFor, toApiError } from '../../services/api-failure.ts';
import { StoreError } from '../../services/store/store-error.ts';

describe('toApiError', () => {
  it('keeps an ApiFailure as it is', () => {
    expect(toApiError(new ApiFailure({ code: 'not-found', message: 'No article x' }))).toEqual({ code: 'not-found', message: 'No article x' });
  });

  it('keeps the code and file of store errors', () => {
    expect(toApiError(new StoreError('read-only', 'open elsewhere', 'project.json'))).toEqual({ code: 'read-only', message: 'open elsewhere', file: 'project.json' });
  });

  it('reports a full or read-only disk as io, and anything else as internal', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(toApiError(full)).toEqual({ code: 'io', message: full.message });
    expect(toApiError(denied).code).toBe('io');
    expect(toApiError(new TypeError('x is undefined'))).toEqual({ code: 'internal', message: 'x is undefined' });
    expect(toApiError('plain string')).toEqual({ code: 'internal', message: 'plain string' });
    expect(toApiError(Object.assign(new Error('odd'), { code: 'not-an-api-code' })).code).toBe('internal');
  });

  it('maps codes to HTTP statuses: client errors 4xx, disk and bugs 5xx', () => {
    expect(['bad-input', 'not-found', 'read-only', 'conflict', 'io', 'internal'].map((code) => httpStatusFor(code as never)))
      .toEqual([400, 404, 409, 409, 503, 500]);
  });
});
