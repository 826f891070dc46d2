import { localTime, plural } from '../ui/format';
import type { CompletionRecord, CrampRecord } from './history';

const SHOWN = 10;

/** `completions` newest first. */
export function RecentSessions({ completions }: { completions: readonly CompletionRecord[] }) {
  const recent = completions.slice(0, SHOWN);
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Recent sessions</h2>
      {recent.length === 0 ? (
        <p class="muted">Your finished routines will be listed here.</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => (
            <li key={record.id}>
              <strong>{record.routineName}</strong>
              <span class="muted">
                {localTime(record.completedAt, record.utcOffsetMinutes)} ·{' '}
                {plural(Math.max(1, Math.round(record.durationMs / 60_000)), 'min', 'min')}
                {record.stepsSkipped.length > 0 &&
                  ` · ${plural(record.stepsSkipped.length, 'step')} skipped`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const LEG = { left: 'Left leg', right: 'Right leg', both: 'Both legs' } as const;

/** `cramps` newest first. */
export function RecentCramps({ cramps }: { cramps: readonly CrampRecord[] }) {
  const recent = cramps.slice(0, SHOWN);
  return (
    <section aria-labelledby="cramps-title">
      <h2 id="cramps-title">Cramp diary</h2>
      {recent.length === 0 ? (
        <p class="muted">No cramps logged. Long may it last.</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => (
            <li key={record.id}>
              <strong>
                {LEG[record.leg]}, {record.muscle} · {record.severity} of 5
              </strong>
              <span class="muted">{localTime(record.at, record.utcOffsetMinutes)}</span>
              {record.note && <span class="note">{record.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
