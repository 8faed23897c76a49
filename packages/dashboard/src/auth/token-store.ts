// The staff token lives in sessionStorage: it survives a reload but not the
// closing of the tab, and is never written to a cookie or the URL.
const KEY = 'mv-feedback.staff-token';

/** A place that keeps one token; `sessionStorage` in the browser. */
export interface TokenStore {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

/**
 * A token store over a Web Storage object; storage that throws (private mode, blocked) keeps nothing.
 *
 * @example
 * const store = tokenStore(sessionStorage);
 * store.write('mvf_…');
 */
export function tokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore {
  return {
    read: () => {
      try {
        return storage.getItem(KEY);
      } catch {
        return null;
      }
    },
    write: (token) => {
      try {
        storage.setItem(KEY, token);
      } catch {
        // Blocked storage: the session lasts until the page is left.
      }
    },
    clear: () => {
      try {
        storage.removeItem(KEY);
      } catch {
        // Nothing was kept.
      }
    },
  };
}
