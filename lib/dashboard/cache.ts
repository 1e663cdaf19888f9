// A small in-process cache for «Показатели» (decision 0013): the figures of a view filed under
// its scope, filters, day and the data version of the aggregate tables, and each chart's SVG
// filed under exactly the numbers it draws. Nothing here decides who may see what: the caller
// checks access and resolves the scope first, and the scope is part of every figures key, so a
// view is only ever served to someone allowed that very scope. A chart keyed by its own inputs
// cannot show anything other than what drawing those inputs would.

/**
 * One cache per name for the whole process. Next bundles pages and route handlers separately, each
 * with its own copy of this module, so a module-level cache would not be seen by the other: the
 * dashboard page's figures would be read again by its chart images.
 */
export function processCache<C extends object>(name: string, create: () => C): C {
  const holder = globalThis as typeof globalThis & { __portalCaches?: Map<string, object> };
  const caches = (holder.__portalCaches ??= new Map());
  let cache = caches.get(name) as C | undefined;
  if (!cache) caches.set(name, (cache = create()));
  return cache;
}

/** Least recently used entries leave first once the entries' total size passes `maxSize`. */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key); // re-inserted: now the most recently used
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value);
    const previous = this.entries.get(key);
    if (previous) {
      this.total -= previous.size;
      this.entries.delete(key);
    }
    if (size > this.maxSize) return;
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxSize) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
    }
  }

  // Computations under way: requests that ask for the same key at once (a page's three chart
  // images) wait for the one read instead of each making it. A failure is not kept.
  private readonly pending = new Map<string, Promise<V>>();

  /** The cached value, or `compute()`'s, kept for next time; computed once for callers at the same time. */
  async getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const under = this.pending.get(key);
    if (under) return under;
    const computing = compute().then(
      (value) => {
        this.pending.delete(key);
        this.set(key, value);
        return value;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, computing);
    return computing;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key of one dashboard view: a territory id or the republic, the filters, the day, the data version. */
export function figuresKey(parts: {
  scope: number | "republic";
  from: string;
  to: string;
  serviceId: string | null;
  today: string;
  version: string;
  targetPercent: number;
}): string {
  return JSON.stringify([
    parts.scope,
    parts.from,
    parts.to,
    parts.serviceId,
    parts.today,
    parts.version,
    parts.targetPercent,
  ]);
}
