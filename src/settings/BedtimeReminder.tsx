import { useEffect, useRef, useState } from 'preact/hooks';
import { isTimeOfDay } from '../engine/bedtime';
import { localUtcOffsetMinutes, nightKeyFor } from '../engine/night';
import { bedtimeCalendar } from '../engine/reminderIcs';
import { language, type MessageKey, t } from '../i18n/i18n';
import { downloadText } from '../platform/download';
import { clock } from '../shell/services';
import { FieldGroup } from '../ui/fields';
import { bedtimeReminderId, settings, updateSettings } from './settings';

/** Bedtime, and a calendar file whose daily alarm reminds the person even offline. */
export function BedtimeReminder() {
  const bedtime = settings.value.bedtime;
  // A key and its values, worded where it shows, so a change of language re-words it.
  const [message, setMessage] = useState<{ key: MessageKey; time?: string } | null>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  const [reminderId, setReminderId] = useState<string | null>(null);
  // Read ahead, so the download still happens inside the tap.
  useEffect(() => {
    bedtimeReminderId().then(setReminderId, (error: unknown) =>
      console.error('Nightstretch: the reminder id could not be kept', error),
    );
  }, []);

  const downloadReminder = () => {
    if (!bedtime) {
      setMessage({ key: 'settings.chooseBedtimeFirst' });
      timeInput.current?.focus();
      return;
    }
    if (!reminderId) {
      setMessage({ key: 'settings.reminderCannotSave' });
      return;
    }
    const now = clock.now();
    downloadText(
      'nightstretch-bedtime.ics',
      bedtimeCalendar({
        time: bedtime,
        firstDate: nightKeyFor(now, localUtcOffsetMinutes(now), 0),
        createdAt: now,
        reminderId,
        title: t('settings.reminderTitle'),
        description: t('settings.reminderDescription'),
        language: language.value,
      }),
      'text/calendar',
    );
    setMessage({ key: 'settings.reminderOpenFile', time: bedtime });
  };

  return (
    <FieldGroup title={t('settings.bedtimeTitle')}>
      <p class="hint">{t('settings.bedtimeHint')}</p>
      <div class="field">
        <label for="bedtime">{t('settings.bedtime')}</label>
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
        {t('settings.remindMe')}
      </button>
      <p class="hint" role="status">
        {message && t(message.key, message.time === undefined ? undefined : { time: message.time })}
      </p>
    </FieldGroup>
  );
}
