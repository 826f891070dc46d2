import { findRoutine } from '../routines/routines';
import { startRoutine } from '../session/start';
import './Learn.css';

const CRAMP_RELIEF_ID = 'cramp-relief';

function CrampNow() {
  const crampRelief = findRoutine(CRAMP_RELIEF_ID);
  return (
    <section class="card" aria-labelledby="cramp-now">
      <h2 id="cramp-now">When a cramp strikes</h2>
      <ul class="plain-list">
        <li>
          Straighten the leg and pull your toes up toward your shin, by hand or with the sheet.
        </li>
        <li>Rub the hard, tight muscle firmly in small circles.</li>
        <li>Warmth helps it let go: a warm hand, a warm cloth or a warm shower.</li>
        <li>If you can, stand on that leg or walk a few slow steps.</li>
        <li>If the muscle is swollen afterwards, something cold can soothe it.</li>
      </ul>
      {crampRelief && (
        <button type="button" class="primary" onClick={() => startRoutine(crampRelief)}>
          Start {crampRelief.name}
        </button>
      )}
    </section>
  );
}

export function Learn() {
  return (
    <main class="screen learn">
      <header>
        <h1>Learn</h1>
        <p class="lede">Short, plain notes on night-time leg cramps.</p>
      </header>

      <CrampNow />

      <section class="card" aria-labelledby="prevent">
        <h2 id="prevent">Help prevent them</h2>
        <ul class="checklist">
          <li>Drink water through the day, not only in the evening.</li>
          <li>Keep the blankets loose, so they don't press your feet into a point.</li>
          <li>A pillow at the end of the bed can keep your feet upright and relaxed.</li>
          <li>Move gently every day, but leave hard exercise for earlier in the day.</li>
          <li>Stretch every night, also on nights without cramps. The habit is what helps.</li>
        </ul>
        <p>
          Magnesium, potassium, calcium and vitamin D all matter for muscles, and food is the usual
          way to get them. Take supplements only if a doctor or pharmacist suggests them.
        </p>
      </section>

      <section class="card" aria-labelledby="why">
        <h2 id="why">Why cramps come at night</h2>
        <p>
          A cramp is a muscle that tightens by itself and won't let go for a while, most often in
          the calf, sometimes in the foot or thigh. It hurts, but it passes.
        </p>
        <p>
          At night your legs lie still for hours, and the feet often point down under the covers.
          That leaves the calf short and ready to tighten. Muscles tired from a long day cramp more
          easily too.
        </p>
        <p>They are more common:</p>
        <ul class="plain-list">
          <li>after about 50, and in the later months of pregnancy;</li>
          <li>after sitting or lying still for a long time;</li>
          <li>
            with some medicines, such as water tablets, statins and some blood-pressure or mood
            medicines;
          </li>
          <li>with diabetes, kidney disease, poor blood flow in the legs or nerve problems.</li>
        </ul>
        <p>Often there is no clear reason at all.</p>
      </section>

      <section class="card" aria-labelledby="doctor">
        <h2 id="doctor">When to see a doctor</h2>
        <p>Make an appointment if:</p>
        <ul class="plain-list">
          <li>cramps come several times a week, or last a long time;</li>
          <li>your muscles also feel weak;</li>
          <li>they keep spoiling your sleep or your days;</li>
          <li>they started suddenly and you can't think why.</li>
        </ul>
        <p>
          <strong>Get help the same day</strong> if:
        </p>
        <ul class="plain-list">
          <li>the pain is severe and stretching doesn't ease it;</li>
          <li>
            one calf is swollen, red or warm (this can be a blood clot), or the leg is very swollen;
          </li>
          <li>the skin of the leg changes;</li>
          <li>the leg is cold, pale or bluish.</li>
        </ul>
      </section>

      <p class="note">
        Nightstretch coaches stretching. It can't tell what causes your cramps and gives no
        diagnosis or treatment; a doctor, nurse, midwife or pharmacist can.
      </p>
    </main>
  );
}
