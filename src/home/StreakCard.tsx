import { t, tParts } from '../i18n/i18n';
import { storageProblem } from '../shell/database';
import { streak } from '../shell/services';

function InARow({ count }: { count: number }) {
  return (
    <p class="streak-number">
      {tParts('home.streakInARow', { count }, { number: <strong>{count}</strong> })}
    </p>
  );
}

/** The streak: one quiet line until there is a streak, then the big number. */
export function StreakCard() {
  const summary = streak.value;
  if (summary === null || summary.current === 0) {
    return (
      <section class="card streak streak-small" aria-labelledby="streak-title">
        <h2 id="streak-title">{t('home.streakTitle')}</h2>
        <p class="muted">
          {summary
            ? t('home.streakNone', { lastSeven: summary.lastSevenNights, best: summary.best })
            : storageProblem.value
              ? t('home.streakUnreadable')
              : t('home.streakLoading')}
        </p>
      </section>
    );
  }
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">{t('home.streakTitle')}</h2>
      <InARow count={summary.current} />
      <p class="muted">
        {t('home.streakWeek', { lastSeven: summary.lastSevenNights, best: summary.best })}
      </p>
      {summary.doneTonight && <p class="done-tonight">{t('home.doneTonight')}</p>}
    </section>
  );
}
