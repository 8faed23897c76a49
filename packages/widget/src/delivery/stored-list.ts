/** A list kept as JSON in storage; see {@link storedList}. */
export interface StoredList<T> {
  read(this: void): T[];
  write(this: void, items: T[]): void;
}

/**
 * A list kept as JSON in `localStorage` under `key`. Every read goes to
 * storage afresh, since other tabs of the same site share it; items `valid`
 * rejects (another script's data, an old format) are left out. Where storage
 * is unavailable (private modes, full quota) the list lives in memory for the
 * life of the page.
 *
 * @example
 * const list = storedList<string>('my-key', localStorage, (item) => typeof item === 'string');
 * list.write([...list.read(), 'one more']);
 */
export function storedList<T>(key: string, storage: Storage | undefined, valid: (item: T) => boolean): StoredList<T> {
  let memory: T[] = [];
  // Once storage refuses a write, memory holds the truth; until then storage
  // does, so items another tab has removed are not brought back.
  let stored = !!storage;
  return {
    read() {
      if (!stored) return memory;
      try {
        const parsed: unknown = JSON.parse(storage!.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as T[]).filter(valid) : [];
      } catch {
        return [];
      }
    },
    write(items) {
      memory = items;
      try {
        if (items.length) storage!.setItem(key, JSON.stringify(items));
        else storage!.removeItem(key);
      } catch {
        // Refused (quota or privacy mode): the copy in memory serves while the page is open.
        stored = false;
      }
    },
  };
}
