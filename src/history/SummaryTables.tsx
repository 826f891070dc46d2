import type { DoctorSummary as Summary } from '../engine/doctorSummary';
import { t } from '../i18n/i18n';
import { monthName } from '../ui/format';
import { decimal, shortDate, wholeDate } from './insightsText';

// The doctor summary's counts: a row a week, or a row a month over half a year. Each fits a
// phone in every language, and scrolls sideways rather than clipping where it cannot.

export function WeekTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">{t('insights.weeksHeading')}</h2>
      <div class="table-scroll" tabIndex={0} role="group" aria-labelledby="summary-weeks">
        <table class="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('insights.colWeek')}</th>
              <th scope="col">{t('insights.colNightsStretched')}</th>
              <th scope="col">{t('insights.colCramps')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.weeks.map((week) => (
              <tr key={week.from}>
                <th scope="row" class="week-span">
                  {t('insights.weekSpan', {
                    from: wholeDate(shortDate(week.from)),
                    to: wholeDate(shortDate(week.to)),
                  })}
                </th>
                <td>
                  {t('insights.stretchedOf', { stretched: week.stretched, nights: week.nights })}
                </td>
                <td>{week.cramps}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Over half a year, a row a week is too long to read: a row a month, with the weekly average. */
export function MonthTable({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="summary-weeks">
      <h2 id="summary-weeks">{t('insights.monthsHeading')}</h2>
      <div class="table-scroll" tabIndex={0} role="group" aria-labelledby="summary-weeks">
        <table class="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('insights.colMonth')}</th>
              <th scope="col">{t('insights.colNightsStretched')}</th>
              <th scope="col">{t('insights.colPerWeek')}</th>
              <th scope="col">{t('insights.colCramps')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
