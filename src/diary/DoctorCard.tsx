import { useState } from 'preact/hooks';
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
        Three cramps in a week is worth a word with a doctor or nurse. They can look for causes such
        as a medicine or low minerals. Your diary can go along: in History, under "Your data", save
        it as a spreadsheet.
      </p>
      <h3>Book a visit if your cramps</h3>
      <ul>
        <li>come several times a week, or last a long time</li>
        <li>come with weakness in the muscle</li>
        <li>badly disturb your sleep or your days</li>
        <li>started suddenly, with no clear reason</li>
      </ul>
      <h3>Get help the same day if you notice</h3>
      <ul>
        <li>severe pain that stretching does not ease</li>
        <li>a swollen leg, or one calf that is red, warm or tender</li>
        <li>skin on the leg that looks different</li>
        <li>a leg that feels cold or looks pale or bluish</li>
      </ul>
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
