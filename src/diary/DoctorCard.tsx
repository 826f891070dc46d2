import { useState } from 'preact/hooks';
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
      <h2 id="doctor-card-title">A doctor could help</h2>
      <p>
        Three cramps in a week is worth a word with a doctor or nurse. They can look for a cause,
        such as a medicine or low minerals.
      </p>
      <p>To take your diary along: in History, under "Your data", save it as a spreadsheet.</p>
      <RedFlags />
      <p class="muted">Nightstretch helps you stretch. It cannot tell what causes your cramps.</p>
      <button
        type="button"
        onClick={() => {
          setHidden(true);
          void dismissDoctorCardNow().catch(() => {});
          onDismissed?.();
        }}
      >
        Got it, hide this
      </button>
    </section>
  );
}
