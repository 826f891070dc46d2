// Records as the app saves them, for a Thursday evening in Berlin (night 2026-03-05).

export const BERLIN_EVENING = new Date('2026-03-05T21:30:00+01:00');

/** A Bedtime stretch finished at 21:10 Berlin time on the night of `night` (a March date). */
export function sessionOn(night: string) {
  const completedAt = Date.parse(`${night}T21:10:00+01:00`);
  return {
    id: `bedtime-stretch@${completedAt - 420_000}`,
    routineId: 'bedtime-stretch',
    routineName: 'Bedtime stretch',
    startedAt: completedAt - 420_000,
    completedAt,
    utcOffsetMinutes: 60,
    night,
    stepsDone: ['wall-calf-left', 'wall-calf-right'],
    stepsSkipped: [],
    durationMs: 420_000,
    counted: true,
    heldSeconds: 210,
    countedNight: night,
  };
}

/** A left-calf cramp at 02:00 Berlin time, counted for the night before. */
export function crampOn(night: string, severity = 3) {
  const day = Number(night.slice(-2)) + 1;
  const at = Date.parse(`${night.slice(0, 8)}${String(day).padStart(2, '0')}T02:00:00+01:00`);
  return {
    id: `cramp-${at + 60_000}-abc`,
    at,
    loggedAt: at + 60_000,
    utcOffsetMinutes: 60,
    night,
    leg: 'left',
    muscle: 'calf',
    severity,
    note: '',
  };
}
