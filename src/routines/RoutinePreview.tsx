import { routineMinutes } from '../engine/timeline';
import { startRoutine } from '../session/start';
import { settings } from '../settings/settings';
import { Illustration } from '../ui/Illustration';
import { sideLabel } from '../ui/sideLabel';
import { fullRoutine } from './fullRoutines';
import { personalized, timelineFor } from './routines';
import './RoutinePreview.css';

const holdText = (seconds: number, repetitions: number) =>
  repetitions === 1 ? `Hold ${seconds} s` : `Hold ${seconds} s × ${repetitions}`;

/** A routine's steps, drawings and length, before Start. */
export function RoutinePreview({ routineId }: { routineId: string }) {
  const found = fullRoutine(routineId);
  if (!found) {
    return (
      <main class="screen preview">
        <h1>Routine not found</h1>
        <p>This routine isn't in the app. Choose one from the list on Home.</p>
        <a class="button-link" href="#/">
          Back to home
        </a>
      </main>
    );
  }
  const routine = personalized(found, settings.value);
  const minutes = routineMinutes(timelineFor(found, settings.value));
  return (
    <main class="screen preview">
      <header>
        <h1>{routine.name}</h1>
        <p class="lede">{routine.summary}</p>
        <p class="preview-length">
          About {minutes} {minutes === 1 ? 'minute' : 'minutes'} · {routine.steps.length}{' '}
          {routine.steps.length === 1 ? 'step' : 'steps'}
        </p>
      </header>
      <button type="button" class="primary big" onClick={() => startRoutine(found)}>
        Start {routine.name}
      </button>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">The steps</h2>
        <ol class="step-list">
          {routine.steps.map((step) => (
            <li key={step.id} class="card step">
              <Illustration name={step.illustration} side={step.side} class="step-drawing" />
              <div class="step-title">
                <h3>{step.name}</h3>
                <p class="step-facts">
                  <span>{sideLabel(step.side)}</span>{' '}
                  <span>{holdText(step.holdSeconds, step.repetitions)}</span>
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
