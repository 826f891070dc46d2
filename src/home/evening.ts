import { useEffect, useState } from 'preact/hooks';
import { isEveningWindow } from '../engine/bedtime';
import { settings } from '../settings/settings';
import { clock } from '../shell/services';

const MINUTE_MS = 60_000;

/** True inside the evening window, re-checked at the start of every minute. */
export function useEveningWindow(): boolean {
  const [now, setNow] = useState(() => clock.now());
  useEffect(
    () => clock.at((Math.floor(now / MINUTE_MS) + 1) * MINUTE_MS, () => setNow(clock.now())),
    [now],
  );
  const local = new Date(now);
  const { bedtime, cutoffHour } = settings.value;
  return isEveningWindow(local.getHours() * 60 + local.getMinutes(), bedtime, cutoffHour);
}
