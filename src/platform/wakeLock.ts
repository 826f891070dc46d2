/**
 * Keeps the screen on while a routine plays (Screen Wake Lock API). The browser lets go of the
 * lock whenever the page is hidden, so `refresh()` takes it again when the page is visible.
 */
export const wakeLockSupported = (): boolean =>
  typeof navigator !== 'undefined' && 'wakeLock' in navigator;

let wanted = false;
let sentinel: WakeLockSentinel | null = null;
let requesting: Promise<void> | null = null;

async function acquire(): Promise<void> {
  if (!wakeLockSupported() || sentinel || requesting) return;
  if (document.visibilityState !== 'visible') return;
  requesting = (async () => {
    try {
      const lock = await navigator.wakeLock.request('screen');
      if (!wanted) {
        await lock.release();
        return;
      }
      sentinel = lock;
      lock.addEventListener('release', () => {
        if (sentinel === lock) sentinel = null;
      });
    } catch {
      // Refused (battery saver, page not active): the screen may dim, the routine carries on.
    } finally {
      requesting = null;
    }
  })();
  await requesting;
}

/** Holds or lets go of the screen lock. */
export function keepScreenOn(on: boolean): void {
  wanted = on;
  if (on) {
    void acquire();
  } else if (sentinel) {
    const lock = sentinel;
    sentinel = null;
    lock.release().catch(() => {});
  }
}

/** Takes the lock again after the page came back into view. */
export function refreshWakeLock(): void {
  if (wanted) void acquire();
}
