import { useEffect, useMemo, useState } from 'preact/hooks';
import { onDataChanged } from '../app/changes';
import { type HistoryData, loadHistory } from '../app/history';
import { clock, tonight as tonightNow } from '../app/services';
import { countByNight, type MonthKey, monthOf } from '../engine/calendar';
import { doctorVisitSuggested } from '../engine/cramp';
import { summarizeStreak, totalsOf } from '../engine/streak';
import { describeStorageError } from '../storage/errors';
import { DoctorCard } from './history/DoctorCard';
import { plural } from './history/format';
import { MonthCalendar } from './history/MonthCalendar';
import { RecentCramps, RecentSessions } from './history/Recent';
import { YourData } from './history/YourData';
import './history/history.css';

function useHistoryData(): { data: HistoryData | null; problem: string | null } {
  const [data, setData] = useState<HistoryData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      loadHistory().then(
        (loaded) => live && setData(loaded),
        (error: unknown) => live && setProblem(describeStorageError(error)),
      );
    void load();
    const stop = onDataChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { data, problem };
}

function Stat({ value, label }: { value: number | string; label: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Summary({ data, tonight }: { data: HistoryData; tonight: string }) {
  const streak = summarizeStreak(
    data.completions.map((record) => record.night),
    tonight,
  );
  const totals = totalsOf(data.completions);
  return (
    <section class="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Your nights</h2>
      <dl class="stats">
        <Stat
          value={streak.current}
          label={`${streak.current === 1 ? 'night' : 'nights'} in a row`}
        />
        <Stat value={streak.best} label="best streak" />
        <Stat value={`${streak.lastSevenNights} of 7`} label="last 7 nights" />
        <Stat
          value={streak.thisWeek}
          label={`${streak.thisWeek === 1 ? 'night' : 'nights'} this week`}
        />
        <Stat value={totals.nights} label={`${totals.nights === 1 ? 'night' : 'nights'} in all`} />
        <Stat value={totals.minutes} label="minutes stretched" />
      </dl>
      {streak.doneTonight ? (
        <p class="done-tonight">Tonight is done.</p>
      ) : (
        <p class="muted">
          {streak.current > 0
            ? `Stretch tonight to make it ${plural(streak.current + 1, 'night')}.`
            : 'Every night you stretch shows on the calendar below.'}
        </p>
      )}
    </section>
  );
}

export default function History() {
  const { data, problem } = useHistoryData();
  const tonight = tonightNow();
  const [month, setMonth] = useState<MonthKey>(monthOf(tonight));
  const stretched = useMemo(() => countByNight(data?.completions ?? []), [data]);
  const cramps = useMemo(() => countByNight(data?.cramps ?? []), [data]);
  const [doctorCardHidden, setDoctorCardHidden] = useState(false);

  useEffect(() => {
    if (data) performance.mark('nightstretch:history-rendered');
  }, [data]);

  const firstNight = [data?.completions[0]?.night, data?.cramps[0]?.night]
    .filter((night): night is string => Boolean(night))
    .sort()[0];
  const showDoctorCard =
    data !== null &&
    !doctorCardHidden &&
    doctorVisitSuggested(data.cramps, clock.now(), data.doctorCardDismissedAt);

  return (
    <main class="screen history">
      <header class="screen-header">
        <a class="button back" href="#/">
          ‹ Home
        </a>
        <h1>History</h1>
      </header>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {data === null ? (
        !problem && <p class="muted">Loading your nights…</p>
      ) : (
        <>
          {showDoctorCard && <DoctorCard onDismissed={() => setDoctorCardHidden(true)} />}
          <Summary data={data} tonight={tonight} />
          <MonthCalendar
            month={month}
            onMonth={setMonth}
            stretched={stretched}
            cramps={cramps}
            tonight={tonight}
            earliest={
              firstNight ? monthOf(firstNight < tonight ? firstNight : tonight) : monthOf(tonight)
            }
            latest={monthOf(tonight)}
          />
          <a class="button" href="#/cramp">
            Log a cramp
          </a>
          <RecentSessions completions={data.completions} />
          <RecentCramps cramps={data.cramps} />
        </>
      )}
      <YourData />
    </main>
  );
}
