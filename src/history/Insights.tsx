import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { HoursChart, HoursTable } from './HoursChart';
import type { Insights } from './insightsData';
import { comparisonSentence, peakHourSentence, rateLines, ratesWaiting } from './insightsText';
import { WeekChart, WeekTable } from './WeekChart';

/**
 * "Is it helping?": twelve weeks of stretched nights and cramps, the before/after sentence,
 * cramps after stretched and other nights, and the hours cramps strike. History reads the data
 * (after its first screenful, before the totals); null while it is on its way.
 */
export function InsightsSection({ insights }: { insights: Insights | null }) {
  useEffect(() => {
    if (insights) performance.mark('nightstretch:history-insights');
  }, [insights]);

  return (
    <section class="card insights" aria-labelledby="insights-title">
      <h2 id="insights-title">{t('insights.title')}</h2>
      {!insights ? (
        <p class="muted">{t('insights.counting')}</p>
      ) : (
        <>
          <p class="insight-sentence">{comparisonSentence(insights.comparison)}</p>
          {insights.comparison.kind === 'compare' && (
            <>
              <figure class="chart-figure">
                <WeekChart weeks={insights.weeks} />
                <figcaption>
                  <span class="key">
                    <span class="swatch bar" aria-hidden="true" /> {t('insights.keyBar')}
                  </span>
                  <span class="key">
                    <span class="swatch cramp" aria-hidden="true" /> {t('insights.keyCramp')}
                  </span>
                </figcaption>
              </figure>
              <details class="chart-numbers">
                <summary>{t('insights.showNumbers')}</summary>
                <WeekTable weeks={insights.weeks} />
              </details>
            </>
          )}

          <h3>{t('insights.ratesTitle')}</h3>
          {insights.rates.enough ? (
            <>
              <ul class="rates">
                <li>{rateLines(insights.rates).stretched}</li>
                <li>{rateLines(insights.rates).other}</li>
              </ul>
              <p class="muted">{t('insights.ratesCaveat')}</p>
            </>
          ) : (
            <p class="muted">{ratesWaiting()}</p>
          )}

          <h3>{t('insights.hoursTitle')}</h3>
          <p>{peakHourSentence(insights.hours)}</p>
          {insights.cramps > 0 && (
            <>
              <figure class="chart-figure">
                <HoursChart hours={insights.hours} />
              </figure>
              <details class="chart-numbers">
                <summary>{t('insights.showNumbers')}</summary>
                <HoursTable hours={insights.hours} />
              </details>
              <p class="muted">{t('insights.hoursHelp')}</p>
            </>
          )}
          <a class="button" href="#/history/summary">
            {t('insights.summaryLink')}
          </a>
        </>
      )}
    </section>
  );
}
