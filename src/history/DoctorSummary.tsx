import { useEffect, useState } from 'preact/hooks';
import type { DoctorSummary as Summary, SummaryCramp } from '../engine/doctorSummary';
import { describeStorageError } from '../shell/database';
import { clock, tonight as tonightNow } from '../shell/services';
import { monthName } from '../ui/format';
import { loadDoctorSummary } from './insightsData';
import { clockTime, longDate, momentDate, shortDate } from './insightsText';
import './summary.css';

const PERIODS = [
  { weeks: 4, label: 'Last 4 weeks' },
  { weeks: 12, label: 'Last 12 weeks' },
  { weeks: 26, label: 'Last 6 months' },
  { weeks: 52, label: 'Last year' },
  { weeks: null, label: 'Everything' },
] as const;

const LEG = { left: 'Left', right: 'Right', both: 'Both' } as const;
const MUSCLE = { calf: 'Calf', foot: 'Foot', thigh: 'Thigh' } as const;

function Note({ cramp }: { cramp: SummaryCramp }) {
  if (!cramp.note) return null;
  return (
    <>
      {cramp.warning && <strong class="warning-tag">Worth mentioning: </strong>}
      {cramp.noteParts.map((part, index) =>
        part.warning ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

function WeekTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">Nights stretched, week by week</h2>
      <table class="summary-table">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Nights stretched</th>
            <th scope="col">Cramps</th>
          </tr>
        </thead>
        <tbody>
          {summary.weeks.map((week) => (
            <tr key={week.from}>
              <th scope="row">
                {shortDate(week.from)} to {shortDate(week.to)}
              </th>
              <td>
                {week.stretched} of {week.nights}
              </td>
              <td>{week.cramps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const perWeek = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Over half a year, a row a week is too long to read: a row a month, with the weekly average. */
function MonthTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">Nights stretched, month by month</h2>
      <table class="summary-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Nights stretched</th>
            <th scope="col">A week, on average</th>
            <th scope="col">Cramps</th>
          </tr>
        </thead>
        <tbody>
          {summary.months.map((month) => (
            <tr key={month.from}>
              <th scope="row">{monthName(month.from.slice(0, 7))}</th>
              <td>
                {month.stretched} of {month.nights}
              </td>
              <td>{perWeek.format((month.stretched / month.nights) * 7)}</td>
              <td>{month.cramps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Content({ summary, byMonth }: { summary: Summary; byMonth: boolean }) {
  const withWarning = summary.crampsWithWarningWords;
  return (
    <>
      <p class="summary-range">
        {longDate(summary.from)} to {longDate(summary.to)}: stretched on {summary.nightsStretched}{' '}
        of {summary.nights} nights; {summary.cramps.length}{' '}
        {summary.cramps.length === 1 ? 'cramp' : 'cramps'} logged.
      </p>

      {byMonth ? <MonthTable summary={summary} /> : <WeekTable summary={summary} />}

      <section aria-labelledby="summary-cramps">
        <h2 id="summary-cramps">Every cramp logged</h2>
        {summary.cramps.length === 0 ? (
          <p>No cramps were logged in this time.</p>
        ) : (
          <>
            {withWarning > 0 && (
              <p class="warning-note">
                {withWarning === 1 ? '1 note mentions' : `${withWarning} notes mention`} a word from
                the list of signs worth raising with a doctor (such as swollen, red, warm, numb,
                weak, cold or pale). They are marked "Worth mentioning", with the words highlighted.
              </p>
            )}
            <div class="table-scroll" tabIndex={0} role="group" aria-labelledby="summary-cramps">
              <table class="summary-table cramps-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Time</th>
                    <th scope="col">Leg</th>
                    <th scope="col">Muscle</th>
                    <th scope="col">Severity (of 5)</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.cramps.map((cramp) => (
                    <tr key={cramp.id} class={cramp.warning ? 'has-warning' : undefined}>
                      <td>{momentDate(cramp.at, cramp.utcOffsetMinutes)}</td>
                      <td>{clockTime(cramp.at, cramp.utcOffsetMinutes)}</td>
                      <td>{LEG[cramp.leg]}</td>
                      <td>{MUSCLE[cramp.muscle]}</td>
                      <td>{cramp.severity}</td>
                      <td>
                        <Note cramp={cramp} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="summary-routines">
        <h2 id="summary-routines">Routines used</h2>
        {summary.routines.length === 0 ? (
          <p>No routines were finished in this time.</p>
        ) : (
          <ul>
            {summary.routines.map((routine) => (
              <li key={routine.routineId}>
                {routine.name}: {routine.sessions} {routine.sessions === 1 ? 'time' : 'times'} on{' '}
                {routine.nights} {routine.nights === 1 ? 'night' : 'nights'}, {routine.minutes}{' '}
                minutes in all.
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One printable page for a doctor or nurse: what was done, and every cramp the diary holds. */
export default function DoctorSummary() {
  const tonight = tonightNow();
  const [weeks, setWeeks] = useState<number | null>(12);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadDoctorSummary(tonight, weeks).then(
      (loaded) => live && setSummary(loaded),
      (error: unknown) => live && setProblem(describeStorageError(error)),
    );
    return () => {
      live = false;
    };
  }, [tonight, weeks]);
  useEffect(() => {
    if (summary) performance.mark('nightstretch:summary-rendered');
  }, [summary]);

  return (
    <main class="screen doctor-summary">
      <header class="screen-header">
        <h1>Stretching and cramp diary</h1>
      </header>
      <div class="summary-controls">
        <label>
          Period
          <select
            value={String(weeks)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setWeeks(value === 'null' ? null : Number(value));
            }}
          >
            {PERIODS.map((period) => (
              <option key={period.label} value={String(period.weeks)}>
                {period.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a href="#/history">Back to History</a>
      </div>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {summary ? (
        <Content summary={summary} byMonth={weeks === null || weeks > 26} />
      ) : (
        !problem && <p>Gathering your diary…</p>
      )}
      <p class="disclaimer">
        Written by the person in their own diary with Nightstretch, an app that coaches bedtime
        stretching. It does not diagnose or treat anything. Made on{' '}
        {new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(clock.now())}.
      </p>
    </main>
  );
}
