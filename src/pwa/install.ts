import { signal } from '@preact/signals';

/** Chromium's install offer (not in the DOM typings). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser's install offer, kept until the person uses it. */
export const installPrompt = signal<InstallPromptEvent | null>(null);
/** Set when the app was installed from this page. */
export const installed = signal(false);

/** Already opened from the home screen (or as an installed desktop app). */
export function runningStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || matchMedia('(display-mode: standalone)').matches;
}

/** Asks the browser to show its install dialog; the offer can be used once. */
export async function promptInstall(): Promise<void> {
  const event = installPrompt.peek();
  if (!event) return;
  installPrompt.value = null;
  await event.prompt();
  const choice = await event.userChoice;
  if (choice.outcome === 'accepted') installed.value = true;
}

// Caught as soon as the app loads: the offer can come before Home is on screen.
addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  installPrompt.value = event as InstallPromptEvent;
});
addEventListener('appinstalled', () => {
  installPrompt.value = null;
  installed.value = true;
});
