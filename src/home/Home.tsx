import { builtInRoutines, customRoutines, minutesFor } from '../routines/routines';
import { loadedRuntime, startRoutine } from '../session/start';
import { settings } from '../settings/settings';
import { storageProblem } from '../shell/database';
import { hrefFor } from '../shell/router';
import { Player, preloadOnIntent, RoutinePreview } from '../shell/screens';
import { clock, streak } from '../shell/services';
import { usePwaUi } from '../shell/usePwaUi';
import { useEveningWindow } from './evening';

function nightsText(count: number): string {
  return count === 1 ? '1 night' : `${count} nights`;
}

function StreakCard() {
  const summary = streak.value;
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">Streak</h2>
      {summary === null && storageProblem.value ? (
        <p class="muted">Your nights can't be read right now; the notice above says why.</p>
      ) : summary === null ? (
        <>
          {/* Holds the big number's place, so nothing below jumps when the nights arrive. */}
          <p class="streak-number" aria-hidden="true">
            <strong>–</strong>
          </p>
          <p class="muted">Loading your nights…</p>
        </>
      ) : (
        <>
          <p class="streak-number">
            <strong>{summary.current}</strong> {summary.current === 1 ? 'night' : 'nights'} in a row
          </p>
          <p class="muted">
            {summary.lastSevenNights} of the last 7 nights · best {nightsText(summary.best)}
          </p>
          {summary.doneTonight && <p class="done-tonight">Tonight is done. Sleep well.</p>}
        </>
      )}
    </section>
  );
}

function Greeting() {
  const evening = useEveningWindow();
  if (!evening || streak.value?.doneTonight) {
    return <p class="lede">A few gentle minutes of stretching before sleep.</p>;
  }
  return (
    <p class="lede greeting">
      <strong>Time for your stretch.</strong> A few gentle minutes, then sleep.
    </p>
  );
}

export function Home() {
  const pwa = usePwaUi();
  const runtime = loadedRuntime.value;
  const preferences = settings.value;
  return (
    <main class="screen home">
      {pwa && <pwa.UpdatePrompt />}
      <header>
        <h1>Nightstretch</h1>
        <Greeting />
      </header>
      {runtime && <runtime.ResumeCard />}
      <StreakCard />
      <nav class="home-links" aria-label="Your nights">
        <a class="button" href="#/cramp">
          Log a cramp
        </a>
      </nav>
      <section aria-labelledby="routines-title">
        <h2 id="routines-title">Routines</h2>
        <ul class="routine-list">
          {[...builtInRoutines, ...customRoutines.value].map((routine) => {
            const own = !builtInRoutines.includes(routine);
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
                  {minutesFor(routine, preferences)} min · {routine.steps.length} steps
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
      {pwa && <pwa.OfflineToast clock={clock} />}
    </main>
  );
}
