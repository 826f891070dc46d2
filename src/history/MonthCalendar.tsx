import { addMonths, type MonthKey, monthGrid } from '../engine/calendar';
import type { NightKey } from '../engine/night';
import { t } from '../i18n/i18n';
import { firstWeekday, monthName, nightName, weekdayNames } from '../ui/format';

interface Props {
  month: MonthKey;
  onMonth(month: MonthKey): void;
  /** Sessions per night. */
  stretched: ReadonlyMap<NightKey, number>;
  /** Cramps per night. */
  cramps: ReadonlyMap<NightKey, number>;
  tonight: NightKey;
  earliest: MonthKey;
  latest: MonthKey;
}

function describeNight(night: NightKey, sessions: number, cramps: number, tonight: boolean) {
  return t('history.describeNight', {
    night: nightName(night),
    tonight: tonight ? 'yes' : 'no',
    stretched: sessions > 0 ? 'yes' : 'no',
    cramps,
  });
}

/** A month of nights: a filled circle for a night stretched, a small mark for a cramp night. */
export function MonthCalendar(props: Props) {
  const { month, stretched, cramps, tonight } = props;
  // The columns and the grid both start at the local first weekday (Sunday in the US and Brazil).
  const weekdays = weekdayNames();
  const weeks = monthGrid(month, firstWeekday());
  return (
    <section class="card calendar" aria-labelledby="calendar-title">
      <div class="month-nav">
        <button
          type="button"
          aria-label={t('history.previousMonth')}
          disabled={month <= props.earliest}
          onClick={() => props.onMonth(addMonths(month, -1))}
        >
          ‹
        </button>
        <h2 id="calendar-title" aria-live="polite">
          {monthName(month)}
        </h2>
        <button
          type="button"
          aria-label={t('history.nextMonth')}
          disabled={month >= props.latest}
          onClick={() => props.onMonth(addMonths(month, 1))}
        >
          ›
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.long} scope="col" abbr={day.long}>
                {day.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((night, index) => {
                if (!night) return <td key={`blank-${index}`} />;
                const sessions = stretched.get(night) ?? 0;
                const crampCount = cramps.get(night) ?? 0;
                const classes = [
                  'night',
                  sessions > 0 && 'stretched',
                  crampCount > 0 && 'cramp',
                  night === tonight && 'tonight',
                ].filter(Boolean);
                return (
                  <td key={night} class={classes.join(' ')}>
                    <span class="day" aria-hidden="true">
                      {Number(night.slice(8))}
                    </span>
                    {crampCount > 0 && <span class="cramp-mark" aria-hidden="true" />}
                    <span class="visually-hidden">
                      {describeNight(night, sessions, crampCount, night === tonight)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="legend">
        <li>
          <span class="swatch stretched" aria-hidden="true" /> {t('history.legendStretched')}
        </li>
        <li>
          <span class="swatch cramp" aria-hidden="true" /> {t('history.legendCramp')}
        </li>
        <li>
          <span class="swatch tonight" aria-hidden="true" /> {t('history.legendTonight')}
        </li>
      </ul>
    </section>
  );
}
