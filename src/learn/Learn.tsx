import { t } from '../i18n/i18n';
import { findRoutine } from '../routines/routines';
import { startRoutine } from '../session/start';
import { RedFlags } from '../ui/RedFlags';
import './Learn.css';

// Every paragraph and list item is one message in the `learn` namespace, never glued from pieces.

const CRAMP_RELIEF_ID = 'cramp-relief';

function CrampNow() {
  const crampRelief = findRoutine(CRAMP_RELIEF_ID);
  return (
    <section class="card" aria-labelledby="cramp-now">
      <h2 id="cramp-now">{t('learn.crampNowTitle')}</h2>
      <h3>{t('learn.crampNowCalfTitle')}</h3>
      <ul class="plain-list">
        <li>{t('learn.crampNowStraighten')}</li>
        <li>{t('learn.crampNowRub')}</li>
        <li>{t('learn.crampNowWarmth')}</li>
        <li>{t('learn.crampNowStand')}</li>
      </ul>
      <h3>{t('learn.crampNowThighTitle')}</h3>
      <p>{t('learn.crampNowThigh')}</p>
      <p>{t('learn.crampNowEases')}</p>
      <h3>{t('learn.crampNowAfterTitle')}</h3>
      <p>{t('learn.crampNowSore')}</p>
      <p>{t('learn.crampNowSwollen')}</p>
      {crampRelief && (
        <button type="button" class="primary" onClick={() => startRoutine(crampRelief)}>
          {t('learn.startRelief', { name: crampRelief.name })}
        </button>
      )}
    </section>
  );
}

function HowToStretch() {
  return (
    <section class="card" aria-labelledby="how-to-stretch">
      <h2 id="how-to-stretch">{t('learn.howToTitle')}</h2>
      <p>{t('learn.howToEveryNight')}</p>
      <h3>{t('learn.howToCalfTitle')}</h3>
      <p>{t('learn.howToCalf')}</p>
      <h3>{t('learn.howToThighTitle')}</h3>
      <p>{t('learn.howToThigh')}</p>
      <h3>{t('learn.howToAnklesTitle')}</h3>
      <p>{t('learn.howToAnkles')}</p>
      <h3>{t('learn.howToLongTitle')}</h3>
      <ul class="checklist">
        <li>{t('learn.howToHold')}</li>
        <li>{t('learn.howToRepeat')}</li>
        <li>{t('learn.howToSlowly')}</li>
        <li>{t('learn.howToGentle')}</li>
      </ul>
    </section>
  );
}

function WhatMayHelp() {
  return (
    <section class="card" aria-labelledby="may-help">
      <h2 id="may-help">{t('learn.mayHelpTitle')}</h2>
      <p>{t('learn.mayHelpEvidence')}</p>
      <ul class="checklist">
        <li>{t('learn.mayHelpDrink')}</li>
        <li>{t('learn.mayHelpBlankets')}</li>
        <li>{t('learn.mayHelpPillow')}</li>
        <li>{t('learn.mayHelpMove')}</li>
      </ul>
      <h3>{t('learn.mineralsTitle')}</h3>
      <p>{t('learn.minerals')}</p>
      <h3>{t('learn.medicinesTitle')}</h3>
      <p>{t('learn.medicines')}</p>
    </section>
  );
}

function TakeCare() {
  return (
    <section class="card" aria-labelledby="take-care">
      <h2 id="take-care">{t('learn.careTitle')}</h2>
      <h3>{t('learn.carePregnantTitle')}</h3>
      <p>{t('learn.carePregnantTell')}</p>
      <p>{t('learn.carePregnantPropped')}</p>
      <h3>{t('learn.careFeetTitle')}</h3>
      <p>{t('learn.careFeetBurn')}</p>
      <p>{t('learn.careFeetHeat')}</p>
    </section>
  );
}

function WhyAtNight() {
  return (
    <section class="card" aria-labelledby="why">
      <h2 id="why">{t('learn.whyTitle')}</h2>
      <p>{t('learn.whyWhat')}</p>
      <p>{t('learn.whyNight')}</p>
      <p>{t('learn.whyCommon')}</p>
      <ul class="plain-list">
        <li>{t('learn.whyAge')}</li>
        <li>{t('learn.whySitting')}</li>
        <li>{t('learn.whyMedicines')}</li>
        <li>{t('learn.whyConditions')}</li>
      </ul>
      <p>{t('learn.whyNoReason')}</p>
    </section>
  );
}

export function Learn() {
  return (
    <main class="screen learn">
      <header>
        <h1>{t('learn.title')}</h1>
        <p class="lede">{t('learn.lede')}</p>
      </header>

      <CrampNow />

      <section class="card" aria-labelledby="doctor">
        <h2 id="doctor">{t('learn.doctorTitle')}</h2>
        <RedFlags />
      </section>

      <HowToStretch />
      <WhatMayHelp />
      <TakeCare />
      <WhyAtNight />

      <p class="note">{t('learn.note')}</p>
    </main>
  );
}
