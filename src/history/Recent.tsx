import { isPartial } from '../engine/completionRecord';
import { t } from '../i18n/i18n';
import { localTime } from '../ui/format';
import type { CompletionRecord, CrampRecord } from './history';
import type { Removed } from './records';
import { routineNameNow } from './routineName';

const SHOWN = 10;

/** `completions` newest first. */
export function RecentSessions(props: {
  completions: readonly CompletionRecord[];
  onDelete: (removed: Removed) => void;
}) {
  const recent = props.completions.slice(0, SHOWN);
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('history.recentTitle')}</h2>
      {recent.length === 0 ? (
        <p class="muted">{t('history.recentEmpty')}</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => {
            const when = localTime(record.completedAt, record.utcOffsetMinutes);
            const partial = isPartial(record);
            const name = routineNameNow(record.routineId, record.routineName);
            return (
              <li key={record.id}>
                <strong>{partial ? t('history.sessionPartial', { name }) : name}</strong>
                <span class="muted">
                  {t('history.sessionDetails', {
                    when,
                    minutes: Math.max(1, Math.round(record.durationMs / 60_000)),
                    skipped: record.stepsSkipped.length,
                    partial: partial ? 'yes' : 'no',
                  })}
                </span>
                <div class="entry-actions">
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('history.deleteSession', { name, when })}
                    onClick={() => props.onDelete({ kind: 'session', record })}
                  >
                    {t('history.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** `cramps` newest first. */
export function RecentCramps(props: {
  cramps: readonly CrampRecord[];
  onDelete: (removed: Removed) => void;
}) {
  const recent = props.cramps.slice(0, SHOWN);
  return (
    <section aria-labelledby="cramps-title">
      <h2 id="cramps-title">{t('history.crampsTitle')}</h2>
      {recent.length === 0 ? (
        <p class="muted">{t('history.crampsEmpty')}</p>
      ) : (
        <ul class="entries">
          {recent.map((record) => {
            const when = localTime(record.at, record.utcOffsetMinutes);
            return (
              <li key={record.id}>
                <strong>
                  {t('history.crampLine', {
                    leg: record.leg,
                    muscle: record.muscle,
                    severity: record.severity,
                  })}
                </strong>
                <span class="muted">{when}</span>
                {/* The person's own words, in whatever language they wrote them. */}
                {record.note && (
                  <span class="note" data-own-words>
                    {record.note}
                  </span>
                )}
                <div class="entry-actions">
                  <a
                    class="button quiet"
                    href={`#/cramp/${encodeURIComponent(record.id)}`}
                    aria-label={t('history.changeCramp', { when })}
                  >
                    {t('history.change')}
                  </a>
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('history.deleteCramp', { when })}
                    onClick={() => props.onDelete({ kind: 'cramp', record })}
                  >
                    {t('history.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
