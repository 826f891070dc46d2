import { useEffect } from 'preact/hooks';
import { Home } from '../screens/Home';
import { Player } from '../screens/Player';
import { currentRoute } from './router';
import { refreshStreak, storageProblem } from './services';

export function App() {
  useEffect(() => {
    void refreshStreak();
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
