import { useEffect, useErrorBoundary } from 'preact/hooks';
import { Home } from '../screens/Home';
import { Player } from '../screens/Player';
import { reloadAdvised, storageProblem } from './database';
import { lazyScreen } from './lazyScreen';
import { currentRoute } from './router';
import { refreshStreak } from './services';
import { loadStoredSettings } from './settings';

const History = lazyScreen(() => import('../screens/History'));
const CrampLog = lazyScreen(() => import('../screens/CrampLog'));

function Screen() {
  const route = currentRoute.value;
  switch (route.name) {
    case 'play':
      return <Player routineId={route.routineId} />;
    case 'history':
      return <History />;
    case 'cramp':
      return <CrampLog />;
    default:
      return <Home />;
  }
}

export function App() {
  const [error] = useErrorBoundary();
  useEffect(() => {
    void loadStoredSettings().then(refreshStreak);
  }, []);
  if (error) {
    return (
      <main class="screen">
        <h1>Something went wrong</h1>
        <p>Your saved nights are safe. Reload to carry on.</p>
        <button type="button" class="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </main>
    );
  }
  return (
    <>
      {storageProblem.value && (
        <div class="notice" role="alert">
          <p>{storageProblem.value}</p>
          {reloadAdvised.value && (
            <button type="button" onClick={() => location.reload()}>
              Reload
            </button>
          )}
        </div>
      )}
      <Screen />
    </>
  );
}
