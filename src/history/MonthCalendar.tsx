import { addMonths, type MonthKey, monthGrid } from '../engine/calendar';
import type { NightKey } from '../engine/night';
import { monthName, nightName, plural, weekdayNames } from '../ui/format';

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
  const parts = [
    sessions > 0 ? 'stretched' : 'not stretched',
    ...(cramps > 0 ? [plural(cramps, 'cramp')] : []),
  ];
  return `${nightName(night)}${tonight ? ' (tonight)' : ''}: ${parts.join(', ')}`;
}

/** A month of nights: a filled circle for a night stretched, a small mark for a cramp night. */
export function MonthCalendar(props: Props) {
  const { month, stretched, cramps, tonight } = props;
  const weekdays = weekdayNames();
  return (
    <section class="card calendar" aria-labelledby="calendar-title">
      <div class="month-nav">
        <button
          type="button"
          aria-label="Previous month"
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
          aria-label="Next month"
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
          {monthGrid(month).map((week) => (
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
          <span class="swatch stretched" aria-hidden="true" /> Stretched
        </li>
        <li>
          <span class="swatch cramp" aria-hidden="true" /> Cramp
        </li>
        <li>
          <span class="swatch tonight" aria-hidden="true" /> Tonight
        </li>
      </ul>
    </section>
  );
}
