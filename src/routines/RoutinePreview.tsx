import { routineMinutes } from '../engine/timeline';
import { t } from '../i18n/i18n';
import { startRoutine } from '../session/start';
import { settings } from '../settings/settings';
import { Illustration } from '../ui/Illustration';
import { sideLabel } from '../ui/sideLabel';
import { fullRoutine } from './fullRoutines';
import { personalized, timelineFor } from './routines';
import './RoutinePreview.css';

/** A routine's steps, drawings and length, before Start. */
export function RoutinePreview({ routineId }: { routineId: string }) {
  const found = fullRoutine(routineId);
  if (!found) {
    return (
      <main class="screen preview">
        <h1>{t('routines.notFoundTitle')}</h1>
        <p>{t('routines.notInApp')}</p>
        <a class="button-link" href="#/">
          {t('routines.backHome')}
        </a>
      </main>
    );
  }
  const routine = personalized(found, settings.value);
  const minutes = routineMinutes(timelineFor(found, settings.value));
  // Cramp relief has no fixed length: each step lasts until the cramp eases.
  const relief = found.mode === 'relief';
  return (
    <main class="screen preview">
      <header>
        <h1>{routine.name}</h1>
        <p class="lede">{routine.summary}</p>
        <p class="preview-length">
          {relief
            ? t('routines.lengthRelief', { steps: routine.steps.length })
            : t('routines.length', { minutes, steps: routine.steps.length })}
        </p>
      </header>
      <button type="button" class="primary big" onClick={() => startRoutine(found)}>
        {t('routines.start', { name: routine.name })}
      </button>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('routines.theSteps')}</h2>
        <ol class="step-list">
          {routine.steps.map((step) => (
            <li key={step.id} class="card step">
              <Illustration name={step.illustration} side={step.side} class="step-drawing" />
              <div class="step-title">
                <h3>{step.name}</h3>
                <p class="step-facts">
                  <span>{relief ? t('routines.crampingLeg') : sideLabel(step.side)}</span>{' '}
                  <span>
                    {relief
                      ? t('routines.untilItEases')
                      : t('routines.hold', {
                          seconds: step.holdSeconds,
                          repetitions: step.repetitions,
                        })}
                  </span>
                </p>
              </div>
              <p class="muted step-instruction">{step.instruction}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
