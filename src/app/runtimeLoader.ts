type Runtime = typeof import('./runtime');

let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

/** The session runtime if it has loaded (it is fetched right after first paint). */
export function sessionRuntime(): Runtime | null {
  return runtime;
}

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
