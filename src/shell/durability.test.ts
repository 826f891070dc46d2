import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForPersistenceOnce, checkPersistence, persistence } from './durability';

function stubStorage(answer: boolean, alreadyPersisted = false) {
  let persisted = alreadyPersisted;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = answer;
      return answer;
    }),
  };
  vi.stubGlobal('navigator', { storage });
  return storage;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('asking the browser to keep our data', () => {
  it('asks once after a completion and remembers a refusal without asking again', async () => {
    const storage = stubStorage(false);
    await checkPersistence();
    expect(persistence.value).toBe('not-asked');
    await askForPersistenceOnce(1000);
    await askForPersistenceOnce(2000);
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(persistence.value).toBe('refused');
    await checkPersistence();
    expect(persistence.value).toBe('refused');
  });

  it('reports a grant (for example once installed), and a browser without the API', async () => {
    const storage = stubStorage(true, true);
    await askForPersistenceOnce(3000);
    expect(persistence.value).toBe('granted');
    expect(storage.persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', {});
    await checkPersistence();
    expect(persistence.value).toBe('unsupported');
  });
});
