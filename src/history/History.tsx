import { useEffect, useRef, useState } from 'preact/hooks';
import { DoctorCard } from '../diary/DoctorCard';
import { type MonthKey, monthOf } from '../engine/calendar';
import { doctorVisitSuggested } from '../engine/cramp';
import type { Totals } from '../engine/streak';
import { t } from '../i18n/i18n';
import { onDataChanged } from '../shell/changes';
import { describeStorageError } from '../shell/database';
import { focusScreenHeading } from '../shell/focusScreen';
import { lazyScreen } from '../shell/lazyScreen';
import { currentRoute } from '../shell/router';
import { clock, refreshStreak, streak, tonight as tonightNow } from '../shell/services';
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
  return (
    <section class="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('history.summaryTitle')}</h2>
      <div class="stats">
        <Stat value={summary.current} label={t('history.statInARow', { count: summary.current })} />
        <Stat value={summary.best} label={t('history.statBest')} />
        <Stat
          value={t('history.statLastSevenValue', { count: summary.lastSevenNights })}
          label={t('history.statLastSeven')}
        />
        <Stat
          value={summary.thisWeek}
          label={t('history.statThisWeek', { count: summary.thisWeek })}
        />
        <Stat
          value={summary.totalNights}
          label={t('history.statInAll', { count: summary.totalNights })}
        />
        <Stat
          value={totals?.minutes ?? '…'}
          label={t('history.statMinutes', { count: totals?.minutes ?? 0 })}
        />
      </div>
      {summary.doneTonight ? (
        <p class="done-tonight">{t('history.doneTonight')}</p>
      ) : (
        <p class="muted">
          {summary.current > 0
            ? t('history.stretchToMake', { count: summary.current + 1 })
            : t('history.everyNightShows')}
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
  // Kept as the error itself, so its sentence follows a change of language.
  const [deleteError, setDeleteError] = useState<{ error: unknown } | null>(null);
  const remove = (removed: Removed) => {
    setDeleteError(null);
    removeRecord(removed).catch((error: unknown) => setDeleteError({ error }));
  };
  const deleteProblem =
    deleteError && t('history.deleteFailed', { problem: describeStorageError(deleteError.error) });
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
        <h1>{t('history.title')}</h1>
      </header>
      {(problem ?? deleteProblem) && (
        <p class="problem" role="alert">
          {problem ?? deleteProblem}
        </p>
      )}
      {!ready ? (
        !problem && <p class="muted">{t('history.loading')}</p>
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
            {t('history.logCramp')}
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
