import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { describeStorageError } from '../shell/database';
import { saveBackupFile } from './backupFile';
import { erasedText, type Words } from './backupText';
import { eraseThisPhone } from './records';

/** The word a person types to confirm (in their language); a slip of the finger cannot erase their nights. */
const confirmWord = () => t('data.confirmWord');

type EraseState =
  | { step: 'closed' }
  | { step: 'confirming'; typed: string; note: Words | null }
  | { step: 'busy' }
  | { step: 'done'; text: Words; problem: boolean };

/** A separate, confirmed way to remove everything Nightstretch keeps on this phone. */
export function EraseEverything() {
  const [state, setState] = useState<EraseState>({ step: 'closed' });

  async function saveBackupFirst(typed: string) {
    try {
      setState({ step: 'confirming', typed, note: await saveBackupFile() });
    } catch (error) {
      setState({ step: 'confirming', typed, note: () => describeStorageError(error) });
    }
  }

  async function erase() {
    setState({ step: 'busy' });
    try {
      const erased = await eraseThisPhone();
      setState({ step: 'done', problem: false, text: () => erasedText(erased) });
    } catch (error) {
      console.error('Nightstretch: erasing failed', error);
      setState({
        step: 'done',
        problem: true,
        text: () => t('data.eraseFailed', { problem: describeStorageError(error) }),
      });
    }
  }

  return (
    <section class="card erase" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('data.eraseTitle')}</h2>
      <p class="muted">{t('data.eraseExplain')}</p>
      {state.step === 'closed' && (
        <button
          type="button"
          onClick={() => setState({ step: 'confirming', typed: '', note: null })}
        >
          {t('data.eraseOpen')}
        </button>
      )}
      {state.step === 'confirming' && (
        <div class="erase-confirm" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>{t('data.eraseQuestion')}</strong>
          </p>
          <button type="button" class="primary" onClick={() => void saveBackupFirst(state.typed)}>
            {t('data.saveBackupFirst')}
          </button>
          {state.note && <p role="status">{state.note()}</p>}
          <label class="field">
            <span>{t('data.typeToConfirm', { word: confirmWord() })}</span>
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
              disabled={state.typed.trim().toLowerCase() !== confirmWord().toLowerCase()}
              onClick={() => void erase()}
            >
              {t('data.eraseButton')}
            </button>
            <button type="button" onClick={() => setState({ step: 'closed' })}>
              {t('data.keepData')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'busy' && <p role="status">{t('data.erasing')}</p>}
      {state.step === 'done' &&
        (state.problem ? (
          <p class="problem" role="alert">
            {state.text()}
          </p>
        ) : (
          <p role="status">{state.text()}</p>
        ))}
    </section>
  );
}
