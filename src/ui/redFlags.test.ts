import { describe, expect, it } from 'vitest';
import { doctorVisitSuggested } from '../engine/cramp';
import { RED_FLAG_TIERS, RED_FLAGS } from './redFlags';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10);
const cramps = (daysAgo: number[]) =>
  daysAgo.map((days) => ({ at: NOW - days * DAY, loggedAt: NOW }));

describe('the warning signs', () => {
  it('come in three tiers, most urgent first', () => {
    expect(RED_FLAG_TIERS.map((tier) => RED_FLAGS[tier].title)).toEqual([
      'Now: call your local emergency number',
      'Today: see a doctor',
      'Book an appointment',
    ]);
  });

  it('name no one country’s emergency number', () => {
    const now = RED_FLAGS.now;
    expect([now.title, now.lead, ...now.signs].join(' ')).not.toMatch(/\d/);
  });

  it('say "three or more cramps in a week", the same rule that raises the doctor card', () => {
    expect(RED_FLAGS.book.signs[0]).toContain('three or more cramps in a week');
    expect(doctorVisitSuggested(cramps([0, 3, 6]), NOW, null)).toBe(true);
    expect(doctorVisitSuggested(cramps([0, 3, 8]), NOW, null)).toBe(false);
  });

  it('never suggest rubbing a swollen, red or warm calf', () => {
    const clot = RED_FLAGS.today.signs.find((sign) => sign.includes('swollen'));
    expect(clot).toMatch(/do not rub or massage/);
  });
});
