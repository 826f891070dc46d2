/** Turns a storage failure into one calm sentence a person can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Your phone is out of storage space, so tonight could not be saved. Free some space and try again.';
  }
  if (name === 'VersionError' || name === 'AbortError' || name === 'InvalidStateError') {
    return 'Nightstretch could not open its saved data, perhaps because another tab is updating it. Close other Nightstretch tabs and reload.';
  }
  return 'Nightstretch cannot save on this device right now (private browsing can block it). Your stretches still work; your nights may not be kept.';
}
