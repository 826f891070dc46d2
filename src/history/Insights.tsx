import { useEffect } from 'preact/hooks';
import { HoursChart, HoursTable } from './HoursChart';
import type { Insights } from './insightsData';
import {
  comparisonSentence,
  peakHourSentence,
  RATES_CAVEAT,
  RATES_WAITING,
  rateLines,
} from './insightsText';
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
      <h2 id="insights-title">Is it helping?</h2>
      {!insights ? (
        <p class="muted">Counting your weeks…</p>
      ) : (
        <>
          <p class="insight-sentence">{comparisonSentence(insights.comparison)}</p>
          {insights.comparison.kind === 'compare' && (
            <>
              <figure class="chart-figure">
                <WeekChart weeks={insights.weeks} />
                <figcaption>
                  <span class="key">
                    <span class="swatch bar" aria-hidden="true" /> Nights stretched that week (of 7)
                  </span>
                  <span class="key">
                    <span class="swatch cramp" aria-hidden="true" /> A cramp
                  </span>
                </figcaption>
              </figure>
              <details class="chart-numbers">
                <summary>Show the numbers</summary>
                <WeekTable weeks={insights.weeks} />
              </details>
            </>
          )}

          <h3>Cramps after stretched and other nights</h3>
          {insights.rates.enough ? (
            <>
              <ul class="rates">
                <li>{rateLines(insights.rates).stretched}</li>
                <li>{rateLines(insights.rates).other}</li>
              </ul>
              <p class="muted">{RATES_CAVEAT}</p>
            </>
          ) : (
            <p class="muted">{RATES_WAITING}</p>
          )}

          <h3>When cramps strike</h3>
          <p>{peakHourSentence(insights.hours)}</p>
          {insights.cramps > 0 && (
            <>
              <figure class="chart-figure">
                <HoursChart hours={insights.hours} />
              </figure>
              <details class="chart-numbers">
                <summary>Show the numbers</summary>
                <HoursTable hours={insights.hours} />
              </details>
              <p class="muted">
                Knowing when they tend to come may help you choose when to stretch.
              </p>
            </>
          )}
          <a class="button" href="#/history/summary">
            Summary for your doctor
          </a>
        </>
      )}
    </section>
  );
}
