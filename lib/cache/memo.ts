type Entry<V> = { value: Promise<V>; expires: number }

export type Memo<V> = {
  /** The cached value for `key`, loading it once however many callers ask at the same time. */
  get(key: string, load: () => Promise<V>): Promise<V>
  delete(key: string): void
  clear(): void
  readonly size: number
}

/**
 * A small read-through cache: a time-to-live bounds how stale a value may be across instances,
 * in-flight loads are shared (a burst of 200 identical requests costs one query), failures are
 * never cached, and the least recently used entry goes first when it is full.
 */
export function memo<V>({ ttlMs, max = 1000, now = Date.now }: { ttlMs: number; max?: number; now?: () => number }): Memo<V> {
  const entries = new Map<string, Entry<V>>()
  return {
    get(key, load) {
      const hit = entries.get(key)
      const t = now()
      if (hit && hit.expires > t) {
        entries.delete(key)
        entries.set(key, hit)
        return hit.value
      }
      // Settle the load once: a lazy thenable (a query builder) would run again on every await.
      const value = Promise.resolve(load())
      const entry = { value, expires: t + ttlMs }
      entries.set(key, entry)
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      while (entries.size > max) entries.delete(entries.keys().next().value as string)
      return value
    },
    delete(key) {
      entries.delete(key)
    },
    clear() {
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}

/** One cache per database, so tests with several databases never see each other's rows. */
export function memoPerDb<V>(options: { ttlMs: number; max?: number }) {
  const caches = new WeakMap<object, Memo<V>>()
  return (db: object): Memo<V> => {
    let cache = caches.get(db)
    if (!cache) {
      cache = memo<V>(options)
      caches.set(db, cache)
    }
    return cache
  }
}
