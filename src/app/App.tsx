import { useEffect } from 'preact/hooks';
import { Home } from '../screens/Home';
import { storageProblem } from './database';
import { loadPlayerScreen, playerScreen } from './lazyScreens';
import { currentRoute } from './router';
import { loadSessionRuntime } from './runtimeLoader';
import { refreshStreak } from './services';
import { loadStoredSettings } from './settings';

function PlayerRoute({ routineId }: { routineId: string }) {
  const screen = playerScreen.value;
  useEffect(() => {
    if (!screen) void loadPlayerScreen();
  }, [screen]);
  if (!screen) {
    return (
      <main class="screen">
        <p class="muted">Getting ready…</p>
      </main>
    );
  }
  return <screen.Player routineId={routineId} />;
}

export function App() {
  useEffect(() => {
    void loadStoredSettings().then(refreshStreak);
    // Fetch the Player screen and the session runtime (audio, saved progress) right after first
    // paint, so both are ready at the Start tap.
    void loadPlayerScreen().catch(() => {});
    void loadSessionRuntime().catch(() => {});
  }, []);
  const route = currentRoute.value;
  return (
    <>
      {storageProblem.value && (
        <p class="notice" role="alert">
          {storageProblem.value}
        </p>
      )}
      {route.name === 'play' ? <PlayerRoute routineId={route.routineId} /> : <Home />}
    </>
  );
}
