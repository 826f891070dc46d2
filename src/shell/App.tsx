import { useEffect, useErrorBoundary, useRef } from 'preact/hooks';
// Listens for the browser's install offer from the first moment (it may come before Home).
import '../pwa/install';
import { Home } from '../home/Home';
import { everyMessageLoaded, language, loadAllMessages, t } from '../i18n/i18n';
import { loadCustomRoutines, reloadCustomRoutines } from '../routines/customRoutineLoader';
import { preloadSessionRuntime } from '../session/runtimeLoader';
import { dropResumeOffer } from '../session/sessionState';
import { loadStoredSettings } from '../settings/settings';
import { onDataChanged, onErased } from './changes';
import { reloadAdvised, storageProblem } from './database';
import { focusScreenHeading } from './focusScreen';
import { whenIdle } from './idle';
import { followLanguageSetting } from './language';
import { routineLive, startFromLink } from './launch';
import { currentRoute, hrefFor, type Route } from './router';
import { SiteNav } from './SiteNav';
import {
  CrampLog,
  History,
  Learn,
  Player,
  RoutineEditor,
  RoutinePreview,
  Settings,
} from './screens';
import { clock, refreshStreak } from './services';
import { followThemeSetting } from './theme';
import { titleFor } from './title';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'play':
      return <Player routineId={route.routineId} />;
    case 'routine':
      return <RoutinePreview routineId={route.routineId} />;
    case 'settings':
      return <Settings />;
    case 'learn':
      return <Learn />;
    case 'history':
      return <History />;
    case 'cramp':
      return <CrampLog crampId={route.crampId} />;
    case 'editor':
      return <RoutineEditor routineId={route.routineId} />;
    default:
      return <Home />;
  }
}

function CrashScreen() {
  return (
    <main class="screen">
      <h1>{t('shell.crashTitle')}</h1>
      <p>{t('shell.crashBody')}</p>
      <button type="button" class="primary" onClick={() => location.reload()}>
        {t('shell.reload')}
      </button>
    </main>
  );
}

export function App() {
  const [error] = useErrorBoundary();
  useEffect(() => {
    let stopLanguage = () => {};
    void loadStoredSettings().then(() => {
      stopLanguage = followLanguageSetting();
      return refreshStreak();
    });
    whenIdle(() => void loadAllMessages());
    void loadCustomRoutines();
    // A routine made, changed or restored in another tab appears here too.
    const stopFollowingRoutines = onDataChanged(() => void reloadCustomRoutines());
    // Erased here or in another tab: nothing held in memory may bring the old data back.
    const stopFollowingErase = onErased(() => {
      dropResumeOffer();
      void import('./pendingWrites').then(({ forgetPending }) => forgetPending());
    });
    // The session runtime (audio, saved progress) comes first, so it is ready to unlock sound
    // inside the Start tap; then the service worker. Screens load when a finger comes down on
    // what opens them (Home), and the service worker has them cached.
    whenIdle(preloadSessionRuntime);
    if (import.meta.env.PROD) {
      whenIdle(() =>
        import('../pwa/serviceWorker').then(({ registerServiceWorker }) =>
          registerServiceWorker({
            sessionLive: routineLive,
            now: () => clock.now(),
            baseUrl: import.meta.env.BASE_URL,
          }),
        ),
      );
    }
    const stopTheme = followThemeSetting();
    return () => {
      stopFollowingRoutines();
      stopFollowingErase();
      stopTheme();
      stopLanguage();
    };
  }, []);
  const route = currentRoute.value;
  const routeKey = hrefFor(route);
  const firstRender = useRef(true);
  const shownLanguage = language.value;
  useEffect(() => {
    document.title = titleFor(route);
  }, [routeKey, shownLanguage]);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    return focusScreenHeading();
  }, [routeKey]);
  useEffect(() => {
    if (route.name === 'start') void startFromLink(route.routineId);
  }, [route]);
  if (error) return <CrashScreen />;
  // The notice's words are not the first screen's (a storage problem is rare): they arrive with
  // every other screen's, a moment after the problem, from the service worker's cache.
  const problem = storageProblem.value;
  if (problem && !everyMessageLoaded.value) void loadAllMessages().catch(() => {});
  return (
    <>
      {problem && everyMessageLoaded.value && (
        <div class="notice" role="alert">
          <p>{t(problem.key, problem.values)}</p>
          {reloadAdvised.value && (
            <button type="button" onClick={() => location.reload()}>
              {t('shell.reload')}
            </button>
          )}
        </div>
      )}
      {route.name !== 'play' && route.name !== 'start' && <SiteNav current={route.name} />}
      {route.name !== 'start' && <Screen key={routeKey} route={route} />}
    </>
  );
}
