import { signal } from '@preact/signals';
import type { MessageKey } from '../i18n/keys';
import { onDataChanged, onErased } from '../shell/changes';
import { database, reportStorageError } from '../shell/database';
import { reminderId } from '../storage/meta';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  saveSettingsFields,
} from '../storage/settings';

export type { Theme } from '../storage/settings';
export { DEFAULT_SETTINGS, type Settings };

/** The person's preferences, applied at once wherever they are read. */
export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });
/** Set when a change could not be written; Settings says so. A key: a new language re-translates it. */
export const settingsSaveProblem = signal<MessageKey | null>(null);

// Other tabs hear of each saved change and read the settings again, so none shows a stale copy.
// A restored backup (data changed) may bring settings; erasing everything brings the defaults.
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nightstretch-settings');
channel?.addEventListener('message', () => void readAgain());
onDataChanged(() => void readAgain());
onErased(() => forgetSettings());

let loading: Promise<void> | null = null;
let loaded = false;
/** Changes made before the stored settings arrived; they win over what was stored. */
let earlyChanges: Partial<Settings> = {};
/** Counts changes made here, so a read that started before one never undoes it. */
let changesMade = 0;
let savesInFlight = 0;

export function loadStoredSettings(): Promise<void> {
  loading ??= (async () => {
    try {
      const stored = await loadSettings(await database());
      settings.value = { ...stored, ...earlyChanges };
    } catch (error) {
      // Defaults keep the app usable; the storage notice says what went wrong.
      console.error('Nightstretch: the settings could not be read', error);
      reportStorageError(error);
    } finally {
      loaded = true;
      earlyChanges = {};
    }
  })();
  return loading;
}

async function readAgain(): Promise<void> {
  if (!loaded) return;
  const changesBefore = changesMade;
  try {
    const stored = await loadSettings(await database());
    if (changesMade === changesBefore && savesInFlight === 0) settings.value = stored;
  } catch (error) {
    console.error('Nightstretch: the settings changed in another tab could not be read', error);
  }
}

/** Applies the change at once and saves only these fields, over what is stored now. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  if (!loaded) earlyChanges = { ...earlyChanges, ...patch };
  changesMade += 1;
  settings.value = { ...settings.value, ...patch };
  // Never save over stored settings that have not been read yet.
  await loadStoredSettings();
  savesInFlight += 1;
  try {
    await saveSettingsFields(await database(), patch);
    settingsSaveProblem.value = null;
    channel?.postMessage('changed');
  } catch (error) {
    console.error('Nightstretch: a settings change could not be saved', error);
    settingsSaveProblem.value = 'settings.saveFailed';
  } finally {
    savesInFlight -= 1;
  }
}

/** Everything was erased (here or in another tab): back to how a new person starts. */
export function forgetSettings(): void {
  settings.value = { ...DEFAULT_SETTINGS };
  settingsSaveProblem.value = null;
}

/** This person's calendar-reminder id, kept on the phone so each download updates one alarm. */
export async function bedtimeReminderId(): Promise<string> {
  return reminderId(await database(), () =>
    Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(36)).join(''),
  );
}
