import { describe, expect, it } from "vitest";
import { knownDeviceUsers, withKnownUser } from "./known-device";

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

describe("the known-device cookie", () => {
  it("vouches for the accounts signed in on this browser, newest first, five at most", () => {
    let value = "";
    for (const id of [1, 2, 3, 4, 5, 6, 2]) value = withKnownUser(value, id, key);
    expect(knownDeviceUsers(value, key)).toEqual([2, 6, 5, 4, 3]);
  });

  it("vouches for nobody with a forged, re-keyed or altered entry", () => {
    const genuine = withKnownUser(null, 42, key);
    expect(knownDeviceUsers(genuine, otherKey)).toEqual([]);
    expect(knownDeviceUsers(genuine.replace(/^42/, "43"), key)).toEqual([]);
    expect(knownDeviceUsers(`43.${"A".repeat(43)}`, key)).toEqual([]);
    expect(knownDeviceUsers("1 OR 1=1", key)).toEqual([]);
    expect(knownDeviceUsers(undefined, key)).toEqual([]);
  });
});
