import { signal } from '@preact/signals';
import { loadAllMessages } from '../i18n/i18n';
import { reloadAdvised, storageProblem } from '../shell/database';

type Runtime = typeof import('./runtime');

let loading: Promise<Runtime> | null = null;

/** The runtime once loaded, for screens that show what only it can know (a session, a resume offer). */
export const loadedRuntime = signal<Runtime | null>(null);

export function loadSessionRuntime(): Promise<Runtime> {
  // The spoken prompts need every message, so they load together.
  loading ??= Promise.all([import('./runtime'), loadAllMessages()]).then(
    ([module]) => {
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

/**
 * Loads the runtime ahead of need (after the first paint). A failure is logged, not thrown: the
 * tap that needs the runtime tries again and tells the person if it still can't.
 */
export function preloadSessionRuntime(): Promise<void> {
  return loadSessionRuntime().then(() => {}, logRuntimeFailure);
}

function logRuntimeFailure(error: unknown): void {
  console.warn("Nightstretch: the session code didn't load", error);
}

/** Call inside a tap: browsers let audio start only then. */
export function unlockAudio(): void {
  const runtime = loadedRuntime.peek();
  if (runtime) runtime.unlockAudio();
  else void loadSessionRuntime().then((loaded) => loaded.unlockAudio(), logRuntimeFailure);
}

/**
 * Runs `action` with the runtime: at once when it has loaded (so a tap's gesture still counts),
 * otherwise as soon as it arrives. A failure, to load or in the action, is said and logged.
 */
export function withRuntime(action: (loaded: Runtime) => void | Promise<void>): void {
  const run = (loaded: Runtime) => {
    try {
      void Promise.resolve(action(loaded)).catch(reportActionFailure);
    } catch (error) {
      reportActionFailure(error);
    }
  };
  const runtime = loadedRuntime.peek();
  if (runtime) run(runtime);
  else loadSessionRuntime().then(run, reportRuntimeFailure);
}

/** A tap that cannot be carried out says so (the app's notice, with Reload), never nothing. */
function reportRuntimeFailure(error: unknown): void {
  logRuntimeFailure(error);
  storageProblem.value = { key: 'errors.routinePartMissing' };
  reloadAdvised.value = true;
}

function reportActionFailure(error: unknown): void {
  console.error('Nightstretch: the routine could not be started', error);
  storageProblem.value = { key: 'errors.routineNotStarted' };
  reloadAdvised.value = true;
}
