import { signal } from '@preact/signals';
import { database } from '../shell/database';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from '../storage/settings';

export type { Theme } from '../storage/settings';
export { DEFAULT_SETTINGS, type Settings };

/** The person's preferences, applied at once wherever they are read. */
export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });

let loading: Promise<void> | null = null;
let loaded = false;
/** Changes made before the stored settings arrived; they win over what was stored. */
let earlyChanges: Partial<Settings> = {};

export function loadStoredSettings(): Promise<void> {
  loading ??= (async () => {
    try {
      const stored = await loadSettings(await database());
      settings.value = { ...stored, ...earlyChanges };
    } catch {
      // Defaults keep the app usable; the storage notice explains what went wrong.
    } finally {
      loaded = true;
      earlyChanges = {};
    }
  })();
  return loading;
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  if (!loaded) earlyChanges = { ...earlyChanges, ...patch };
  settings.value = { ...settings.value, ...patch };
  // Never save defaults over stored settings that have not been read yet.
  await loadStoredSettings();
  await saveSettings(await database(), settings.value);
}
