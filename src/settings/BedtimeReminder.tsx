import { useRef, useState } from 'preact/hooks';
import { isTimeOfDay } from '../engine/bedtime';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import { bedtimeCalendar } from '../engine/reminderIcs';
import { downloadText } from '../platform/download';
import { clock } from '../shell/services';
import { FieldGroup } from '../ui/fields';
import { settings, updateSettings } from './settings';

/** Bedtime, and a calendar file whose daily alarm reminds the person even offline. */
export function BedtimeReminder() {
  const bedtime = settings.value.bedtime;
  const [message, setMessage] = useState<string | null>(null);
  const timeInput = useRef<HTMLInputElement>(null);

  const downloadReminder = () => {
    if (!bedtime) {
      setMessage('Choose a bedtime first.');
      timeInput.current?.focus();
      return;
    }
    const now = clock.now();
    downloadText(
      'nightstretch-bedtime.ics',
      bedtimeCalendar({
        time: bedtime,
        firstDate: nightKeyFor(now, localUtcOffsetMinutes(now), 0),
        createdAt: now,
      }),
      'text/calendar',
    );
    setMessage(`Open the file to add a daily reminder at ${bedtime} to your calendar.`);
  };

  return (
    <FieldGroup title="Bedtime reminder">
      <p class="hint">
        From an hour before bedtime, Home says it is time for your stretch. For a reminder on your
        phone, add a daily alarm to your calendar: the calendar reminds you, even with no network.
      </p>
      <div class="field">
        <label for="bedtime">Bedtime</label>
        <input
          id="bedtime"
          ref={timeInput}
          type="time"
          value={bedtime ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setMessage(null);
            if (value === '') void updateSettings({ bedtime: null });
            else if (isTimeOfDay(value)) void updateSettings({ bedtime: value });
          }}
        />
      </div>
      <button type="button" onClick={downloadReminder}>
        Remind me at bedtime
      </button>
      <p class="hint" role="status">
        {message}
      </p>
    </FieldGroup>
  );
}
