import type { ComponentChildren } from 'preact';
import type { DoctorSummary as Summary } from '../engine/doctorSummary';
import { t } from '../i18n/i18n';
import { monthName } from '../ui/format';
import { decimal, shortDate, wholeDate } from './insightsText';

// The doctor summary's counts: a row a week, or a row a month over half a year. Each fits a
// phone in every language, and scrolls sideways rather than clipping where it cannot.

/** A summary table under its heading: column headings, then rows, scrolling sideways if need be. */
export function ScrollingTable({
  labelledBy,
  extraClass,
  columns,
  children,
}: {
  labelledBy: string;
  extraClass?: string;
  columns: string[];
  children: ComponentChildren;
}) {
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-labelledby={labelledBy}>
      <table class={extraClass ? `summary-table ${extraClass}` : 'summary-table'}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function WeekTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">{t('insights.weeksHeading')}</h2>
      <ScrollingTable
        labelledBy="summary-weeks"
        columns={[t('insights.colWeek'), t('insights.colNightsStretched'), t('insights.colCramps')]}
      >
        {summary.weeks.map((week) => (
          <tr key={week.from}>
            <th scope="row" class="week-span">
              {t('insights.weekSpan', {
                from: wholeDate(shortDate(week.from)),
                to: wholeDate(shortDate(week.to)),
              })}
            </th>
            <td>{t('insights.stretchedOf', { stretched: week.stretched, nights: week.nights })}</td>
            <td>{week.cramps}</td>
          </tr>
        ))}
      </ScrollingTable>
    </section>
  );
}

/** Over half a year, a row a week is too long to read: a row a month, with the weekly average. */
export function MonthTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">{t('insights.monthsHeading')}</h2>
      <ScrollingTable
        labelledBy="summary-weeks"
        columns={[
          t('insights.colMonth'),
          t('insights.colNightsStretched'),
          t('insights.colPerWeek'),
          t('insights.colCramps'),
        ]}
      >
        {summary.months.map((month) => (
          <tr key={month.from}>
            <th scope="row">{monthName(month.from.slice(0, 7))}</th>
            <td>
              {t('insights.stretchedOf', { stretched: month.stretched, nights: month.nights })}
            </td>
            <td>{decimal((month.stretched / month.nights) * 7)}</td>
            <td>{month.cramps}</td>
          </tr>
        ))}
      </ScrollingTable>
    </section>
  );
}
