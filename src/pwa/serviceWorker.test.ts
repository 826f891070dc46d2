import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyUpdate, holdUpdatesWhile, updateOffered, updateReady } from './serviceWorker';

describe('applying a waiting update', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is neither offered nor applied while a routine is live, and is offered once it ends', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const live = signal(true);
    holdUpdatesWhile(live);
    updateReady.value = true;

    expect(updateOffered.value).toBe(false);
    expect(applyUpdate()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(updateReady.value).toBe(true);

    live.value = false;
    expect(updateOffered.value).toBe(true);
    expect(applyUpdate()).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
    expect(updateOffered.value).toBe(false);
  });
});
