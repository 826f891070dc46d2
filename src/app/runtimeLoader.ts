type Runtime = typeof import('./runtime');

let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

export function loadSessionRuntime(): Promise<Runtime> {
  loading ??= import('./runtime').then(
    (module) => {
      runtime = module;
      module.attach();
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
  if (runtime) runtime.unlockAudio();
  else void loadSessionRuntime().then((loaded) => loaded.unlockAudio());
}

/**
 * Runs `action` with the runtime: at once when it has loaded (so a tap's gesture still counts),
 * otherwise as soon as it arrives.
 */
export function withRuntime(action: (loaded: Runtime) => void): void {
  if (runtime) action(runtime);
  else void loadSessionRuntime().then(action);
}
