import { useEffect } from 'preact/hooks';
import { Home } from '../screens/Home';
import { Player } from '../screens/Player';
import { storageProblem } from './database';
import { currentRoute } from './router';
import { refreshStreak } from './services';
import { loadStoredSettings } from './settings';

export function App() {
  useEffect(() => {
    void loadStoredSettings().then(refreshStreak);
  }, []);
  const route = currentRoute.value;
  return (
    <>
      {storageProblem.value && (
        <p class="notice" role="alert">
          {storageProblem.value}
        </p>
      )}
      {route.name === 'play' ? <Player routineId={route.routineId} /> : <Home />}
    </>
  );
}
