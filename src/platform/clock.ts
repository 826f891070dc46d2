/** The one source of time. Tests and benchmarks inject their own. */
export interface Clock {
  now(): number;
  /** Calls `callback` at (or just after) the absolute time `atMs`; returns a cancel function. */
  at(atMs: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  at(atMs, callback) {
    const handle = setTimeout(callback, Math.max(0, atMs - Date.now()));
    return () => clearTimeout(handle);
  },
};
