import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../engine/timeline';
import { awayText, describeAbsence } from './away';

const said = (...args: Parameters<typeof describeAbsence>) => {
  const absence = describeAbsence(...args);
  return absence && awayText(absence);
};

const timeline = buildTimeline({
  id: 'test',
  name: 'Test',
  summary: '',
  order: 1,
  steps: [
    {
      id: 'calf-left',
      name: 'Wall calf stretch',
      instruction: 'Lean in.',
      side: 'left',
      holdSeconds: 30,
      repetitions: 1,
      illustration: 'wall-calf',
    },
    {
      id: 'calf-right',
      name: 'Wall calf stretch',
      instruction: 'Lean in.',
      side: 'right',
      holdSeconds: 30,
      repetitions: 2,
      illustration: 'wall-calf',
    },
    {
      id: 'ankles',
      name: 'Ankle circles',
      instruction: 'Circle.',
      side: 'both',
      holdSeconds: 40,
      repetitions: 1,
      illustration: 'ankle-circles',
    },
  ],
});

describe('describeAbsence', () => {
  it('says which leg is done and which is now', () => {
    // 0 ready, 1 hold left, 2 switch, 3 hold right, 4 rest, 5 hold right, 6 ready, 7 hold ankles
    expect(said(timeline, 1, 3, 70_000)).toBe('You were away 1 min: left leg done, now the right.');
  });

  it('names the stretches when the stretch changed', () => {
    expect(said(timeline, 3, 7, 120_000)).toBe(
      'You were away 2 min: Wall calf stretch done, now Ankle circles.',
    );
  });

  it('says the stretch went on within one stretch, in seconds when under a minute', () => {
    expect(said(timeline, 3, 5, 25_000)).toBe(
      'You were away 25 sec: Wall calf stretch went on without you.',
    );
  });

  it('says nothing when nothing went by', () => {
    expect(said(timeline, 3, 3, 90_000)).toBeNull();
  });
});
