import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNightstretchDb } from './db';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings } from './settings';

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
