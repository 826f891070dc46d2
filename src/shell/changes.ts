// Tells every open tab (this one included) that saved data changed, so streaks and history
// stay in step when two tabs are open.
type Listener = () => void;

const listeners = new Set<Listener>();
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nightstretch-data');
channel?.addEventListener('message', () => {
  for (const listener of listeners) listener();
});

export function announceDataChanged(): void {
  channel?.postMessage('changed');
  for (const listener of listeners) listener();
}

/** Calls `listener` after every change here or in another tab; returns an unsubscribe. */
export function onDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
