let region: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.className = 'visually-hidden';
  document.body.append(region);
  return region;
}

/**
 * Tells screen-reader users something changed (a new step, settings reset) without
 * moving focus. Use for real changes only, never for every second of a countdown.
 */
export function announce(text: string): void {
  const target = liveRegion();
  target.textContent = '';
  // Writing after a short pause makes a repeated message be read again.
  setTimeout(() => {
    target.textContent = text;
  }, 60);
}
