import { useEffect, useRef, useState } from 'preact/hooks';
import { doctorVisitSuggested, LEGS, type Leg, MUSCLES, type Muscle } from '../engine/cramp';
import { loadOverview } from '../history/history';
import { t } from '../i18n/i18n';
import { announce } from '../platform/announce';
import { crampPrefill } from '../shell/crampPrefill';
import { describeStorageError } from '../shell/database';
import { navigate } from '../shell/router';
import { clock } from '../shell/services';
import { localTime } from '../ui/format';
import { RedFlags } from '../ui/RedFlags';
import { Choices, LEG_NAMES, MUSCLE_NAMES, SEVERITIES, toLocalInput } from './CrampFields';
import { DoctorCard } from './DoctorCard';
import {
  type CrampDefaults,
  type CrampRecord,
  changeCramp,
  crampDefaults,
  loadCrampEntry,
  logCramp,
} from './diary';
import '../ui/fields.css';
import '../history/overview.css';
import '../history/history.css';
import '../history/records.css';
import './CrampLog.css';

/** The two highest severities bring the "Today" warning signs, once, after saving. */
const SEVERE_FROM = 4;
/** A few minutes of grace for a phone clock a little behind. */
const FUTURE_GRACE_MS = 5 * 60_000;

/** After a bad cramp: the signs that need a doctor today, said gently, with the rest in Learn. */
function SevereCrampNote() {
  return (
    <section class="card severe-note" aria-labelledby="severe-note-title">
      <h2 id="severe-note-title">{t('diary.severeTitle')}</h2>
      <p>{t('diary.severeReassure')}</p>
      <RedFlags tiers={['today']} />
      <a href="#/learn">{t('diary.severeLearnLink')}</a>
    </section>
  );
}

function Saved({ record, showDoctorCard }: { record: CrampRecord; showDoctorCard: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main class="screen cramp-log">
      <h1 ref={heading} tabIndex={-1}>
        {t('diary.savedTitle')}
      </h1>
      <p class="lede">
        {t('diary.savedSummary', {
          leg: record.leg,
          muscle: record.muscle,
          severity: record.severity,
          time: localTime(record.at, record.utcOffsetMinutes),
        })}
      </p>
      {/* The doctor card carries every tier, "Today" included: never both. */}
      {showDoctorCard ? <DoctorCard /> : record.severity >= SEVERE_FROM && <SevereCrampNote />}
      <button
        type="button"
        class="primary"
        onClick={() => navigate({ name: 'home' }, { replace: true })}
      >
        {t('diary.backHome')}
      </button>
      <a class="button" href="#/history">
        {t('diary.seeHistory')}
      </a>
    </main>
  );
}

/** A new diary entry, or, with `crampId`, the one to change. */
export default function CrampLog({ crampId }: { crampId?: string }) {
  // After cramp relief the form opens with that cramp's time and leg (if the person gave it).
  const [prefill] = useState(() => {
    const found = crampId ? null : crampPrefill.peek();
    if (found) crampPrefill.value = null;
    return found;
  });
  const [defaults, setDefaults] = useState<CrampDefaults | null>(null);
  /** The entry being changed; null while it loads, 'gone' if it no longer exists. */
  const [editing, setEditing] = useState<CrampRecord | 'gone' | null>(null);
  const [leg, setLeg] = useState<Leg>(prefill?.leg ?? 'left');
  const [muscle, setMuscle] = useState<Muscle>('calf');
  const [severity, setSeverity] = useState(3);
  const [when, setWhen] = useState(() => toLocalInput(prefill?.at ?? clock.now()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ record: CrampRecord; doctor: boolean } | null>(null);

  useEffect(() => {
    if (crampId) {
      loadCrampEntry(crampId).then(
        (found) => {
          setEditing(found ?? 'gone');
          if (!found) return;
          setDefaults(found);
          setLeg(found.leg);
          setMuscle(found.muscle);
          setSeverity(found.severity);
          setWhen(toLocalInput(found.at));
          setNote(found.note);
        },
        (error: unknown) => setProblem(describeStorageError(error)),
      );
      return;
    }
    void crampDefaults().then((found) => {
      setDefaults(found);
      if (!prefill?.leg) setLeg(found.leg);
      setMuscle(found.muscle);
      setSeverity(found.severity);
    });
  }, [crampId, prefill]);

  if (saved) return <Saved record={saved.record} showDoctorCard={saved.doctor} />;
  if (editing === 'gone') return <Gone />;

  async function save(event: Event) {
    event.preventDefault();
    const at = new Date(when).getTime();
    if (Number.isNaN(at)) {
      setProblem(t('diary.problemNoTime'));
      return;
    }
    if (at > clock.now() + FUTURE_GRACE_MS) {
      setProblem(t('diary.problemFuture'));
      return;
    }
    setProblem(null);
    setSaving(true);
    if (editing && editing !== 'gone') {
      try {
        await changeCramp(editing, { at, leg, muscle, severity, note });
        announce(t('diary.announceChanged'));
        navigate({ name: 'history' }, { replace: true });
      } catch (error) {
        setProblem(t('diary.problemNotChanged', { problem: describeStorageError(error) }));
        setSaving(false);
      }
      return;
    }
    try {
      const record = await logCramp({ at, leg, muscle, severity, note });
      const overview = await loadOverview(clock.now()).catch(() => null);
      const doctor =
        overview !== null &&
        doctorVisitSuggested(overview.latestCramps, clock.now(), overview.doctorCardDismissedAt);
      setSaved({ record, doctor });
    } catch (error) {
      setProblem(t('diary.problemSavedLater', { problem: describeStorageError(error) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <main class="screen cramp-log">
      <h1>{t(crampId ? 'diary.titleChange' : 'diary.titleNew')}</h1>
      <form onSubmit={save} aria-busy={defaults === null}>
        <Choices
          legend={t('diary.legendLeg')}
          name="leg"
          options={LEGS}
          label={(option) => t(LEG_NAMES[option])}
          value={leg}
          onChange={setLeg}
        />
        <Choices
          legend={t('diary.legendMuscle')}
          name="muscle"
          options={MUSCLES}
          label={(option) => t(MUSCLE_NAMES[option])}
          value={muscle}
          onChange={setMuscle}
        />
        <Choices
          legend={t('diary.legendSeverity')}
          name="severity"
          options={SEVERITIES}
          label={String}
          value={severity as (typeof SEVERITIES)[number]}
          onChange={setSeverity}
          hint={t('diary.severityHint')}
        />
        <label class="field">
          <span>{t('diary.when')}</span>
          <input
            type="datetime-local"
            value={when}
            max={toLocalInput(clock.now() + FUTURE_GRACE_MS)}
            onInput={(event) => setWhen(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{t('diary.note')}</span>
          <textarea
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary save" disabled={saving}>
          {t(crampId ? 'diary.saveChanges' : 'diary.saveNew')}
        </button>
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      <button
        type="button"
        class="quiet"
        onClick={() => navigate({ name: crampId ? 'history' : 'home' }, { replace: true })}
      >
        {t('diary.cancel')}
      </button>
    </main>
  );
}

function Gone() {
  return (
    <main class="screen cramp-log">
      <h1>{t('diary.goneTitle')}</h1>
      <p class="lede">{t('diary.goneBody')}</p>
      <a class="button primary" href="#/history">
        {t('diary.backToHistory')}
      </a>
    </main>
  );
}
