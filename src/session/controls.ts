import { useLayoutEffect } from 'preact/hooks';
import type { SessionEvent } from '../engine/session';
import { player } from './playerInstance';
import { unlockAudio } from './runtime';

/** Every control is also a tap that may let the browser start audio. */
export function send(event: SessionEvent): void {
  unlockAudio();
  player.dispatch(event);
}

function isTypingOrPressing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, input, select, textarea') !== null
  );
}

type SessionKey = ' ' | 'ArrowLeft' | 'ArrowRight';

/**
 * The Player's keys while `active`. Space is left to a focused control (a button it would
 * press, a field it would type in); the arrows always act.
 */
export function useSessionKeys(active: boolean, keys: Partial<Record<SessionKey, () => void>>) {
  // A layout effect, so the keys work from the very first frame.
  useLayoutEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = keys[event.key as SessionKey];
      if (!action) return;
      if (event.key === ' ' && isTypingOrPressing(event.target)) return;
      event.preventDefault();
      action();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [active]);
}
