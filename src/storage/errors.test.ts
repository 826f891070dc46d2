import { describe, expect, it } from 'vitest';
import { storageErrorKind } from './errors';

describe('storageErrorKind', () => {
  it('tells a full phone from a busy database and from storage that is not there', () => {
    expect(storageErrorKind(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(storageErrorKind(new DOMException('old', 'VersionError'))).toBe('busy');
    expect(storageErrorKind(new DOMException('aborted', 'AbortError'))).toBe('busy');
    expect(storageErrorKind(new DOMException('closing', 'InvalidStateError'))).toBe('busy');
    expect(storageErrorKind(new DOMException('private', 'SecurityError'))).toBe('unavailable');
    expect(storageErrorKind('not even an error')).toBe('unavailable');
  });
});
