// From the bundled data directly: importing app/routines here split Home's chunk in the build.
import { routines as builtInRoutines } from 'virtual:routines';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type DraftStep,
  draftStepFor,
  draftToRoutine,
  newCustomId,
  routineToDraft,
} from '../engine/draft';
import { deriveLibrary, type LibraryStretch, type SideChoice } from '../engine/library';
import { navigate } from '../shell/router';
import { deleteCustomRoutine, readCustomRoutines, saveCustomRoutine } from './customRoutineStore';
import { customRoutines } from './customRoutines';
import '../ui/fields.css';
import './RoutineEditor.css';

const SIDE_LABELS: Record<SideChoice, string> = {
  pair: 'Left leg, then right leg',
  both: 'Both legs together',
};

/** A draft step with a key that stays with it when it moves (focus stays on the moved row). */
type EditorStep = DraftStep & { uid: number };
let nextUid = 1;
const withUid = (step: DraftStep): EditorStep => ({ ...step, uid: nextUid++ });

interface StepRowProps {
  step: EditorStep;
  stretch: LibraryStretch;
  first: boolean;
  last: boolean;
  onChange: (step: EditorStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function StepRow({ step, stretch, first, last, onChange, onMove, onRemove }: StepRowProps) {
  const id = useId();
  const name = stretch.name;
  const row = useRef<HTMLLIElement>(null);
  const moving = useRef(false);
  // Focus stays with the moved stretch; at the top or bottom its pressed button is disabled,
  // so focus goes to its other move button rather than being lost.
  useLayoutEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && !active.disabled && row.current?.contains(active)) {
      return;
    }
    row.current?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')?.focus();
  });
  const moveBy = (by: -1 | 1) => {
    moving.current = true;
    onMove(by);
  };
  return (
    <li class="card editor-step" ref={row}>
      <h3>{name}</h3>
      {stretch.sides.length > 1 ? (
        <div class="editor-field">
          <label for={`${id}-side`}>Side for {name}</label>
          <select
            id={`${id}-side`}
            value={step.side}
            onChange={(event) =>
              onChange({ ...step, side: event.currentTarget.value as SideChoice })
            }
          >
            {stretch.sides.map((side) => (
              <option key={side} value={side}>
                {SIDE_LABELS[side]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="muted">{SIDE_LABELS[step.side]}</p>
      )}
      <div class="editor-numbers">
        <div class="editor-field">
          <label for={`${id}-hold`}>Hold {name} (seconds)</label>
          <input
            id={`${id}-hold`}
            type="number"
            inputMode="numeric"
            min={5}
            max={300}
            step={5}
            value={step.holdSeconds}
            onInput={(event) =>
              onChange({ ...step, holdSeconds: event.currentTarget.valueAsNumber })
            }
          />
        </div>
        <div class="editor-field">
          <label for={`${id}-reps`}>Times for {name}</label>
          <input
            id={`${id}-reps`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={step.repetitions}
            onInput={(event) =>
              onChange({ ...step, repetitions: event.currentTarget.valueAsNumber })
            }
          />
        </div>
      </div>
      <div class="editor-actions">
        <button
          type="button"
          aria-label={`Move ${name} up`}
          data-move="up"
          disabled={first}
          onClick={() => moveBy(-1)}
        >
          ↑ Up
        </button>
        <button
          type="button"
          aria-label={`Move ${name} down`}
          data-move="down"
          disabled={last}
          onClick={() => moveBy(1)}
        >
          ↓ Down
        </button>
        <button type="button" class="quiet" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** Build, change or delete one of the person's own routines ("#/editor", "#/editor/<id>"). */
export function RoutineEditor({ routineId }: { routineId?: string | undefined }) {
  const library = useMemo(() => deriveLibrary(builtInRoutines), []);
  const [loaded, setLoaded] = useState(routineId === undefined);
  const [draft, setDraft] = useState<{ name: string; steps: EditorStep[] }>({
    name: '',
    steps: [],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const nameId = useId();

  useEffect(() => {
    if (routineId === undefined) return;
    void readCustomRoutines().then((stored) => {
      customRoutines.value = stored;
      const saved = stored.find((routine) => routine.id === routineId);
      if (saved) {
        const restored = routineToDraft(saved);
        setDraft({ name: restored.name, steps: restored.steps.map(withUid) });
      }
      setLoaded(true);
    });
  }, [routineId]);

  const editing = routineId !== undefined;
  const exists = editing && customRoutines.value.some((routine) => routine.id === routineId);
  if (loaded && editing && !exists) {
    return (
      <main class="screen editor">
        <h1>Routine not found</h1>
        <p>This routine isn't saved on this phone any more.</p>
        <a class="button" href="#/">
          Back to home
        </a>
      </main>
    );
  }

  const setSteps = (steps: EditorStep[]) => setDraft({ ...draft, steps });
  const move = (index: number, by: -1 | 1) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(index + by, 0, step);
    setSteps(steps);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const check = draftToRoutine(draft, library, routineId ?? newCustomId(Date.now()));
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setBusy(true);
    try {
      customRoutines.value = await saveCustomRoutine(check.routine);
      navigate({ name: 'home' });
    } catch {
      setProblem("Your routine couldn't be saved on this phone. Try again.");
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!routineId) return;
    setBusy(true);
    try {
      customRoutines.value = await deleteCustomRoutine(routineId);
      navigate({ name: 'home' });
    } catch {
      setProblem("Your routine couldn't be deleted. Try again.");
      setBusy(false);
    }
  };

  return (
    <main class="screen editor" aria-busy={!loaded}>
      <header>
        <h1>{editing ? 'Edit your routine' : 'Make your own routine'}</h1>
        <p class="lede">
          Pick the stretches you like, put them in order and choose how long to hold.
        </p>
      </header>
      <form class="editor-form" onSubmit={save} noValidate>
        <div class="editor-field">
          <label for={nameId}>Routine name</label>
          <input
            id={nameId}
            type="text"
            maxLength={40}
            autoComplete="off"
            value={draft.name}
            onInput={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          />
        </div>
        <section aria-labelledby="editor-steps-title">
          <h2 id="editor-steps-title">Your stretches</h2>
          {draft.steps.length === 0 ? (
            <p class="muted">None yet. Add some from the list below.</p>
          ) : (
            <ol class="editor-steps">
              {draft.steps.map((step, index) => {
                const stretch = library.find((entry) => entry.key === step.key);
                if (!stretch) return null;
                return (
                  <StepRow
                    key={step.uid}
                    step={step}
                    stretch={stretch}
                    first={index === 0}
                    last={index === draft.steps.length - 1}
                    onChange={(next) =>
                      setSteps(draft.steps.map((s, i) => (i === index ? next : s)))
                    }
                    onMove={(by) => move(index, by)}
                    onRemove={() => setSteps(draft.steps.filter((_, i) => i !== index))}
                  />
                );
              })}
            </ol>
          )}
        </section>
        {problem && (
          <p class="editor-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary big" disabled={busy || !loaded}>
          Save routine
        </button>
        <section aria-labelledby="editor-library-title">
          <h2 id="editor-library-title">Add a stretch</h2>
          <p class="muted">Each one goes to the end of your list above.</p>
          <p class="editor-added" role="status">
            {added}
          </p>
          <ul class="editor-library">
            {library.map((stretch) => (
              <li key={stretch.key} class="card">
                <h3>{stretch.name}</h3>
                <p class="muted">{stretch.instructions.both ?? stretch.instructions.left}</p>
                <button
                  type="button"
                  aria-label={`Add ${stretch.name}`}
                  onClick={() => {
                    setSteps([...draft.steps, withUid(draftStepFor(stretch))]);
                    setAdded(`${stretch.name} added: ${draft.steps.length + 1} in your routine.`);
                  }}
                >
                  + Add
                </button>
              </li>
            ))}
          </ul>
        </section>
      </form>
      {editing && (
        <section class="editor-delete" aria-label="Delete this routine">
          {confirming ? (
            <>
              <p>Delete “{draft.name}” for good?</p>
              <div class="editor-actions">
                <button type="button" class="danger" disabled={busy} onClick={remove}>
                  Yes, delete it
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            </>
          ) : (
            <button type="button" class="quiet" onClick={() => setConfirming(true)}>
              Delete routine
            </button>
          )}
        </section>
      )}
    </main>
  );
}
