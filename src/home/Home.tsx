import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { builtInRoutines, customRoutines, minutesFor } from '../routines/routines';
import { loadedRuntime, startRoutine } from '../session/start';
import { settings } from '../settings/settings';
import { hrefFor } from '../shell/router';
import { Player, preloadOnIntent, RoutinePreview } from '../shell/screens';
import { clock, streak } from '../shell/services';
import { usePwaUi } from '../shell/usePwaUi';
import { type TimeOfNight, useTimeOfNight } from './evening';
import { StreakCard } from './StreakCard';
import { crampRelief, followLastPlayed, usualRoutine } from './usualRoutine';

function Greeting({ time }: { time: TimeOfNight }) {
  if (time.smallHours && !time.evening) {
    return (
      <p class="lede">
        Awake in the night? If a cramp woke you, the relief stretch below may help it ease.
      </p>
    );
  }
  if (!time.evening || streak.value?.doneTonight) {
    return <p class="lede">A few gentle minutes of stretching before sleep.</p>;
  }
  return (
    <p class="lede greeting">
      <strong>Time for your stretch.</strong> A few gentle minutes, then sleep.
    </p>
  );
}

/** One big button for the night's usual routine, right under the title. */
function TonightStart({ children }: { children?: ComponentChildren }) {
  const routine = usualRoutine();
  if (!routine) return null;
  return (
    <section class="tonight" aria-label="Tonight">
      <button
        type="button"
        class="primary tonight-start"
        {...preloadOnIntent(Player)}
        onClick={() => startRoutine(routine)}
      >
        <span class="tonight-start-label">Start tonight's stretch</span>
        <span class="tonight-start-detail">
          {routine.name}, {minutesFor(routine, settings.value)} min
        </span>
      </button>
      {children}
    </section>
  );
}

/** The way into cramp relief for someone in pain right now. */
function CrampNow({ urgent }: { urgent: boolean }) {
  const relief = crampRelief();
  if (!relief) return null;
  return (
    <section
      class={urgent ? 'card cramp-now urgent' : 'card cramp-now'}
      aria-labelledby="cramp-now-title"
    >
      <h2 id="cramp-now-title">Cramp now?</h2>
      {urgent && <p>Straighten the leg and pull your toes up; the app guides you through it.</p>}
      <button
        type="button"
        class={urgent ? 'primary' : undefined}
        {...preloadOnIntent(Player)}
        onClick={() => startRoutine(relief)}
      >
        Ease a cramp now
      </button>
    </section>
  );
}

export function Home() {
  const pwa = usePwaUi();
  const runtime = loadedRuntime.value;
  const preferences = settings.value;
  const time = useTimeOfNight();
  useEffect(followLastPlayed, []);
  return (
    <main class="screen home">
      {pwa && <pwa.UpdatePrompt />}
      <header>
        <h1>Nightstretch</h1>
        <Greeting time={time} />
      </header>
      {time.smallHours && <CrampNow urgent />}
      {runtime && <runtime.ResumeCard />}
      <TonightStart>{pwa && <pwa.OfflineToast clock={clock} />}</TonightStart>
      {!time.smallHours && <CrampNow urgent={false} />}
      <StreakCard />
      <nav class="home-links" aria-label="Your nights">
        <a class="button" href="#/cramp">
          Write down a cramp
        </a>
      </nav>
      <section aria-labelledby="routines-title">
        <h2 id="routines-title">Routines</h2>
        <ul class="routine-list">
          {[...builtInRoutines.value, ...customRoutines.value].map((routine) => {
            const own = !builtInRoutines.value.includes(routine);
            return (
              <li key={routine.id} class="card routine">
                <h3>
                  <a
                    class="routine-link"
                    href={hrefFor({ name: 'routine', routineId: routine.id })}
                    {...preloadOnIntent(RoutinePreview)}
                  >
                    {routine.name}
                    <span class="routine-link-hint" aria-hidden="true">
                      See steps ›
                    </span>
                  </a>
                </h3>
                <p class="muted">
                  {routine.mode === 'relief'
                    ? `For a cramp now · ${routine.steps.length} steps`
                    : `${minutesFor(routine, preferences)} min · ${routine.steps.length} steps`}
                </p>
                <p>{routine.summary}</p>
                <button
                  type="button"
                  class="primary"
                  aria-label={`Start ${routine.name}`}
                  {...preloadOnIntent(Player)}
                  onClick={() => startRoutine(routine)}
                >
                  Start
                </button>
                {own && (
                  <a class="button" href={hrefFor({ name: 'editor', routineId: routine.id })}>
                    Edit <span class="visually-hidden">{routine.name}</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
        <a class="button" href="#/editor">
          Make your own routine
        </a>
      </section>
      {pwa && <pwa.InstallCard />}
    </main>
  );
}
