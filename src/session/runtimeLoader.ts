import { signal } from '@preact/signals';
import { reloadAdvised, storageProblem } from '../shell/database';

type Runtime = typeof import('./runtime');

let loading: Promise<Runtime> | null = null;

/** The runtime once loaded, for screens that show what only it can know (a session, a resume offer). */
export const loadedRuntime = signal<Runtime | null>(null);

export function loadSessionRuntime(): Promise<Runtime> {
  loading ??= import('./runtime').then(
    (module) => {
      module.attach();
      loadedRuntime.value = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Call inside a tap: browsers let audio start only then. */
export function unlockAudio(): void {
  const runtime = loadedRuntime.peek();
  if (runtime) runtime.unlockAudio();
  else void loadSessionRuntime().then((loaded) => loaded.unlockAudio());
}

/**
 * Runs `action` with the runtime: at once when it has loaded (so a tap's gesture still counts),
 * otherwise as soon as it arrives.
 */
export function withRuntime(action: (loaded: Runtime) => void): void {
  const runtime = loadedRuntime.peek();
  if (runtime) action(runtime);
  else void loadSessionRuntime().then(action, reportMissingRuntime);
}

/** A tap that cannot be carried out says so (the app's notice, with Reload), never nothing. */
function reportMissingRuntime(): void {
  storageProblem.value = "Part of the app didn't load, so the routine can't start. Reload.";
  reloadAdvised.value = true;
}
