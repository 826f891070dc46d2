import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNightstretchDb } from './db';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  saveSettings,
  saveSettingsFields,
} from './settings';

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    const db = await openNightstretchDb({ name: 'settings-empty' });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces broken ones with defaults', () => {
    const settings = normalizeSettings({
      volume: 0.2,
      holdSeconds: 500,
      theme: 'neon',
      cutoffHour: 3,
      bedtime: '9pm',
    });
    expect(settings.volume).toBe(0.2);
    expect(settings.holdSeconds).toBeNull();
    expect(settings.theme).toBe('night');
    expect(settings.cutoffHour).toBe(3);
    expect(settings.bedtime).toBeNull();
    expect(normalizeSettings({ bedtime: '21:30' }).bedtime).toBe('21:30');
  });

  it('round-trips through the database', async () => {
    const db = await openNightstretchDb({ name: 'settings-roundtrip' });
    await saveSettings(db, { ...DEFAULT_SETTINGS, speech: false, holdSeconds: 45 });
    expect(await loadSettings(db)).toMatchObject({ speech: false, holdSeconds: 45 });
  });
});

describe('saving settings field by field', () => {
  it('writes only the changed fields, so a stale copy never undoes another tab’s change', async () => {
    const db = await openNightstretchDb({ name: 'settings-fields' });
    await saveSettingsFields(db, { theme: 'red' });
    // A tab that still believes the theme is "night" changes only the volume.
    const stored = await saveSettingsFields(db, { volume: 0.3 });
    expect(stored).toMatchObject({ theme: 'red', volume: 0.3 });
    expect(await loadSettings(db)).toMatchObject({ theme: 'red', volume: 0.3 });
  });

  it('ignores an invalid or unknown field and keeps the stored value', async () => {
    const db = await openNightstretchDb({ name: 'settings-fields-bad' });
    await saveSettingsFields(db, { volume: 0.2 });
    await saveSettingsFields(db, { volume: 7, colour: 'blue' } as never);
    const stored = (await db.get('keyval', 'settings')) as Record<string, unknown>;
    expect(stored.volume).toBe(0.2);
    expect('colour' in stored).toBe(false);
  });
});
