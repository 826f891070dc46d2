/** Page visibility: the tab was hidden, the screen locked, or the person came back. */
export function isPageVisible(): boolean {
  return document.visibilityState === 'visible';
}

export function onVisibilityChange(listener: (visible: boolean) => void): () => void {
  const handler = () => listener(isPageVisible());
  document.addEventListener('visibilitychange', handler);
  return () => document.removeEventListener('visibilitychange', handler);
}

/** The page is going away (closed, navigated, or frozen by the browser). */
export function onPageHide(listener: () => void): () => void {
  addEventListener('pagehide', listener);
  return () => removeEventListener('pagehide', listener);
}
