import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { draftStepFor, draftToRoutine, newCustomId, routineToDraft } from '../engine/draft';
import { deriveLibrary } from '../engine/library';
import { t } from '../i18n/i18n';
import { navigate } from '../shell/router';
// Not from ./routines: importing it here split Home's chunk in the build.
import { fullBuiltInRoutines } from './builtInFull';
import { deleteCustomRoutine, readCustomRoutines, saveCustomRoutine } from './customRoutineStore';
import { customRoutines } from './customRoutines';
import { type EditorProblem, problemText } from './draftProblem';
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
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // What was just added, worded where it shows, so a change of language re-words it.
  const [added, setAdded] = useState<{ name: string; count: number } | null>(null);
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
        <h1>{t('routines.notFoundTitle')}</h1>
        <p>{t('routines.notSaved')}</p>
        <a class="button" href="#/">
          {t('routines.backHome')}
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
    const summary = t('routines.customSummary', { count: draft.steps.length });
    const check = draftToRoutine(draft, library, routineId ?? newCustomId(Date.now()), summary);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setBusy(true);
    try {
      customRoutines.value = await saveCustomRoutine(check.routine);
      navigate({ name: 'home' });
    } catch {
      setProblem({ code: 'saveFailed' });
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
      setProblem({ code: 'deleteFailed' });
      setBusy(false);
    }
  };

  return (
    <main class="screen editor" aria-busy={!loaded}>
      <header>
        <h1>{editing ? t('routines.editTitle') : t('routines.makeTitle')}</h1>
        <p class="lede">{t('routines.editorLede')}</p>
      </header>
      <form class="editor-form" onSubmit={save} noValidate>
        <div class="editor-field">
          <label for={nameId}>{t('routines.routineName')}</label>
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
          <h2 id="editor-steps-title">{t('routines.yourStretches')}</h2>
          {draft.steps.length === 0 ? (
            <p class="muted">{t('routines.noneYet')}</p>
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
            {problemText(problem)}
          </p>
        )}
        <button type="submit" class="primary big" disabled={busy || !loaded}>
          {t('routines.saveRoutine')}
        </button>
        <section aria-labelledby="editor-library-title">
          <h2 id="editor-library-title">{t('routines.addAStretch')}</h2>
          <p class="muted">{t('routines.addHint')}</p>
          <p class="editor-added" role="status">
            {added && t('routines.added', added)}
          </p>
          <ul class="editor-library">
            {library.map((stretch) => (
              <li key={stretch.key} class="card">
                <h3>{stretch.name}</h3>
                <p class="muted">{stretch.instructions.both ?? stretch.instructions.left}</p>
                <button
                  type="button"
                  aria-label={t('routines.addNamed', { name: stretch.name })}
                  onClick={() => {
                    setSteps([...draft.steps, withUid(draftStepFor(stretch))]);
                    setAdded({ name: stretch.name, count: draft.steps.length + 1 });
                  }}
                >
                  {t('routines.add')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </form>
      {editing && (
        <section class="editor-delete" aria-label={t('routines.deleteRegion')}>
          {confirming ? (
            <>
              <p>{t('routines.deleteQuestion', { name: draft.name })}</p>
              <div class="editor-actions">
                <button type="button" class="danger" disabled={busy} onClick={remove}>
                  {t('routines.deleteYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('routines.keepIt')}
                </button>
              </div>
            </>
          ) : (
            <button type="button" class="quiet" onClick={() => setConfirming(true)}>
              {t('routines.deleteRoutine')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}
