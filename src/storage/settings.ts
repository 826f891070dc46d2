import { isTimeOfDay } from '../engine/bedtime';
import { isLanguage } from '../engine/languages';
import type { NightstretchDb } from './db';

export type Theme = 'night' | 'red' | 'light' | 'system';

/** Every preference, with the defaults a new person gets. */
export interface Settings {
  /** Overrides every hold, in seconds (15–60); null keeps each routine's own holds. */
  holdSeconds: number | null;
  /** Overrides repetitions per leg (1–3); null keeps each routine's own. */
  repetitions: number | null;
  readySeconds: number;
  restSeconds: number;
  firstSide: 'left' | 'right';
  sound: boolean;
  /** 0..1 */
  volume: number;
  /** Cues mix with the person's music instead of pausing it (iPhone: the silent switch then mutes them). */
  playOverMusic: boolean;
  speech: boolean;
  voiceURI: string | null;
  speechRate: number;
  vibration: boolean;
  keepAwake: boolean;
  /** Hour (0–11) before which a completion still counts for the previous night. */
  cutoffHour: number;
  theme: Theme;
  /** Bedtime as "HH:MM" local time, for the calendar reminder and Home's greeting; null if unset. */
  bedtime: string | null;
  /** The app's language, chosen in Settings; null follows the phone's languages. */
  language: string | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  holdSeconds: null,
  repetitions: null,
  readySeconds: 8,
  restSeconds: 5,
  firstSide: 'left',
  sound: true,
  volume: 0.6,
  playOverMusic: false,
  speech: true,
  voiceURI: null,
  speechRate: 0.9,
  vibration: true,
  keepAwake: true,
  cutoffHour: 4,
  theme: 'night',
  bedtime: null,
  language: null,
});

const SETTINGS_KEY = 'settings';

const intIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const numberIn = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isBoolean = (value: unknown) => typeof value === 'boolean';
const oneOf =
  (...options: readonly unknown[]) =>
  (value: unknown) =>
    options.includes(value);
const orNull = (check: (value: unknown) => boolean) => (value: unknown) =>
  value === null || check(value);

/** What a stored value must look like to be used; anything else falls back to the default. */
const VALID: { [K in keyof Settings]: (value: unknown) => boolean } = {
  holdSeconds: orNull(intIn(15, 60)),
  repetitions: orNull(intIn(1, 3)),
  readySeconds: intIn(3, 30),
  restSeconds: intIn(0, 30),
  firstSide: oneOf('left', 'right'),
  sound: isBoolean,
  volume: numberIn(0, 1),
  playOverMusic: isBoolean,
  speech: isBoolean,
  voiceURI: orNull((value) => typeof value === 'string'),
  speechRate: numberIn(0.5, 1.5),
  vibration: isBoolean,
  keepAwake: isBoolean,
  cutoffHour: intIn(0, 11),
  theme: oneOf('night', 'red', 'light', 'system'),
  bedtime: orNull(isTimeOfDay),
  language: orNull((value) => typeof value === 'string' && isLanguage(value)),
};

/** Keeps each stored field that is valid and fills the rest from the defaults. */
export function normalizeSettings(stored: unknown): Settings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(VALID) as (keyof Settings)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (value !== undefined && VALID[key](value)) result[key] = value;
    }
  }
  return result as unknown as Settings;
}

export function isValidSetting<K extends keyof Settings>(
  key: K,
  value: unknown,
): value is Settings[K] {
  return VALID[key](value);
}

export async function loadSettings(db: NightstretchDb): Promise<Settings> {
  return normalizeSettings(await db.get('keyval', SETTINGS_KEY));
}

export async function saveSettings(db: NightstretchDb, settings: Settings): Promise<void> {
  await db.put('keyval', normalizeSettings(settings), SETTINGS_KEY);
}

/**
 * Writes only the fields in `patch`, over what is stored now (read in the same transaction), so
 * a tab that has not heard of another tab's change never writes its stale copy back.
 * Returns the settings as stored afterwards.
 */
export async function saveSettingsFields(
  db: NightstretchDb,
  patch: Partial<Settings>,
): Promise<Settings> {
  const transaction = db.transaction('keyval', 'readwrite');
  const store = transaction.store;
  const stored = await store.get(SETTINGS_KEY);
  const changed: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (key in VALID && isValidSetting(key, patch[key])) changed[key] = patch[key];
  }
  const merged = normalizeSettings({ ...normalizeSettings(stored), ...changed });
  await store.put(merged, SETTINGS_KEY);
  await transaction.done;
  return merged;
}
