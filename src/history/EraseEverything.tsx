import { useState } from 'preact/hooks';
import { describeStorageError } from '../shell/database';
import { saveBackupFile } from './backupFile';
import { erasedText } from './backupText';
import { eraseThisPhone } from './records';

/** The word a person types to confirm; a slip of the finger cannot erase their nights. */
const CONFIRM_WORD = 'erase';

type EraseState =
  | { step: 'closed' }
  | { step: 'confirming'; typed: string; note: string | null }
  | { step: 'busy' }
  | { step: 'done'; text: string; problem: boolean };

/** A separate, confirmed way to remove everything Nightstretch keeps on this phone. */
export function EraseEverything() {
  const [state, setState] = useState<EraseState>({ step: 'closed' });

  async function saveBackupFirst(typed: string) {
    try {
      setState({ step: 'confirming', typed, note: await saveBackupFile() });
    } catch (error) {
      setState({ step: 'confirming', typed, note: describeStorageError(error) });
    }
  }

  async function erase() {
    setState({ step: 'busy' });
    try {
      setState({ step: 'done', problem: false, text: erasedText(await eraseThisPhone()) });
    } catch (error) {
      console.error('Nightstretch: erasing failed', error);
      setState({
        step: 'done',
        problem: true,
        text: `${describeStorageError(error)} Nothing was erased.`,
      });
    }
  }

  return (
    <section class="card erase" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase everything on this phone</h2>
      <p class="muted">
        Removes every night, cramp and routine of your own, your settings and any unfinished
        routine. This cannot be undone; a backup file can bring them back.
      </p>
      {state.step === 'closed' && (
        <button
          type="button"
          onClick={() => setState({ step: 'confirming', typed: '', note: null })}
        >
          Erase everything…
        </button>
      )}
      {state.step === 'confirming' && (
        <div class="erase-confirm" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>Erase all your Nightstretch data from this phone?</strong>
          </p>
          <button type="button" class="primary" onClick={() => void saveBackupFirst(state.typed)}>
            Save a backup first
          </button>
          {state.note && <p role="status">{state.note}</p>}
          <label class="field">
            <span>Type the word “{CONFIRM_WORD}” to confirm</span>
            <input
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellcheck={false}
              value={state.typed}
              onInput={(event) => setState({ ...state, typed: event.currentTarget.value })}
            />
          </label>
          <div class="data-actions">
            <button
              type="button"
              class="danger"
              disabled={state.typed.trim().toLowerCase() !== CONFIRM_WORD}
              onClick={() => void erase()}
            >
              Erase everything
            </button>
            <button type="button" onClick={() => setState({ step: 'closed' })}>
              Keep my data
            </button>
          </div>
        </div>
      )}
      {state.step === 'busy' && <p role="status">Erasing…</p>}
      {state.step === 'done' &&
        (state.problem ? (
          <p class="problem" role="alert">
            {state.text}
          </p>
        ) : (
          <p role="status">{state.text}</p>
        ))}
    </section>
  );
}
