import { useEffect, useRef, useState } from 'preact/hooks';
import { DoctorCard } from '../diary/DoctorCard';
import { type MonthKey, monthOf } from '../engine/calendar';
import { doctorVisitSuggested } from '../engine/cramp';
import type { Totals } from '../engine/streak';
import { onDataChanged } from '../shell/changes';
import { describeStorageError } from '../shell/database';
import { focusScreenHeading } from '../shell/focusScreen';
import { lazyScreen } from '../shell/lazyScreen';
import { currentRoute } from '../shell/router';
import { clock, refreshStreak, streak, tonight as tonightNow } from '../shell/services';
import { plural } from '../ui/format';
import { unreadableText } from './backupText';
import { EraseEverything } from './EraseEverything';
import {
  type HistoryOverview,
  loadMonth,
  loadOverview,
  loadTotals,
  type MonthMarks,
} from './history';
import { InsightsSection } from './Insights';
import { type Insights, loadInsights } from './insightsData';
import { MonthCalendar } from './MonthCalendar';
import { RecentCramps, RecentSessions } from './Recent';
import { type Removed, removeRecord } from './records';
import { UndoBar } from './UndoBar';
import { YourData } from './YourData';
import './overview.css';
import './history.css';
import './records.css';

/** Reads what the screen shows, again whenever data changes here or in another tab. */
function useHistory(month: MonthKey) {
  const [overview, setOverview] = useState<HistoryOverview | null>(null);
  const [marks, setMarks] = useState<{ month: MonthKey; marks: MonthMarks } | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [insights, setInsights] = useState<Insights | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // The streak on Home may be from before midnight; count again on arrival.
    void refreshStreak();
    return onDataChanged(() => setVersion((count) => count + 1));
  }, []);
  useEffect(() => {
    let live = true;
    const fail = (error: unknown) => live && setProblem(describeStorageError(error));
    // Totals read every record: start them after the first screenful and the charts are in.
    loadOverview(clock.now())
      .then((loaded) => {
        if (live) setOverview(loaded);
        return loadInsights(tonightNow(), loaded.firstNight);
      })
      .then((loaded) => {
        if (live) setInsights(loaded);
        return loadTotals();
      })
      .then((loaded) => live && setTotals(loaded), fail);
    return () => {
      live = false;
    };
  }, [version]);
  useEffect(() => {
    let live = true;
    loadMonth(month).then(
      (loaded) => live && setMarks({ month, marks: loaded }),
      (error: unknown) => live && setProblem(describeStorageError(error)),
    );
    return () => {
      live = false;
    };
  }, [month, version]);
  return { overview, marks, totals, insights, problem };
}

function Stat({ value, label }: { value: number | string; label: string }) {
  return (
    <p class="stat">
      <strong>{value}</strong> {label}
    </p>
  );
}

function Summary({ totals }: { totals: Totals | null }) {
  const summary = streak.value;
  if (!summary) return null;
  const nights = (count: number) => (count === 1 ? 'night' : 'nights');
  return (
    <section class="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Your nights</h2>
      <div class="stats">
        <Stat value={summary.current} label={`${nights(summary.current)} in a row`} />
        <Stat value={summary.best} label="best streak" />
        <Stat value={`${summary.lastSevenNights} of 7`} label="last 7 nights" />
        <Stat value={summary.thisWeek} label={`${nights(summary.thisWeek)} this week`} />
        <Stat value={summary.totalNights} label={`${nights(summary.totalNights)} in all`} />
        <Stat value={totals?.minutes ?? '…'} label="minutes stretched" />
      </div>
      {summary.doneTonight ? (
        <p class="done-tonight">Tonight is done.</p>
      ) : (
        <p class="muted">
          {summary.current > 0
            ? `Stretch tonight to make it ${plural(summary.current + 1, 'night')}.`
            : 'Every night you stretch shows on the calendar below.'}
        </p>
      )}
    </section>
  );
}

// "#/history/summary" is History's own page for a doctor: the router keeps only "history", so the
// first screen does not grow, and the summary's code arrives only when it is opened.
const SUMMARY_HASH = '#/history/summary';
const DoctorSummary = lazyScreen(() => import('./DoctorSummary').then((m) => m.default));

export default function History() {
  const showSummary = currentRoute.value.name === 'history' && location.hash === SUMMARY_HASH;
  // Moving between the two pages keeps this component, so focus their headings here.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    return focusScreenHeading();
  }, [showSummary]);
  return showSummary ? <DoctorSummary /> : <HistoryOverviewScreen />;
}

function HistoryOverviewScreen() {
  const tonight = tonightNow();
  const [month, setMonth] = useState<MonthKey>(monthOf(tonight));
  const { overview, marks, totals, insights, problem } = useHistory(month);
  const [doctorCardHidden, setDoctorCardHidden] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const remove = (removed: Removed) => {
    setDeleteProblem(null);
    removeRecord(removed).catch((error: unknown) =>
      setDeleteProblem(`${describeStorageError(error)} Nothing was deleted.`),
    );
  };
  const ready = overview !== null && marks !== null;

  useEffect(() => {
    if (ready) performance.mark('nightstretch:history-rendered');
  }, [ready]);
  useEffect(() => {
    if (ready && totals) performance.mark('nightstretch:history-complete');
  }, [ready, totals]);

  const showDoctorCard =
    overview !== null &&
    !doctorCardHidden &&
    doctorVisitSuggested(overview.latestCramps, clock.now(), overview.doctorCardDismissedAt);
  const earliest =
    overview?.firstNight && overview.firstNight < tonight ? overview.firstNight : tonight;

  return (
    <main class="screen history">
      <header class="screen-header">
        <h1>History</h1>
      </header>
      {(problem ?? deleteProblem) && (
        <p class="problem" role="alert">
          {problem ?? deleteProblem}
        </p>
      )}
      {!ready ? (
        !problem && <p class="muted">Loading your nights…</p>
      ) : (
        <>
          <Summary totals={totals} />
          {showDoctorCard && <DoctorCard onDismissed={() => setDoctorCardHidden(true)} />}
          <MonthCalendar
            month={marks.month}
            onMonth={setMonth}
            stretched={marks.marks.stretched}
            cramps={marks.marks.cramps}
            tonight={tonight}
            earliest={monthOf(earliest)}
            latest={monthOf(tonight)}
          />
          <a class="button" href="#/cramp">
            Log a cramp
          </a>
          {unreadableText(overview.unreadable) && (
            <p class="problem" role="alert">
              {unreadableText(overview.unreadable)}
            </p>
          )}
          <InsightsSection insights={insights} />
          <UndoBar />
          <RecentSessions completions={overview.recentCompletions} onDelete={remove} />
          <RecentCramps cramps={overview.recentCramps} onDelete={remove} />
        </>
      )}
      <YourData />
      <EraseEverything />
    </main>
  );
}
