import { useEffect } from 'preact/hooks';
// Listens for the browser's install offer from the first moment (it may come before Home).
import '../pwa/install';
import { Home } from '../screens/Home';
import { Player } from '../screens/Player';
import { storageProblem } from './database';
import { routineInProgress, startFromLink } from './launch';
import { currentRoute } from './router';
import { clock, refreshStreak } from './services';
import { loadStoredSettings } from './settings';

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
  }, []);
  const route = currentRoute.value;
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
      {route.name === 'play' ? (
        <Player routineId={route.routineId} />
      ) : route.name === 'start' ? null : (
        <Home />
      )}
    </>
  );
}
