import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { builtInRoutines, customRoutines, minutesFor } from '../routines/routines';
import { loadedRuntime, startRoutine } from '../session/start';
import { settings } from '../settings/settings';
import { hrefFor } from '../shell/router';
import { Player, preloadOnIntent, RoutinePreview } from '../shell/screens';
import { clock, streak } from '../shell/services';
import { usePwaUi } from '../shell/usePwaUi';
import { type TimeOfNight, useTimeOfNight } from './evening';
import { StreakCard } from './StreakCard';
import { crampRelief, followLastPlayed, usualRoutine } from './usualRoutine';

function Greeting({ time }: { time: TimeOfNight }) {
  if (time.smallHours && !time.evening) {
    return <p class="lede">{t('home.greetingSmallHours')}</p>;
  }
  if (!time.evening || streak.value?.doneTonight) {
    return <p class="lede">{t('home.greetingDay')}</p>;
  }
  return (
    <p class="lede greeting">
      <strong>{t('home.greetingEvening')}</strong> {t('home.greetingEveningThen')}
    </p>
  );
}

/** One big button for the night's usual routine, right under the title. */
function TonightStart({ children }: { children?: ComponentChildren }) {
  const routine = usualRoutine();
  if (!routine) return null;
  return (
    <section class="tonight" aria-label={t('home.tonightLabel')}>
      <button
        type="button"
        class="primary tonight-start"
        {...preloadOnIntent(Player)}
        onClick={() => startRoutine(routine)}
      >
        <span class="tonight-start-label">{t('home.startTonight')}</span>
        <span class="tonight-start-detail">
          {t('home.startTonightDetail', {
            routine: routine.name,
            minutes: minutesFor(routine, settings.value),
          })}
        </span>
      </button>
      {children}
    </section>
  );
}

/** The way into cramp relief for someone in pain right now. */
function CrampNow({ urgent }: { urgent: boolean }) {
  const relief = crampRelief();
  if (!relief) return null;
  return (
    <section
      class={urgent ? 'card cramp-now urgent' : 'card cramp-now'}
      aria-labelledby="cramp-now-title"
    >
      <h2 id="cramp-now-title">{t('home.crampNowTitle')}</h2>
      {urgent && <p>{t('home.crampNowHow')}</p>}
      <button
        type="button"
        class={urgent ? 'primary' : undefined}
        {...preloadOnIntent(Player)}
        onClick={() => startRoutine(relief)}
      >
        {t('home.crampNowStart')}
      </button>
    </section>
  );
}

export function Home() {
  const pwa = usePwaUi();
  const runtime = loadedRuntime.value;
  const preferences = settings.value;
  const time = useTimeOfNight();
  useEffect(followLastPlayed, []);
  return (
    <main class="screen home">
      {pwa && <pwa.UpdatePrompt />}
      <header>
        <h1>{t('shell.appName')}</h1>
        <Greeting time={time} />
      </header>
      {time.smallHours && <CrampNow urgent />}
      {runtime && <runtime.ResumeCard />}
      <TonightStart>{pwa && <pwa.OfflineToast clock={clock} />}</TonightStart>
      {!time.smallHours && <CrampNow urgent={false} />}
      <StreakCard />
      <nav class="home-links" aria-label={t('home.yourNightsLabel')}>
        <a class="button" href="#/cramp">
          {t('home.writeDownCramp')}
        </a>
      </nav>
      <section aria-labelledby="routines-title">
        <h2 id="routines-title">{t('home.routinesTitle')}</h2>
        <ul class="routine-list">
          {[...builtInRoutines.value, ...customRoutines.value].map((routine) => {
            const own = !builtInRoutines.value.includes(routine);
            return (
              <li key={routine.id} class="card routine">
                <h3>
                  <a
                    class="routine-link"
                    href={hrefFor({ name: 'routine', routineId: routine.id })}
                    {...preloadOnIntent(RoutinePreview)}
                  >
                    {routine.name}
                    <span class="routine-link-hint" aria-hidden="true">
                      {t('home.seeSteps')}
                    </span>
                  </a>
                </h3>
                <p class="muted">
                  {routine.mode === 'relief'
                    ? t('home.reliefDetail', { steps: routine.steps.length })
                    : t('home.routineDetail', {
                        minutes: minutesFor(routine, preferences),
                        steps: routine.steps.length,
                      })}
                </p>
                <p>{routine.summary}</p>
                <button
                  type="button"
                  class="primary"
                  aria-label={t('home.startRoutine', { routine: routine.name })}
                  {...preloadOnIntent(Player)}
                  onClick={() => startRoutine(routine)}
                >
                  {t('home.start')}
                </button>
                {own && (
                  <a
                    class="button"
                    href={hrefFor({ name: 'editor', routineId: routine.id })}
                    aria-label={t('home.editRoutine', { routine: routine.name })}
                  >
                    {t('home.edit')}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
        <a class="button" href="#/editor">
          {t('home.makeRoutine')}
        </a>
      </section>
      {pwa && <pwa.InstallCard />}
    </main>
  );
}
