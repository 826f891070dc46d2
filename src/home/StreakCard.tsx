import { storageProblem } from '../shell/database';
import { streak } from '../shell/services';

function nightsText(count: number): string {
  return count === 1 ? '1 night' : `${count} nights`;
}

/** The streak: one quiet line until there is a streak, then the big number. */
export function StreakCard() {
  const summary = streak.value;
  if (summary === null && storageProblem.value) {
    return (
      <section class="card streak streak-small" aria-labelledby="streak-title">
        <h2 id="streak-title">Streak</h2>
        <p class="muted">Your nights can't be read right now; the notice above says why.</p>
      </section>
    );
  }
  if (summary === null || summary.current === 0) {
    return (
      <section class="card streak streak-small" aria-labelledby="streak-title">
        <h2 id="streak-title">Streak</h2>
        <p class="muted">
          {summary === null
            ? 'Loading your nights…'
            : `0 nights in a row · ${summary.lastSevenNights} of the last 7 nights · best ${nightsText(summary.best)}`}
        </p>
      </section>
    );
  }
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">Streak</h2>
      <p class="streak-number">
        <strong>{summary.current}</strong> {summary.current === 1 ? 'night' : 'nights'} in a row
      </p>
      <p class="muted">
        {summary.lastSevenNights} of the last 7 nights · best {nightsText(summary.best)}
      </p>
      {summary.doneTonight && <p class="done-tonight">Tonight is done. Sleep well.</p>}
    </section>
  );
}
