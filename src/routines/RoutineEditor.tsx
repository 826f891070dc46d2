import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { draftStepFor, draftToRoutine, newCustomId, routineToDraft } from '../engine/draft';
import { deriveLibrary } from '../engine/library';
import { navigate } from '../shell/router';
// Not from ./routines: importing it here split Home's chunk in the build.
import { fullBuiltInRoutines } from './builtInFull';
import { deleteCustomRoutine, readCustomRoutines, saveCustomRoutine } from './customRoutineStore';
import { customRoutines } from './customRoutines';
import { type EditorStep, StepRow, withUid } from './EditorStepRow';
import '../ui/fields.css';
import './RoutineEditor.css';

/** Build, change or delete one of the person's own routines ("#/editor", "#/editor/<id>"). */
export function RoutineEditor({ routineId }: { routineId?: string | undefined }) {
  const builtIn = fullBuiltInRoutines.value; // in the app's language, again after a change
  const library = useMemo(() => deriveLibrary(builtIn), [builtIn]);
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
