const MAX_FRAMES = 120;

/**
 * Moves focus to the new screen's main heading, so keyboard and screen-reader users start
 * at the top of what they navigated to. Waits a few frames for lazily loaded screens.
 */
export function focusScreenHeading(): () => void {
  let frame = 0;
  let handle = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      window.scrollTo(0, 0);
      heading.focus({ preventScroll: true });
      return;
    }
    if (++frame < MAX_FRAMES) handle = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(handle);
}
