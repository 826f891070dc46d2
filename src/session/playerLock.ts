import { playingElsewhere } from './sessionState';

// One player across tabs: the tab whose routine is live holds an exclusive Web Lock. Another tab
// sees the lock held and says "Playing in another tab" instead of offering the same saved
// session; starting a routine there takes the lock over and the first tab's routine stops.
// Where the Web Locks API is missing, every tab plays on its own, as before.

const PLAYER_LOCK = 'nightstretch-player';

const lockManager = (): LockManager | null =>
  typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;

let letGo: (() => void) | null = null;
let watching = false;

/**
 * Takes the player lock for a routine that just began here; `onTakenOver` runs if another tab
 * starts a routine and takes the lock away.
 */
export function claimPlayer(onTakenOver: () => void): void {
  const locks = lockManager();
  if (!locks || letGo) return;
  const held = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  playingElsewhere.value = false;
  locks
    .request(PLAYER_LOCK, { steal: true }, () => held)
    .then(
      () => {},
      (error: unknown) => {
        letGo = null;
        if (error instanceof DOMException && error.name === 'AbortError') onTakenOver();
        else console.warn('Nightstretch: the player lock was refused', error);
      },
    );
}

/** Lets go of the player lock once this tab's routine is over. */
export function releasePlayer(): void {
  letGo?.();
  letGo = null;
}

/**
 * Checks whether another tab holds the player lock; while it does, `playingElsewhere` is true,
 * and `onFree` runs once it lets go (its routine ended, or the tab was closed or killed).
 */
export async function watchOtherPlayer(onFree: () => void): Promise<boolean> {
  const locks = lockManager();
  if (!locks || letGo) return false;
  let held: LockInfo[] = [];
  try {
    held = (await locks.query()).held ?? [];
  } catch (error) {
    // Unknown is taken as free: the person can still resume, as without Web Locks.
    console.warn('Nightstretch: could not ask which tab plays', error);
  }
  const elsewhere = !letGo && held.some((lock) => lock.name === PLAYER_LOCK);
  playingElsewhere.value = elsewhere;
  if (elsewhere && !watching) {
    watching = true;
    // A shared request is granted once the exclusive holder lets go, and is let go at once.
    locks
      .request(PLAYER_LOCK, { mode: 'shared' }, () => {
        watching = false;
        playingElsewhere.value = false;
        onFree();
      })
      .catch((error: unknown) => {
        watching = false;
        console.warn('Nightstretch: could not watch the other tab', error);
      });
  }
  return elsewhere;
}
