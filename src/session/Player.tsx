import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { SessionEvent } from '../engine/session';
import type { SessionView } from '../engine/view';
import { viewSession } from '../engine/view';
import { wakeLockSupported } from '../platform/wakeLock';
import { settings } from '../settings/settings';
import { navigate } from '../shell/router';
import { Illustration } from '../ui/Illustration';
import { ProgressRing } from '../ui/ProgressRing';
import { sideLabel } from '../ui/sideLabel';
import { Done } from './Done';
import { player } from './playerInstance';
import { soundBlocked, unlockAudio } from './runtime';
import { StopControl } from './StopControl';
import { upNextText } from './upNext';
import './player.css';

function phaseLabel(view: SessionView): string {
  const { segment, step } = view;
  switch (segment.kind) {
    case 'ready':
      return 'Get ready';
    case 'switch':
      return 'Switch sides';
    case 'rest':
      return 'Relax';
    case 'hold':
      return step.repetitions > 1 ? `Hold ${segment.repetition} of ${step.repetitions}` : 'Hold';
  }
}

/** Every control is also a tap that may let the browser start audio. */
function send(event: SessionEvent): void {
  unlockAudio();
  player.dispatch(event);
}

function isTypingOrPressing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, input, select, textarea') !== null
  );
}

/** Space pauses or resumes; the arrow keys go back and skip. */
function usePlayerKeys(active: boolean): void {
  // A layout effect, so the keys work from the very first frame.
  useLayoutEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ' && !isTypingOrPressing(event.target)) {
        event.preventDefault();
        const paused = player.session.peek()?.status === 'paused';
        send({ type: paused ? 'resume' : 'pause' });
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        send({ type: 'back' });
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        send({ type: 'skip' });
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [active]);
}

export function Player({ routineId }: { routineId: string }) {
  const state = player.session.value;
  const now = player.now.value;
  const missing =
    state === null || state.timeline.routineId !== routineId || state.status === 'stopped';
  const playing = !missing && state.status !== 'done';
  usePlayerKeys(playing);

  useEffect(() => {
    if (missing) navigate({ name: 'home' }, { replace: true });
  }, [missing]);

  if (missing) return null;
  if (state.status === 'done') return <Done state={state} />;

  const view = viewSession(state, now);
  const paused = view.status === 'paused';
  const { keepAwake, sound } = settings.value;
  return (
    <main class="screen player">
      <p class="muted step-count">
        {state.timeline.routineName} · stretch {view.stepIndex + 1} of {view.stepCount}
      </p>
      {sound && soundBlocked.value && (
        <button type="button" class="primary sound-on" onClick={unlockAudio}>
          Tap to turn sound on
        </button>
      )}
      <h1>{view.step.name}</h1>
      <p class="side">{sideLabel(view.step.side)}</p>
      <div class="clock">
        <ProgressRing
          segmentKey={`${state.segmentIndex}`}
          durationMs={view.segment.durationMs}
          elapsedMs={view.segment.durationMs - view.msLeft}
          paused={paused}
        />
        <div class="clock-face">
          <p class="phase">{paused ? 'Paused' : phaseLabel(view)}</p>
          <p role="timer" aria-label="Seconds left" class="seconds">
            {view.secondsLeft}
          </p>
        </div>
      </div>
      <p class="sr-only" aria-live="polite">
        {paused
          ? 'The routine is paused.'
          : `Now: ${phaseLabel(view)}, ${view.step.name}, ${sideLabel(view.step.side)}.`}
      </p>
      <div class="step-how">
        <Illustration
          name={view.step.illustration}
          side={view.step.side}
          decorative
          class="step-drawing"
        />
        <p class="instruction">{view.step.instruction}</p>
      </div>
      <p class="next muted">{upNextText(state.timeline, state.segmentIndex)}</p>
      <div class="controls">
        <button type="button" onClick={() => send({ type: 'back' })}>
          Back
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => send({ type: paused ? 'resume' : 'pause' })}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={() => send({ type: 'skip' })}>
          Skip
        </button>
      </div>
      <StopControl
        onStop={() => {
          player.dispatch({ type: 'stop' });
          player.clear();
          navigate({ name: 'home' }, { replace: true });
        }}
      />
      {keepAwake && !wakeLockSupported() && (
        <p class="muted hint">
          This browser can't keep the screen on by itself. If it dims, the routine keeps going and
          the sounds still guide you.
        </p>
      )}
    </main>
  );
}
