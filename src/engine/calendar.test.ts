import { describe, expect, it } from 'vitest';
import { addMonths, countByNight, monthGrid, monthOf } from './calendar';

describe('month calendar', () => {
  it('lays March 2026 out from Monday (1 March is a Sunday)', () => {
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks[5]).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('lays March 2026 out from Monday when asked for Monday (1)', () => {
    expect(monthGrid('2026-03', 1)).toEqual(monthGrid('2026-03'));
  });

  it('lays March 2026 out from Sunday (7): 1 March opens the first week', () => {
    const weeks = monthGrid('2026-03', 7);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    expect(weeks[4]).toEqual(['2026-03-29', '2026-03-30', '2026-03-31', null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('lays a month starting on Monday out from Sunday with one blank first', () => {
    // 1 June 2026 is a Monday.
    expect(monthGrid('2026-06', 1)[0]?.[0]).toBe('2026-06-01');
    expect(monthGrid('2026-06', 7)[0]?.slice(0, 2)).toEqual([null, '2026-06-01']);
    // From Saturday (6): Sat, Sun blank, then Monday the 1st.
    expect(monthGrid('2026-06', 6)[0]?.slice(0, 3)).toEqual([null, null, '2026-06-01']);
  });

  it('knows leap Februaries', () => {
    expect(monthGrid('2028-02').flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid('2026-02').flat().filter(Boolean)).toHaveLength(28);
  });

  it('steps across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -27)).toBe('2023-12');
    expect(monthOf('2026-03-05')).toBe('2026-03');
  });

  it('counts entries per night', () => {
    const counts = countByNight([{ night: 'a' }, { night: 'b' }, { night: 'a' }]);
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
