/** What kind of storage failure happened; the shell turns it into a sentence (errors.*). */
export type StorageErrorKind = 'full' | 'busy' | 'unavailable';

/** Sorts a storage failure into what the person can do about it. */
export function storageErrorKind(error: unknown): StorageErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'VersionError' || name === 'AbortError' || name === 'InvalidStateError') {
    return 'busy';
  }
  return 'unavailable';
}
