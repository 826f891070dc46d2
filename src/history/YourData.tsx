import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/i18n';
import { downloadText } from '../platform/download';
import { announceDataChanged } from '../shell/changes';
import { database, describeStorageError } from '../shell/database';
import { checkPersistence, type Persistence, persistence } from '../shell/durability';
import { clock, tonight } from '../shell/services';
import { measured, saveBackupFile } from './backupFile';
import { countsText, type Words } from './backupText';
import { type Backup, type ImportPreview, loadBackupTools, loadCsvTools } from './dataFiles';
import { ImportPreviewCard } from './ImportPreviewCard';

/** Reading the chosen file failed (as opposed to checking what it holds). */
class UnreadableFile extends Error {}

const PERSISTENCE_TEXT: Record<Persistence, MessageKey> = {
  checking: 'data.persistenceChecking',
  unsupported: 'data.persistenceUnsupported',
  'not-asked': 'data.persistenceNotAsked',
  granted: 'data.persistenceGranted',
  refused: 'data.persistenceRefused',
};

/** A storage failure, and that nothing was changed, in the language shown at the time. */
const unchanged =
  (problem: Words): Words =>
  () =>
    t('data.nothingChanged', { problem: problem() });

type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; text: Words }
  | { step: 'message'; text: Words; refused: boolean }
  | { step: 'preview'; backup: Backup; preview: ImportPreview };

export function YourData() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  useEffect(() => {
    void checkPersistence().catch(() => {});
  }, []);

  async function exportBackup() {
    setState({ step: 'busy', text: () => t('data.preparingBackup') });
    try {
      setState({ step: 'message', refused: false, text: await saveBackupFile() });
    } catch (error) {
      setState({ step: 'message', refused: true, text: () => describeStorageError(error) });
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
        text: () => t('data.spreadsheetSaved'),
      });
    } catch (error) {
      setState({ step: 'message', refused: true, text: () => describeStorageError(error) });
    }
  }

  const refuse = (text: Words) => setState({ step: 'message', refused: true, text });

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'busy', text: () => t('data.checkingFile') });
    let restore: Awaited<ReturnType<typeof loadBackupTools>>;
    try {
      restore = await loadBackupTools();
    } catch (error) {
      console.error('Nightstretch: the backup reader could not be loaded', error);
      refuse(() => t('data.restoreCodeMissing'));
      return;
    }
    const tooBig = restore.checkBackupSize(file.size);
    if (tooBig) {
      refuse(unchanged(() => tooBig));
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
        const { message } = result;
        refuse(unchanged(() => message));
        return;
      }
      const preview = await restore.previewImport(await database(), result.backup);
      setState({ step: 'preview', backup: result.backup, preview });
    } catch (error) {
      console.error('Nightstretch: a backup file could not be checked', error);
      refuse(
        error instanceof UnreadableFile
          ? () => t('data.fileUnreadable')
          : unchanged(() => describeStorageError(error)),
      );
    }
  }

  async function confirmImport(backup: Backup) {
    setState({ step: 'busy', text: () => t('data.adding') });
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
        text: () =>
          t(added.settings ? 'data.addedWithSettings' : 'data.added', {
            counts: countsText(added),
          }),
      });
    } catch (error) {
      refuse(unchanged(() => describeStorageError(error)));
    }
  }

  return (
    <section class="card your-data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p>{t(PERSISTENCE_TEXT[persistence.value])}</p>
      <p class="muted">{t('data.stayOnPhone')}</p>
      <div class="data-actions">
        <button type="button" onClick={exportBackup}>
          {t('data.saveBackup')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('data.saveSpreadsheet')}
        </button>
        <label class="button file-button">
          {t('data.restore')}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(event) => void chooseFile(event.currentTarget)}
          />
        </label>
      </div>
      {state.step === 'busy' && <p role="status">{state.text()}</p>}
      {state.step === 'message' &&
        (state.refused ? (
          <p class="problem" role="alert">
            {state.text()}
          </p>
        ) : (
          <p role="status">{state.text()}</p>
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
