import { computed, type ReadonlySignal, signal } from '@preact/signals';

/** The first install finished: everything is cached and the app opens with no signal. */
export const offlineReady = signal(false);
/** A newer version is installed and waiting. */
export const updateReady = signal(false);

const sessionLiveSource = signal<ReadonlySignal<boolean> | null>(null);
const sessionLive = (): boolean => sessionLiveSource.value?.value ?? false;

/** What Home may offer: a waiting version, held back while a routine plays or is paused. */
export const updateOffered = computed(() => updateReady.value && !sessionLive());

/** Tells the update code when a routine is live (running or paused, here or in another tab). */
export function holdUpdatesWhile(live: ReadonlySignal<boolean>): void {
  sessionLiveSource.value = live;
}

export interface ServiceWorkerOptions {
  /** True while a routine is running or paused: nothing may reload the page then. */
  sessionLive: ReadonlySignal<boolean>;
  now(): number;
  /** Where sw.js lives and what it controls: the app's base path. */
  baseUrl: string;
}

/** How often an app left open in the background looks for a new version when shown again. */
const RECHECK_AFTER_MS = 60 * 60 * 1000;

let applyWaitingUpdate: () => void = () => location.reload();

/**
 * Swaps in the waiting version and reloads once it controls the page. Only called from Home
 * (the person tapped "Update now") or at a cold start; it refuses while a routine is live, so a
 * routine is never cut short. Returns whether the update went ahead.
 */
export function applyUpdate(): boolean {
  if (sessionLive()) {
    console.info('Nightstretch: the update waits until the routine ends.');
    return false;
  }
  updateReady.value = false;
  applyWaitingUpdate();
  return true;
}

/**
 * Registers the generated service worker with workbox-window (loaded lazily, off the first
 * screen). A new version waits until the person chooses it or the app next starts cold.
 */
export async function registerServiceWorker(options: ServiceWorkerOptions): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  holdUpdatesWhile(options.sessionLive);
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
    if (!event.wasWaitingBeforeRegister || !applyUpdate()) updateReady.value = true;
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
    if (document.visibilityState !== 'visible' || !navigator.onLine || sessionLive()) return;
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
