import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { buildTimeline } from '../engine/timeline';
import { upNextText } from './upNext';

const timeline = buildTimeline(twoStretches);

describe('upNextText', () => {
  it('says what follows each segment', () => {
    expect(upNextText(timeline, 0)).toBe('Next: hold for 30 seconds');
    expect(upNextText(timeline, 1)).toBe('Next: a short rest, then hold 2 of 2');
    expect(upNextText(timeline, 3)).toBe('Next: switch to the right leg');
    expect(upNextText(timeline, 7)).toBe('Next: Ankle circles, both legs');
    expect(upNextText(timeline, 9)).toBe('Last one, then you are done.');
  });
});
