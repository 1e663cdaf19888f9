import { describe, expect, it } from "vitest";
import { figuresKey, LruCache, processCache } from "./cache";

describe("the dashboard's cache", () => {
  it("drops the least recently used entries once over its size", () => {
    const cache = new LruCache<string>(10, (value) => value.length);
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    expect(cache.get("a")).toBe("aaaa"); // a is now the most recently used
    cache.set("c", "cccc");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.get("c")).toBe("cccc");
    cache.set("huge", "x".repeat(11)); // larger than the whole cache: not kept, nothing evicted
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("computes once per key", async () => {
    const cache = new LruCache<number>(5);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.getOrCompute("k", compute)).toBe(1);
    expect(await cache.getOrCompute("k", compute)).toBe(1);
    expect(await cache.getOrCompute("other", compute)).toBe(2);
  });

  it("computes once for callers asking at the same time, and keeps no failure", async () => {
    const cache = new LruCache<number>(5);
    let calls = 0;
    let finish!: (value: number) => void;
    const slow = () => {
      calls += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const together = [cache.getOrCompute("k", slow), cache.getOrCompute("k", slow), cache.getOrCompute("k", slow)];
    finish(7);
    expect(await Promise.all(together)).toEqual([7, 7, 7]);
    expect(calls).toBe(1);

    const failing = async () => {
      calls += 1;
      throw new Error("database away");
    };
    await expect(cache.getOrCompute("f", failing)).rejects.toThrow("database away");
    await expect(cache.getOrCompute("f", async () => 9)).resolves.toBe(9);
  });

  it("gives every copy of the module the same cache by name", () => {
    const first = processCache("test.same", () => new LruCache<number>(5));
    first.set("k", 1);
    expect(processCache("test.same", () => new LruCache<number>(5)).get("k")).toBe(1);
    expect(processCache("test.other", () => new LruCache<number>(5)).get("k")).toBeUndefined();
  });

  it("files a view under its scope, filters, day, data version and target", () => {
    const base = {
      scope: 7 as number | "republic",
      from: "2026-01",
      to: "2026-12",
      serviceId: null,
      today: "2026-12-01",
      version: "41",
      targetPercent: 70,
    };
    const key = figuresKey(base);
    expect(figuresKey({ ...base })).toBe(key);
    for (const changed of [
      { scope: 8 },
      { scope: "republic" as const },
      { from: "2026-02" },
      { to: "2026-11" },
      { serviceId: "child-allowance" },
      { today: "2026-12-02" },
      { version: "42" },
      { targetPercent: 75 },
    ]) {
      expect(figuresKey({ ...base, ...changed })).not.toBe(key);
    }
  });
});
