import { useEffect, useLayoutEffect } from 'preact/hooks';
import { isRelief } from '../engine/timeline';
import type { SessionView } from '../engine/view';
import { viewSession } from '../engine/view';
import { t } from '../i18n/i18n';
import { keepScreenOn, wakeLockSupported } from '../platform/wakeLock';
import { settings } from '../settings/settings';
import { navigate } from '../shell/router';
import { Illustration } from '../ui/Illustration';
import { ProgressRing } from '../ui/ProgressRing';
import { AwayLine } from './AwayLine';
import { send, useSessionKeys } from './controls';
import { Done } from './Done';
import { player } from './playerInstance';
import { ReliefPlayer } from './ReliefPlayer';
import { soundBlocked, unlockAudio } from './runtime';
import { StopControl } from './StopControl';
import { upNextText } from './upNext';
import './player.css';

function phaseLabel(view: SessionView, paused: boolean): string {
  const { segment, step } = view;
  if (!paused && segment.kind === 'hold' && step.repetitions > 1) {
    return t('session.phaseHoldOf', {
      repetition: segment.repetition,
      repetitions: step.repetitions,
    });
  }
  return t('session.phase', { phase: paused ? 'paused' : segment.kind });
}

/**
 * What the live region says at each change. With spoken prompts on, the app's own voice already
 * names each change, so the region keeps quiet rather than talk over it.
 */
function liveText(view: SessionView, paused: boolean, speechOn: boolean): string {
  if (paused) return t('session.livePaused');
  if (speechOn) return '';
  const { segment, step } = view;
  const values = {
    phase: segment.kind,
    seconds: Math.round(segment.durationMs / 1000),
    stretch: step.name,
    side: step.side,
  };
  return segment.kind === 'hold' && step.repetitions > 1
    ? t('session.liveNowHoldOf', {
        ...values,
        repetition: segment.repetition,
        repetitions: step.repetitions,
      })
    : t('session.liveNow', values);
}

export function Player({ routineId }: { routineId: string }) {
  const state = player.session.value;
  const now = player.now.value;
  const missing =
    state === null || state.timeline.routineId !== routineId || state.status === 'stopped';
  const relief = !missing && isRelief(state.timeline);
  const playing = !missing && state.status !== 'done';
  useSessionKeys(playing && !relief, {
    ' ': () => send({ type: player.session.peek()?.status === 'paused' ? 'resume' : 'pause' }),
    ArrowLeft: () => send({ type: 'back' }),
    ArrowRight: () => send({ type: 'skip' }),
  });
  // Paused too: the person is still in bed with the phone. Done, Stop and leaving let go.
  // A layout effect: the lock is asked for in the Start tap's own task, not a frame later (a
  // passive effect waits for the next animation frame or timer, which may never come while the
  // page is hidden or its timers are held).
  const holdScreen = playing && settings.value.keepAwake;
  useLayoutEffect(() => {
    keepScreenOn(holdScreen);
    return () => keepScreenOn(false);
  }, [holdScreen]);

  useEffect(() => {
    if (missing) navigate({ name: 'home' }, { replace: true });
  }, [missing]);

  if (missing) return null;
  if (state.status === 'done') return <Done state={state} />;
  if (relief) return <ReliefPlayer state={state} now={now} />;

  const view = viewSession(state, now);
  const paused = view.status === 'paused';
  const { keepAwake, sound, speech } = settings.value;
  const phase = phaseLabel(view, paused);
  return (
    <main class="screen player" data-phase={paused ? 'paused' : view.segment.kind}>
      <p class="muted step-count">
        {t('session.stepCount', {
          routine: state.timeline.routineName,
          step: view.stepIndex + 1,
          count: view.stepCount,
        })}
      </p>
      {sound && soundBlocked.value && (
        <button type="button" class="primary sound-on" onClick={unlockAudio}>
          {t('session.soundOn')}
        </button>
      )}
      <AwayLine state={state} />
      <h1>{view.step.name}</h1>
      <p class="side">{t('session.side', { side: view.step.side })}</p>
      <p class="phase">{phase}</p>
      <div class="clock">
        <ProgressRing
          segmentKey={`${state.segmentIndex}`}
          durationMs={view.segment.durationMs}
          elapsedMs={view.segment.durationMs - view.msLeft}
          paused={paused}
        />
        <div class="clock-face">
          <p role="timer" aria-label={t('session.secondsLeft')} class="seconds">
            {view.secondsLeft}
          </p>
        </div>
      </div>
      <p class="sr-only" aria-live="polite">
        {liveText(view, paused, speech)}
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
      {keepAwake && !wakeLockSupported() && <p class="muted hint">{t('session.noWakeLock')}</p>}
      <div class="player-bar">
        <button type="button" onClick={() => send({ type: 'back' })}>
          {t('session.back')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => send({ type: paused ? 'resume' : 'pause' })}
        >
          {paused ? t('session.resume') : t('session.pause')}
        </button>
        <button type="button" onClick={() => send({ type: 'skip' })}>
          {t('session.skip')}
        </button>
        <StopControl
          onStop={() => {
            player.dispatch({ type: 'stop' });
            player.clear();
            navigate({ name: 'home' }, { replace: true });
          }}
        />
      </div>
    </main>
  );
}
