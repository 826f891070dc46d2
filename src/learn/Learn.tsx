import { findRoutine } from '../routines/routines';
import { startRoutine } from '../session/start';
import { RedFlags } from '../ui/RedFlags';
import './Learn.css';

const CRAMP_RELIEF_ID = 'cramp-relief';

function CrampNow() {
  const crampRelief = findRoutine(CRAMP_RELIEF_ID);
  return (
    <section class="card" aria-labelledby="cramp-now">
      <h2 id="cramp-now">When a cramp strikes</h2>
      <h3>In the calf</h3>
      <ul class="plain-list">
        <li>
          Straighten the leg and pull your toes up toward your shin, by hand or with the sheet.
        </li>
        <li>Rub the hard, tight muscle firmly in small circles.</li>
        <li>Warmth can help it let go: a warm hand or a warm cloth, never heat you can't feel.</li>
        <li>
          If you can, turn on a light, hold something steady, then stand on that leg or walk a few
          slow steps.
        </li>
      </ul>
      <h3>In the thigh</h3>
      <p>If the front of the thigh cramps, slowly bend that knee instead.</p>
      <p>A cramp usually eases within a few minutes.</p>
      <h3>Afterwards</h3>
      <p>A sore muscle the next day is normal.</p>
      <p>
        A calf that is swollen, red or warm is not. Don't rub or massage it: see a doctor today.
      </p>
      {crampRelief && (
        <button type="button" class="primary" onClick={() => startRoutine(crampRelief)}>
          Start {crampRelief.name}
        </button>
      )}
    </section>
  );
}

function HowToStretch() {
  return (
    <section class="card" aria-labelledby="how-to-stretch">
      <h2 id="how-to-stretch">How to stretch</h2>
      <p>Every night, also on nights without a cramp.</p>
      <h3>Calf, at a wall</h3>
      <p>
        Stand an arm's length from a wall, hands on it. Step one foot back. Keep that knee straight
        and the heel down, and lean in.
      </p>
      <h3>Back of the thigh, on the bed</h3>
      <p>
        Sit on the edge of the bed, one leg straight out. Lean forward from your hips, back long,
        toward your toes.
      </p>
      <h3>Ankles and toes</h3>
      <p>
        Slow circles each way. Pull the toes up, then point them gently, never hard. End with the
        toes pulled up.
      </p>
      <h3>How long</h3>
      <ul class="checklist">
        <li>Hold each stretch about 30 seconds.</li>
        <li>Do it 2 to 3 times on each leg.</li>
        <li>Move slowly. No bouncing.</li>
        <li>A gentle pull is right. Never stretch into pain.</li>
      </ul>
    </section>
  );
}

function WhatMayHelp() {
  return (
    <section class="card" aria-labelledby="may-help">
      <h2 id="may-help">What may help</h2>
      <p>
        Stretching is gentle and low-risk, and it may help some people. It is not proven to prevent
        cramps.
      </p>
      <ul class="checklist">
        <li>Drink enough through the day, unless a doctor has told you to limit fluids.</li>
        <li>Keep the blankets loose, so they don't press your feet into a point.</li>
        <li>A pillow at the end of the bed can keep your feet upright and relaxed.</li>
        <li>Move gently every day, but leave hard exercise for earlier in the day.</li>
      </ul>
      <h3>Minerals</h3>
      <p>
        Magnesium, potassium, calcium and vitamin D all matter for muscles. Food is the usual way to
        get them. Take supplements only if a doctor or pharmacist suggests them.
      </p>
      <h3>Medicines</h3>
      <p>
        Some medicines make cramps more likely. Never stop a prescribed medicine on your own: ask
        whoever prescribed it.
      </p>
    </section>
  );
}

function TakeCare() {
  return (
    <section class="card" aria-labelledby="take-care">
      <h2 id="take-care">Take extra care</h2>
      <h3>If you are pregnant</h3>
      <p>Tell your midwife or doctor about the cramps.</p>
      <p>
        Later in pregnancy, do the in-bed stretches propped up on pillows, not flat on your back.
      </p>
      <h3>If your feet have less feeling</h3>
      <p>With diabetes or nerve damage, feet may not feel a burn.</p>
      <p>Never use heat you can't feel properly, and never sleep on a heating pad.</p>
    </section>
  );
}

function WhyAtNight() {
  return (
    <section class="card" aria-labelledby="why">
      <h2 id="why">Why cramps come at night</h2>
      <p>
        A cramp is a muscle that tightens by itself and won't let go for a while, most often in the
        calf, sometimes in the foot or thigh. It hurts, but it passes.
      </p>
      <p>
        At night your legs lie still for hours, and the feet often point down under the covers. That
        leaves the calf short and ready to tighten. Tired muscles cramp more easily too.
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

      <section class="card" aria-labelledby="doctor">
        <h2 id="doctor">When to see a doctor</h2>
        <RedFlags />
      </section>

      <HowToStretch />
      <WhatMayHelp />
      <TakeCare />
      <WhyAtNight />

      <p class="note">
        Nightstretch coaches stretching. It can't tell what causes your cramps and gives no
        diagnosis or treatment; a doctor, nurse, midwife or pharmacist can.
      </p>
    </main>
  );
}
