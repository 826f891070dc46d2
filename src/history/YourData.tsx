import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../platform/download';
import { announceDataChanged } from '../shell/changes';
import { database, describeStorageError } from '../shell/database';
import { checkPersistence, type Persistence, persistence } from '../shell/durability';
import { clock, tonight } from '../shell/services';
import { measured, saveBackupFile } from './backupFile';
import { countsText } from './backupText';
import { type Backup, type ImportPreview, loadBackupTools, loadCsvTools } from './dataFiles';
import { ImportPreviewCard } from './ImportPreviewCard';

const NOTHING_CHANGED = 'Nothing was changed.';
const RESTORE_CODE_MISSING = `The part of Nightstretch that reads backups could not be loaded: it may not have been saved for offline use yet, or the app was just updated. Connect to the internet, reload and try again. ${NOTHING_CHANGED}`;
const FILE_UNREADABLE = `The file could not be read. It may have been moved, deleted or still be downloading; choose it again. ${NOTHING_CHANGED}`;

/** Reading the chosen file failed (as opposed to checking what it holds). */
class UnreadableFile extends Error {}

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  checking: 'Checking how safely this browser keeps your data…',
  unsupported:
    'This browser does not say whether it will keep your data. Save a backup file now and then.',
  'not-asked':
    'After your first routine, Nightstretch asks the browser to keep your data even when the phone runs low on space.',
  granted:
    'Kept safe: this browser has agreed not to clear your nights and diary when space runs low.',
  refused:
    'This browser may clear your nights and diary if the phone runs low on space. Installing Nightstretch to the home screen helps; a backup file now and then keeps them safe.',
};

type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; text: string }
  | { step: 'message'; text: string; refused: boolean }
  | { step: 'preview'; backup: Backup; preview: ImportPreview };

export function YourData() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  useEffect(() => {
    void checkPersistence().catch(() => {});
  }, []);

  async function exportBackup() {
    setState({ step: 'busy', text: 'Preparing your backup…' });
    try {
      setState({ step: 'message', refused: false, text: await saveBackupFile() });
    } catch (error) {
      setState({ step: 'message', refused: true, text: describeStorageError(error) });
    }
  }

  async function exportCsv() {
    try {
      const [{ historyCsv }, { loadAllRecords }] = await Promise.all([
        loadCsvTools(),
        import('./history'),
      ]);
      const { completions, cramps } = await loadAllRecords();
      downloadText(
        `nightstretch-history-${tonight()}.csv`,
        historyCsv(completions, cramps),
        'text/csv',
      );
      setState({
        step: 'message',
        refused: false,
        text: 'Spreadsheet saved. It lists every session and cramp with its date and time.',
      });
    } catch (error) {
      setState({ step: 'message', refused: true, text: describeStorageError(error) });
    }
  }

  const refuse = (text: string) => setState({ step: 'message', refused: true, text });

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'busy', text: 'Checking the file…' });
    let restore: Awaited<ReturnType<typeof loadBackupTools>>;
    try {
      restore = await loadBackupTools();
    } catch (error) {
      console.error('Nightstretch: the backup reader could not be loaded', error);
      refuse(RESTORE_CODE_MISSING);
      return;
    }
    const tooBig = restore.checkBackupSize(file.size);
    if (tooBig) {
      refuse(`${tooBig} ${NOTHING_CHANGED}`);
      return;
    }
    try {
      const result = await measured('import-check', async () => {
        const text = await file.text().catch((error: unknown) => {
          throw new UnreadableFile(String(error));
        });
        return restore.readBackup(text, clock.now());
      });
      if (!result.ok) {
        refuse(`${result.message} ${NOTHING_CHANGED}`);
        return;
      }
      const preview = await restore.previewImport(await database(), result.backup);
      setState({ step: 'preview', backup: result.backup, preview });
    } catch (error) {
      console.error('Nightstretch: a backup file could not be checked', error);
      refuse(
        error instanceof UnreadableFile
          ? FILE_UNREADABLE
          : `${describeStorageError(error)} ${NOTHING_CHANGED}`,
      );
    }
  }

  async function confirmImport(backup: Backup) {
    setState({ step: 'busy', text: 'Adding…' });
    try {
      const { importBackup } = await loadBackupTools();
      const added = await measured('import-merge', async () =>
        importBackup(await database(), backup),
      );
      // Every tab (this one too) reads the new records, routines and settings.
      announceDataChanged();
      setState({
        step: 'message',
        refused: false,
        text: `Added ${countsText(added)}${added.settings ? ', and your settings' : ''}.`,
      });
    } catch (error) {
      refuse(`${describeStorageError(error)} ${NOTHING_CHANGED}`);
    }
  }

  return (
    <section class="card your-data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>{PERSISTENCE_TEXT[persistence.value]}</p>
      <p class="muted">
        Your nights, diary and own routines stay on this phone and go nowhere else. A backup file
        lets you move them to a new phone or bring them back after clearing the browser.
      </p>
      <div class="data-actions">
        <button type="button" onClick={exportBackup}>
          Save a backup file
        </button>
        <button type="button" onClick={exportCsv}>
          Save a spreadsheet for your doctor
        </button>
        <label class="button file-button">
          Restore from a backup file
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => void chooseFile(event.currentTarget)}
          />
        </label>
      </div>
      {state.step === 'busy' && <p role="status">{state.text}</p>}
      {state.step === 'message' &&
        (state.refused ? (
          <p class="problem" role="alert">
            {state.text}
          </p>
        ) : (
          <p role="status">{state.text}</p>
        ))}
      {state.step === 'preview' && (
        <ImportPreviewCard
          preview={state.preview}
          exportedAt={state.backup.exportedAt}
          onConfirm={() => void confirmImport(state.backup)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </section>
  );
}
