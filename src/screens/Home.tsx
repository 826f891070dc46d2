import { dropResumeOffer } from '../app/resumeOffer';
import { navigate } from '../app/router';
import { builtInRoutines, timelineFor } from '../app/routines';
import { unlockAudio } from '../app/runtimeLoader';
import { player, streak } from '../app/services';
import { ResumeCard } from '../components/ResumeCard';
import { routineMinutes } from '../engine/timeline';

function nightsText(count: number): string {
  return count === 1 ? '1 night' : `${count} nights`;
}

function StreakCard() {
  const summary = streak.value;
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">Streak</h2>
      {summary === null ? (
        <p class="muted">Loading your nights…</p>
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

export function Home() {
  return (
    <main class="screen home">
      <header>
        <h1>Nightstretch</h1>
        <p class="lede">A few gentle minutes before sleep, for calmer legs at night.</p>
      </header>
      <ResumeCard />
      <StreakCard />
      <section aria-labelledby="routines-title">
        <h2 id="routines-title">Routines</h2>
        <ul class="routine-list">
          {builtInRoutines.map((routine) => {
            const timeline = timelineFor(routine);
            return (
              <li key={routine.id} class="card routine">
                <h3>{routine.name}</h3>
                <p class="muted">
                  {routineMinutes(timeline)} min · {routine.steps.length} steps
                </p>
                <p>{routine.summary}</p>
                <button
                  type="button"
                  class="primary"
                  aria-label={`Start ${routine.name}`}
                  onClick={() => {
                    unlockAudio();
                    dropResumeOffer();
                    player.start(timeline);
                    navigate({ name: 'play', routineId: routine.id });
                  }}
                >
                  Start
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
