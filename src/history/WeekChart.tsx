import { CHART_WEEKS, type WeekColumn } from '../engine/insights';
import { t } from '../i18n/i18n';
import { shortDate } from './insightsText';

// Drawn by hand: twelve bars and a few dots are under a hundred lines, where a chart library
// would add tens of kilobytes. Colours come from the theme's variables (history.css).

const WIDTH = 320;
const BASELINE = 92;
const BAR_TOP = 12;
const BAR_WIDTH = 16;
const DOT_GAP = 9;
const MAX_DOTS = 4;

function CrampDots({ x, cramps }: { x: number; cramps: number }) {
  if (cramps === 0) return null;
  const dots = cramps > MAX_DOTS ? MAX_DOTS - 1 : cramps;
  return (
    <g class="chart-cramp">
      {Array.from({ length: dots }, (_, index) => (
        // A diamond, as on the calendar.
        <rect
          key={index}
          x={x - 3}
          y={BASELINE + 7 + index * DOT_GAP}
          width={6}
          height={6}
          transform={`rotate(45 ${x} ${BASELINE + 10 + index * DOT_GAP})`}
        />
      ))}
      {cramps > MAX_DOTS && (
        <text x={x} y={BASELINE + 14 + dots * DOT_GAP} text-anchor="middle">
          +{cramps - dots}
        </text>
      )}
    </g>
  );
}

export function WeekChart({ weeks }: { weeks: readonly WeekColumn[] }) {
  const column = WIDTH / weeks.length;
  const perNight = (BASELINE - BAR_TOP) / 7;
  return (
    <svg
      class="chart week-chart"
      viewBox={`0 0 ${WIDTH} 150`}
      role="img"
      aria-label={t('insights.weekChartName', { weeks: CHART_WEEKS })}
    >
      <line class="chart-grid" x1={0} x2={WIDTH} y1={BAR_TOP} y2={BAR_TOP} />
      <text class="chart-label" x={WIDTH} y={BAR_TOP - 3} text-anchor="end">
        {t('insights.weekChartTop', { nights: 7 })}
      </text>
      <line class="chart-axis" x1={0} x2={WIDTH} y1={BASELINE} y2={BASELINE} />
      {weeks.map((week, index) => {
        const x = column * index + column / 2;
        const height = week.stretched * perNight;
        return (
          <g key={week.start}>
            {height > 0 && (
              <rect
                class="chart-bar"
                x={x - BAR_WIDTH / 2}
                y={BASELINE - height}
                width={BAR_WIDTH}
                height={height}
                rx={3}
              />
            )}
            <CrampDots x={x} cramps={week.cramps} />
            {index % 4 === 0 && (
              <text class="chart-label" x={x - column / 2 + 2} y={146}>
                {shortDate(week.start)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function WeekTable({ weeks }: { weeks: readonly WeekColumn[] }) {
  return (
    <table class="chart-table">
      <caption>{t('insights.weekTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.colWeekFrom')}</th>
          <th scope="col">{t('insights.colNightsStretched')}</th>
          <th scope="col">{t('insights.colCramps')}</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.start}>
            <th scope="row" class="week-start">
              {shortDate(week.start)}
            </th>
            <td>
              {week.nights === 0
                ? t('insights.noNights')
                : t('insights.stretchedOf', { stretched: week.stretched, nights: week.nights })}
            </td>
            <td>{week.nights === 0 ? t('insights.noNights') : week.cramps}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
