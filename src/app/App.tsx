import { useEffect, useRef } from 'preact/hooks';
// Listens for the browser's install offer from the first moment (it may come before Home).
import '../pwa/install';
import { SiteNav } from '../components/SiteNav';
import { Home } from '../screens/Home';
import { storageProblem } from './database';
import { focusScreenHeading } from './focusScreen';
import { routineInProgress, startFromLink } from './launch';
import { lazyScreen } from './lazyScreen';
import { currentRoute, hrefFor, type Route } from './router';
import { clock, refreshStreak } from './services';
import { loadStoredSettings } from './settings';
import { followThemeSetting } from './theme';

// Screens other than Home arrive in their own chunks, so the first screen stays small.
const Player = lazyScreen(() => import('../screens/Player').then((m) => m.Player));
const RoutinePreview = lazyScreen(() =>
  import('../screens/RoutinePreview').then((m) => m.RoutinePreview),
);
const Settings = lazyScreen(() => import('../screens/Settings').then((m) => m.Settings));
const Learn = lazyScreen(() => import('../screens/Learn').then((m) => m.Learn));

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
    default:
      return <Home />;
  }
}

export function App() {
  useEffect(() => {
    void loadStoredSettings().then(refreshStreak);
    if (import.meta.env.PROD) {
      void import('../pwa/serviceWorker').then(({ registerServiceWorker }) =>
        registerServiceWorker({
          isBusy: routineInProgress,
          now: () => clock.now(),
          baseUrl: import.meta.env.BASE_URL,
        }),
      );
    }
    // Fetched while the person reads Home, so Start and the routine cards open at once.
    const preload = setTimeout(() => {
      void Player.preload();
      void RoutinePreview.preload();
    }, 500);
    const stopTheme = followThemeSetting();
    return () => {
      clearTimeout(preload);
      stopTheme();
    };
  }, []);
  const route = currentRoute.value;
  const routeKey = hrefFor(route);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    return focusScreenHeading();
  }, [routeKey]);
  useEffect(() => {
    if (route.name === 'start') startFromLink(route.routineId);
  }, [route]);
  return (
    <>
      {storageProblem.value && (
        <p class="notice" role="alert">
          {storageProblem.value}
        </p>
      )}
      {route.name !== 'play' && route.name !== 'start' && <SiteNav current={route.name} />}
      {route.name !== 'start' && <Screen key={routeKey} route={route} />}
    </>
  );
}
