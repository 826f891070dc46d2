import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../app/router';
import { player } from '../app/services';
import { ProgressRing } from '../components/ProgressRing';
import { sideLabel } from '../components/sideLabel';
import type { SessionView } from '../engine/view';
import { viewSession } from '../engine/view';
import { Done } from './Done';

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

export function Player({ routineId }: { routineId: string }) {
  const state = player.session.value;
  const now = player.now.value;
  const [confirmingStop, setConfirmingStop] = useState(false);
  const missing =
    state === null || state.timeline.routineId !== routineId || state.status === 'stopped';

  useEffect(() => {
    if (missing) navigate({ name: 'home' }, { replace: true });
  }, [missing]);

  if (missing) return null;
  if (state.status === 'done') return <Done state={state} />;

  const view = viewSession(state, now);
  const paused = view.status === 'paused';
  return (
    <main class="screen player">
      <p class="muted step-count">
        {state.timeline.routineName} · stretch {view.stepIndex + 1} of {view.stepCount}
      </p>
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
      <p class="instruction">{view.step.instruction}</p>
      <p class="next muted">
        {view.nextStep
          ? `Next: ${view.nextStep.name}, ${sideLabel(view.nextStep.side).toLowerCase()}`
          : 'Last stretch'}
      </p>
      <div class="controls">
        <button type="button" aria-label="Back" onClick={() => player.dispatch({ type: 'back' })}>
          Back
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => player.dispatch({ type: paused ? 'resume' : 'pause' })}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" aria-label="Skip" onClick={() => player.dispatch({ type: 'skip' })}>
          Skip
        </button>
      </div>
      {confirmingStop ? (
        <section class="confirm" aria-labelledby="stop-question">
          <p id="stop-question">Stop tonight's routine? It won't count toward your streak.</p>
          <button
            type="button"
            onClick={() => {
              player.dispatch({ type: 'stop' });
              player.clear();
              navigate({ name: 'home' }, { replace: true });
            }}
          >
            Yes, stop
          </button>
          <button type="button" class="primary" onClick={() => setConfirmingStop(false)}>
            Keep going
          </button>
        </section>
      ) : (
        <button type="button" class="quiet" onClick={() => setConfirmingStop(true)}>
          Stop
        </button>
      )}
    </main>
  );
}
