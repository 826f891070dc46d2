import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from '../storage/settings';
import { database } from './database';

/** The person's preferences, applied at once wherever they are read. */
export const settings = signal<Settings>({ ...DEFAULT_SETTINGS });

export async function loadStoredSettings(): Promise<void> {
  try {
    settings.value = await loadSettings(await database());
  } catch {
    // Defaults keep the app usable; the storage notice explains what went wrong.
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const next = { ...settings.value, ...patch };
  settings.value = next;
  await saveSettings(await database(), next);
}
