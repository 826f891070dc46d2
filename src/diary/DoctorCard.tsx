import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { RedFlags } from '../ui/RedFlags';
import { dismissDoctorCardNow } from './diary';

/**
 * Shown once per cluster of three cramps in seven days. It points to a clinician; it does not
 * guess at a cause. Wording is ours, from the facts in shared/seeds.
 */
export function DoctorCard({ onDismissed }: { onDismissed?: () => void }) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <section class="card doctor-card" aria-labelledby="doctor-card-title">
      <h2 id="doctor-card-title">{t('diary.doctorTitle')}</h2>
      <p>{t('diary.doctorWhy')}</p>
      <p>{t('diary.doctorTakeAlong')}</p>
      <RedFlags />
      <p class="muted">{t('diary.doctorNoDiagnosis')}</p>
      <button
        type="button"
        onClick={() => {
          setHidden(true);
          void dismissDoctorCardNow().catch(() => {});
          onDismissed?.();
        }}
      >
        {t('diary.doctorDismiss')}
      </button>
    </section>
  );
}
