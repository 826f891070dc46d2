import { useEffect, useState } from 'preact/hooks';
import { isEveningWindow } from '../engine/bedtime';
import { settings } from '../settings/settings';
import { clock } from '../shell/services';

const MINUTE_MS = 60_000;
/** From midnight until 6 am, a person opening the app is more likely woken by a cramp. */
const SMALL_HOURS_END_MINUTES = 6 * 60;

export interface TimeOfNight {
  /** Inside the evening window before bedtime. */
  evening: boolean;
  /** Between midnight and 6 am. */
  smallHours: boolean;
}

/** Where the clock stands in the night, re-checked at the start of every minute. */
export function useTimeOfNight(): TimeOfNight {
  const [now, setNow] = useState(() => clock.now());
  useEffect(
    () => clock.at((Math.floor(now / MINUTE_MS) + 1) * MINUTE_MS, () => setNow(clock.now())),
    [now],
  );
  const local = new Date(now);
  const minutes = local.getHours() * 60 + local.getMinutes();
  const { bedtime, cutoffHour } = settings.value;
  return {
    evening: isEveningWindow(minutes, bedtime, cutoffHour),
    smallHours: minutes < SMALL_HOURS_END_MINUTES,
  };
}
