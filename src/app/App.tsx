import { useEffect, useRef } from 'preact/hooks';
import { SiteNav } from '../components/SiteNav';
import { Home } from '../screens/Home';
import { storageProblem } from './database';
import { focusScreenHeading } from './focusScreen';
import { lazyScreen } from './lazyScreen';
import { currentRoute, hrefFor, type Route } from './router';
import { refreshStreak } from './services';
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
  return (
    <>
      {storageProblem.value && (
        <p class="notice" role="alert">
          {storageProblem.value}
        </p>
      )}
      {route.name !== 'play' && <SiteNav current={route.name} />}
      <Screen key={routeKey} route={route} />
    </>
  );
}
