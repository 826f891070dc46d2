import { HOURS_NOON_TO_NOON } from '../engine/insights';
import { t } from '../i18n/i18n';
import { hourName, hourSpan } from './insightsText';

const WIDTH = 320;
const BASELINE = 70;
const TOP = 8;

/** 24 columns, noon to noon, so the night sits in the middle in one piece. */
export function HoursChart({ hours }: { hours: readonly number[] }) {
  const column = WIDTH / 24;
  const most = Math.max(1, ...hours);
  return (
    <svg
      class="chart hours-chart"
      viewBox={`0 0 ${WIDTH} 90`}
      role="img"
      aria-label={t('insights.hoursChartName')}
    >
      <line class="chart-axis" x1={0} x2={WIDTH} y1={BASELINE} y2={BASELINE} />
      {HOURS_NOON_TO_NOON.map((hour, index) => {
        const count = hours[hour] ?? 0;
        const height = (count / most) * (BASELINE - TOP);
        const x = index * column;
        return (
          <g key={hour}>
            {count > 0 && (
              <rect
                class="chart-hour"
                x={x + 2}
                y={BASELINE - height}
                width={column - 4}
                height={height}
                rx={2}
              />
            )}
            {index % 6 === 0 && (
              <text class="chart-label" x={x + 1} y={86}>
                {hourName(hour)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function HoursTable({ hours }: { hours: readonly number[] }) {
  const struck = HOURS_NOON_TO_NOON.filter((hour) => (hours[hour] ?? 0) > 0);
  return (
    <table class="chart-table">
      <caption>{t('insights.hoursTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.colHour')}</th>
          <th scope="col">{t('insights.colCramps')}</th>
        </tr>
      </thead>
      <tbody>
        {struck.map((hour) => (
          <tr key={hour}>
            <th scope="row">{hourSpan(hour)}</th>
            <td>{hours[hour]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
