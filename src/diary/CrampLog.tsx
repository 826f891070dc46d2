import { useEffect, useRef, useState } from 'preact/hooks';
import { doctorVisitSuggested, LEGS, type Leg, MUSCLES, type Muscle } from '../engine/cramp';
import { loadOverview } from '../history/history';
import { describeStorageError } from '../shell/database';
import { navigate } from '../shell/router';
import { clock } from '../shell/services';
import { localTime } from '../ui/format';
import { RedFlags } from '../ui/RedFlags';
import { DoctorCard } from './DoctorCard';
import { type CrampDefaults, type CrampRecord, crampDefaults, logCramp } from './diary';
import '../ui/fields.css';
import '../history/overview.css';
import '../history/history.css';

const LEG_NAMES: Record<Leg, string> = { left: 'Left', right: 'Right', both: 'Both' };
const MUSCLE_NAMES: Record<Muscle, string> = { calf: 'Calf', foot: 'Foot', thigh: 'Thigh' };
const SEVERITIES = [1, 2, 3, 4, 5] as const;
/** The two highest severities bring the "Today" warning signs, once, after saving. */
const SEVERE_FROM = 4;
/** A few minutes of grace for a phone clock a little behind. */
const FUTURE_GRACE_MS = 5 * 60_000;

const pad = (value: number) => String(value).padStart(2, '0');

/** The value a datetime-local input shows for a moment, in this device's time zone. */
function toLocalInput(timeMs: number): string {
  const date = new Date(timeMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function Choices<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  label: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <fieldset class="choices">
      <legend>{props.legend}</legend>
      <div class="choice-row">
        {props.options.map((option) => (
          <label key={option} class="choice">
            <input
              type="radio"
              name={props.name}
              value={String(option)}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.label(option)}</span>
          </label>
        ))}
      </div>
      {props.hint && <p class="muted hint">{props.hint}</p>}
    </fieldset>
  );
}

/** After a bad cramp: the signs that need a doctor today, said gently, with the rest in Learn. */
function SevereCrampNote() {
  return (
    <section class="card severe-note" aria-labelledby="severe-note-title">
      <h2 id="severe-note-title">After a bad cramp</h2>
      <p>Even a bad cramp is usually harmless, and a sore muscle afterwards is normal.</p>
      <RedFlags tiers={['today']} />
      <a href="#/learn">All the warning signs, in Learn</a>
    </section>
  );
}

function Saved({ record, showDoctorCard }: { record: CrampRecord; showDoctorCard: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main class="screen cramp-log">
      <h1 ref={heading} tabIndex={-1}>
        Cramp logged
      </h1>
      <p class="lede">
        {LEG_NAMES[record.leg]} {record.leg === 'both' ? 'legs' : 'leg'},{' '}
        {MUSCLE_NAMES[record.muscle].toLowerCase()}, {record.severity} of 5, on{' '}
        {localTime(record.at, record.utcOffsetMinutes)}. It is on your calendar now.
      </p>
      {/* The doctor card carries every tier, "Today" included: never both. */}
      {showDoctorCard ? <DoctorCard /> : record.severity >= SEVERE_FROM && <SevereCrampNote />}
      <button
        type="button"
        class="primary"
        onClick={() => navigate({ name: 'home' }, { replace: true })}
      >
        Back to home
      </button>
      <a class="button" href="#/history">
        See history
      </a>
    </main>
  );
}

export default function CrampLog() {
  const [defaults, setDefaults] = useState<CrampDefaults | null>(null);
  const [leg, setLeg] = useState<Leg>('left');
  const [muscle, setMuscle] = useState<Muscle>('calf');
  const [severity, setSeverity] = useState(3);
  const [when, setWhen] = useState(() => toLocalInput(clock.now()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ record: CrampRecord; doctor: boolean } | null>(null);

  useEffect(() => {
    void crampDefaults().then((found) => {
      setDefaults(found);
      setLeg(found.leg);
      setMuscle(found.muscle);
      setSeverity(found.severity);
    });
  }, []);

  if (saved) return <Saved record={saved.record} showDoctorCard={saved.doctor} />;

  async function save(event: Event) {
    event.preventDefault();
    const at = new Date(when).getTime();
    if (Number.isNaN(at)) {
      setProblem('Please choose the date and time of the cramp.');
      return;
    }
    if (at > clock.now() + FUTURE_GRACE_MS) {
      setProblem('That time has not come yet. Choose when the cramp happened.');
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      const record = await logCramp({ at, leg, muscle, severity, note });
      const overview = await loadOverview(clock.now()).catch(() => null);
      const doctor =
        overview !== null &&
        doctorVisitSuggested(overview.latestCramps, clock.now(), overview.doctorCardDismissedAt);
      setSaved({ record, doctor });
    } catch (error) {
      setProblem(
        `${describeStorageError(error)} This cramp will be saved when you next open Nightstretch.`,
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <main class="screen cramp-log">
      <h1>Log a cramp</h1>
      <form onSubmit={save} aria-busy={defaults === null}>
        <Choices
          legend="Which leg"
          name="leg"
          options={LEGS}
          label={(option) => LEG_NAMES[option]}
          value={leg}
          onChange={setLeg}
        />
        <Choices
          legend="Where"
          name="muscle"
          options={MUSCLES}
          label={(option) => MUSCLE_NAMES[option]}
          value={muscle}
          onChange={setMuscle}
        />
        <Choices
          legend="How bad"
          name="severity"
          options={SEVERITIES}
          label={String}
          value={severity as (typeof SEVERITIES)[number]}
          onChange={setSeverity}
          hint="1 is mild, 5 is the worst"
        />
        <label class="field">
          <span>When</span>
          <input
            type="datetime-local"
            value={when}
            max={toLocalInput(clock.now() + FUTURE_GRACE_MS)}
            onInput={(event) => setWhen(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Note (optional)</span>
          <textarea
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary save" disabled={saving}>
          Save cramp
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
        onClick={() => navigate({ name: 'home' }, { replace: true })}
      >
        Cancel
      </button>
    </main>
  );
}
