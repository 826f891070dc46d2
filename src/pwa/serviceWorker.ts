import { signal } from '@preact/signals';

/** The first install finished: everything is cached and the app opens with no signal. */
export const offlineReady = signal(false);
/** A newer version is installed and waiting; Home offers it, the Player never does. */
export const updateReady = signal(false);

export interface ServiceWorkerOptions {
  /** True while a routine is running or paused: nothing may reload the page then. */
  isBusy(): boolean;
  now(): number;
  /** Where sw.js lives and what it controls: the app's base path. */
  baseUrl: string;
}

/** How often an app left open in the background looks for a new version when shown again. */
const RECHECK_AFTER_MS = 60 * 60 * 1000;

let applyWaitingUpdate: () => void = () => location.reload();

/**
 * Swaps in the waiting version and reloads once it controls the page. Only called from Home
 * (the person tapped "Update now") or at a cold start, so a routine is never cut short.
 */
export function applyUpdate(): void {
  updateReady.value = false;
  applyWaitingUpdate();
}

/**
 * Registers the generated service worker with workbox-window (loaded lazily, off the first
 * screen). A new version waits until the person chooses it or the app next starts cold.
 */
export async function registerServiceWorker(options: ServiceWorkerOptions): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${options.baseUrl}sw.js`, { scope: options.baseUrl });
  const container = navigator.serviceWorker;
  // The first worker claims the page (clientsClaim); that change of controller is no update.
  let controlled = container.controller !== null;
  let reloadWhenControlled = false;

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal && !controlled) offlineReady.value = true;
  });
  workbox.addEventListener('waiting', (event) => {
    // Waiting since before this page opened: this is the next cold start, so apply it now.
    if (event.wasWaitingBeforeRegister && !options.isBusy()) applyUpdate();
    else updateReady.value = true;
  });
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloadWhenControlled) location.reload();
    // Another tab applied an update: this page's code is older than its worker now.
    else updateReady.value = true;
  });

  applyWaitingUpdate = () => {
    void container.getRegistration(options.baseUrl).then((registration) => {
      if (!registration?.waiting) {
        location.reload();
        return;
      }
      reloadWhenControlled = true;
      workbox.messageSkipWaiting();
    });
  };

  let lastCheck = options.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine || options.isBusy()) return;
    if (options.now() - lastCheck < RECHECK_AFTER_MS) return;
    lastCheck = options.now();
    void workbox.update();
  });

  try {
    await workbox.register();
  } catch (error) {
    // Without a worker the app still runs; it just won't open offline.
    console.warn('Service worker registration failed', error);
  }
}
