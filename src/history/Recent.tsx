import { isPartial } from '../engine/completionRecord';
import { localTime, plural } from '../ui/format';
import type { CompletionRecord, CrampRecord } from './history';
import type { Removed } from './records';

const SHOWN = 10;

/** `completions` newest first. */
export function RecentSessions(props: {
  completions: readonly CompletionRecord[];
  onDelete: (removed: Removed) => void;
}) {
  const recent = props.completions.slice(0, SHOWN);
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Recent sessions</h2>
      {recent.length === 0 ? (
        <p class="muted">Your finished routines will be listed here.</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => {
            const when = localTime(record.completedAt, record.utcOffsetMinutes);
            return (
              <li key={record.id}>
                <strong>
                  {isPartial(record) ? `${record.routineName}, partial` : record.routineName}
                </strong>
                <span class="muted">
                  {when} ·{' '}
                  {plural(Math.max(1, Math.round(record.durationMs / 60_000)), 'min', 'min')}
                  {record.stepsSkipped.length > 0 &&
                    ` · ${plural(record.stepsSkipped.length, 'step')} skipped`}
                  {isPartial(record) && ' · did not count for the night'}
                </span>
                <div class="entry-actions">
                  <button
                    type="button"
                    class="quiet"
                    aria-label={`Delete ${record.routineName}, ${when}`}
                    onClick={() => props.onDelete({ kind: 'session', record })}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const LEG = { left: 'Left leg', right: 'Right leg', both: 'Both legs' } as const;

/** `cramps` newest first. */
export function RecentCramps(props: {
  cramps: readonly CrampRecord[];
  onDelete: (removed: Removed) => void;
}) {
  const recent = props.cramps.slice(0, SHOWN);
  return (
    <section aria-labelledby="cramps-title">
      <h2 id="cramps-title">Cramp diary</h2>
      {recent.length === 0 ? (
        <p class="muted">No cramps logged. Long may it last.</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => {
            const when = localTime(record.at, record.utcOffsetMinutes);
            return (
              <li key={record.id}>
                <strong>
                  {LEG[record.leg]}, {record.muscle} · {record.severity} of 5
                </strong>
                <span class="muted">{when}</span>
                {record.note && <span class="note">{record.note}</span>}
                <div class="entry-actions">
                  <a
                    class="button quiet"
                    href={`#/cramp/${encodeURIComponent(record.id)}`}
                    aria-label={`Change the cramp of ${when}`}
                  >
                    Change
                  </a>
                  <button
                    type="button"
                    class="quiet"
                    aria-label={`Delete the cramp of ${when}`}
                    onClick={() => props.onDelete({ kind: 'cramp', record })}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
