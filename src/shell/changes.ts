// Tells every open tab (this one included) that saved data changed, so streaks and history
// stay in step when two tabs are open.
type Listener = () => void;
type Message = 'changed' | 'erased';

const listeners = new Set<Listener>();
const erasedListeners = new Set<Listener>();
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nightstretch-data');
channel?.addEventListener('message', (event: MessageEvent<Message>) => deliver(event.data));

function deliver(message: Message): void {
  if (message === 'erased') for (const listener of erasedListeners) listener();
  for (const listener of listeners) listener();
}

function post(message: Message): void {
  channel?.postMessage(message);
  deliver(message);
}

export function announceDataChanged(): void {
  post('changed');
}

/** Everything on this phone was erased: tabs drop what they hold in memory too. */
export function announceErased(): void {
  post('erased');
}

/** Calls `listener` after every change here or in another tab; returns an unsubscribe. */
export function onDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` after everything was erased, here or in another tab. */
export function onErased(listener: Listener): () => void {
  erasedListeners.add(listener);
  return () => erasedListeners.delete(listener);
}
