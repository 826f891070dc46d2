import { useEffect, useState } from 'preact/hooks';
import { version as appVersion } from '../../package.json';
import { loadStoredSettings } from '../settings/settings';
import { announceDataChanged } from '../shell/changes';
import { database, describeStorageError } from '../shell/database';
import { checkPersistence, type Persistence, persistence } from '../shell/durability';
import { clock, tonight } from '../shell/services';
import { plural } from '../ui/format';
import {
  type Backup,
  type ImportCounts,
  type ImportPreview,
  loadBackupTools,
  loadCsvTools,
} from './dataFiles';

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

function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Time an action for the benchmark (read back from performance entries). */
async function measured<T>(name: string, action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await action();
  } finally {
    performance.measure(`nightstretch:${name}`, { start, end: performance.now() });
  }
}

type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; text: string }
  | { step: 'message'; text: string; refused: boolean }
  | { step: 'preview'; backup: Backup; preview: ImportPreview };

/** "3 sessions, 1 cramp and 2 routines of your own" (routines only when there are some). */
function countsText(counts: Pick<ImportCounts, 'completions' | 'cramps' | 'routines'>): string {
  const parts = [plural(counts.completions, 'session'), plural(counts.cramps, 'cramp')];
  if (counts.routines > 0) {
    parts.push(plural(counts.routines, 'routine of your own', 'routines of your own'));
  }
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function YourData() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  useEffect(() => {
    void checkPersistence().catch(() => {});
  }, []);

  async function exportBackup() {
    setState({ step: 'busy', text: 'Preparing your backup…' });
    try {
      const backup = await measured('export', async () => {
        const { createBackup } = await loadBackupTools();
        const created = await createBackup(await database(), appVersion, clock.now());
        download(
          `nightstretch-backup-${tonight()}.json`,
          JSON.stringify(created),
          'application/json',
        );
        return created;
      });
      setState({
        step: 'message',
        refused: false,
        text: `Backup saved: ${countsText({ completions: backup.completions.length, cramps: backup.cramps.length, routines: backup.routines?.length ?? 0 })}. Keep the file somewhere safe, such as your email or cloud storage.`,
      });
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
      download(
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

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'busy', text: 'Checking the file…' });
    const { checkBackupSize, previewImport, readBackup } = await loadBackupTools();
    const tooBig = checkBackupSize(file.size);
    if (tooBig) {
      setState({ step: 'message', refused: true, text: tooBig });
      return;
    }
    try {
      const result = await measured('import-check', async () => readBackup(await file.text()));
      if (!result.ok) {
        setState({
          step: 'message',
          refused: true,
          text: `${result.message} Nothing was changed.`,
        });
        return;
      }
      const preview = await previewImport(await database(), result.backup);
      setState({ step: 'preview', backup: result.backup, preview });
    } catch (error) {
      setState({ step: 'message', refused: true, text: describeStorageError(error) });
    }
  }

  async function confirmImport(backup: Backup) {
    setState({ step: 'busy', text: 'Adding…' });
    try {
      const { importBackup } = await loadBackupTools();
      const added = await measured('import-merge', async () =>
        importBackup(await database(), backup),
      );
      if (added.settings) await loadStoredSettings();
      announceDataChanged();
      setState({
        step: 'message',
        refused: false,
        text: `Added ${countsText(added)}${added.settings ? ', and your settings' : ''}.`,
      });
    } catch (error) {
      setState({
        step: 'message',
        refused: true,
        text: `${describeStorageError(error)} Nothing was changed.`,
      });
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

function ImportPreviewCard(props: {
  preview: ImportPreview;
  exportedAt: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { inFile, toAdd } = props.preview;
  const nothingNew =
    toAdd.completions === 0 && toAdd.cramps === 0 && toAdd.routines === 0 && !toAdd.settings;
  const date = new Date(props.exportedAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return (
    <div class="import-preview" role="group" aria-labelledby="preview-title">
      <h3 id="preview-title">Backup from {date}</h3>
      <p>It holds {countsText(inFile)}.</p>
      {nothingNew ? (
        <p>Everything in it is already on this phone. There is nothing to add.</p>
      ) : (
        <p>
          <strong>{countsText(toAdd)}</strong> will be added
          {toAdd.settings ? ', with its settings' : ''}. Nothing already here is changed or removed.
        </p>
      )}
      <div class="data-actions">
        {!nothingNew && (
          <button type="button" class="primary" onClick={props.onConfirm}>
            Add them
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {nothingNew ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
