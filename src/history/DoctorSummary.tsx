import { useEffect, useState } from 'preact/hooks';
import type { DoctorSummary as Summary, SummaryCramp } from '../engine/doctorSummary';
import { language, type MessageKey, type MessageValues, t } from '../i18n/i18n';
import { describeStorageError } from '../shell/database';
import { clock, tonight as tonightNow } from '../shell/services';
import { loadDoctorSummary } from './insightsData';
import { clockTime, longDate, momentDate, todayDate } from './insightsText';
import { routineNameNow } from './routineName';
import { MonthTable, ScrollingTable, WeekTable } from './SummaryTables';
import { warningWordsFor } from './warningWords';
import './summary.css';

const PERIODS: readonly { weeks: number | null; label: MessageKey; values?: MessageValues }[] = [
  { weeks: 4, label: 'insights.periodWeeks', values: { count: 4 } },
  { weeks: 12, label: 'insights.periodWeeks', values: { count: 12 } },
  { weeks: 26, label: 'insights.periodMonths', values: { count: 6 } },
  { weeks: 52, label: 'insights.periodYear' },
  { weeks: null, label: 'insights.periodAll' },
];

function Note({ cramp }: { cramp: SummaryCramp }) {
  if (!cramp.note) return null;
  return (
    <>
      {cramp.warning && <strong class="warning-tag">{t('insights.worthMentioning')} </strong>}
      {/* The person's own words, in whatever language they wrote them. */}
      <span data-own-words>
        {cramp.noteParts.map((part, index) =>
          part.warning ? <mark key={index}>{part.text}</mark> : part.text,
        )}
      </span>
    </>
  );
}

function Content({ summary, byMonth }: { summary: Summary; byMonth: boolean }) {
  const withWarning = summary.crampsWithWarningWords;
  return (
    <>
      <p class="summary-range">
        {t('insights.range', {
          from: longDate(summary.from),
          to: longDate(summary.to),
          stretched: summary.nightsStretched,
          nights: summary.nights,
          cramps: summary.cramps.length,
        })}
      </p>

      {byMonth ? <MonthTable summary={summary} /> : <WeekTable summary={summary} />}

      <section aria-labelledby="summary-cramps">
        <h2 id="summary-cramps">{t('insights.crampsHeading')}</h2>
        {summary.cramps.length === 0 ? (
          <p>{t('insights.noCramps')}</p>
        ) : (
          <>
            {withWarning > 0 && (
              <p class="warning-note">{t('insights.warningNote', { count: withWarning })}</p>
            )}
            <ScrollingTable
              labelledBy="summary-cramps"
              extraClass="cramps-table"
              columns={[
                t('insights.colDate'),
                t('insights.colTime'),
                t('insights.colLeg'),
                t('insights.colMuscle'),
                t('insights.colSeverity'),
                t('insights.colNote'),
              ]}
            >
              {summary.cramps.map((cramp) => (
                <tr key={cramp.id} class={cramp.warning ? 'has-warning' : undefined}>
                  <td>{momentDate(cramp.at, cramp.utcOffsetMinutes)}</td>
                  <td>{clockTime(cramp.at, cramp.utcOffsetMinutes)}</td>
                  <td>{t('insights.leg', { leg: cramp.leg })}</td>
                  <td>{t('insights.muscle', { muscle: cramp.muscle })}</td>
                  <td>{cramp.severity}</td>
                  <td>
                    <Note cramp={cramp} />
                  </td>
                </tr>
              ))}
            </ScrollingTable>
          </>
        )}
      </section>

      <section aria-labelledby="summary-routines">
        <h2 id="summary-routines">{t('insights.routinesHeading')}</h2>
        {summary.routines.length === 0 ? (
          <p>{t('insights.noRoutines')}</p>
        ) : (
          <ul>
            {summary.routines.map((routine) => (
              <li key={routine.routineId}>
                {t('insights.routineUse', {
                  name: routineNameNow(routine.routineId, routine.name),
                  sessions: routine.sessions,
                  nights: routine.nights,
                  minutes: routine.minutes,
                })}
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
  // Notes are searched for warning words in the app's language (and English).
  const warningWords = warningWordsFor(language.value);
  useEffect(() => {
    let live = true;
    loadDoctorSummary(tonight, weeks, warningWords).then(
      (loaded) => live && setSummary(loaded),
      (error: unknown) => live && setProblem(describeStorageError(error)),
    );
    return () => {
      live = false;
    };
  }, [tonight, weeks, warningWords]);
  useEffect(() => {
    if (summary) performance.mark('nightstretch:summary-rendered');
  }, [summary]);

  return (
    <main class="screen doctor-summary">
      <header class="screen-header">
        <h1>{t('insights.summaryTitle')}</h1>
      </header>
      <div class="summary-controls">
        <label>
          {t('insights.period')}
          <select
            value={String(weeks)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setWeeks(value === 'null' ? null : Number(value));
            }}
          >
            {PERIODS.map((period) => (
              <option key={String(period.weeks)} value={String(period.weeks)}>
                {t(period.label, period.values)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('insights.print')}
        </button>
        <a href="#/history">{t('insights.backToHistory')}</a>
      </div>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {summary ? (
        <Content summary={summary} byMonth={weeks === null || weeks > 26} />
      ) : (
        !problem && <p>{t('insights.gathering')}</p>
      )}
      <p class="disclaimer">{t('insights.disclaimer', { date: todayDate(clock.now()) })}</p>
    </main>
  );
}
