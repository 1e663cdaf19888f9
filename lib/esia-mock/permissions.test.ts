import { describe, expect, it } from "vitest";
import { EsiaProtocolError } from "./errors";
import {
  describePermission,
  parsePermissions,
  permissionScopes,
  permissionsFromJson,
  permissionsToJson,
} from "./permissions";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

const socialSupport = {
  sysname: "MOCK_SOCIAL_SUPPORT",
  expire: 60 * 24 * 30,
  actions: [{ sysname: "ALL_ACTIONS_TO_DATA" }],
  purposes: [{ sysname: "SOCIAL_BENEFIT" }],
  scopes: [{ sysname: "fullname" }, { sysname: "snils" }],
  responsibleObject: "Министерство труда, занятости и социальной защиты РТ",
};

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof EsiaProtocolError) return error.code;
    throw error;
  }
  return "accepted";
}

describe("permissions (Digital Profile consents on v2/ac)", () => {
  it("reads a valid consent and the data it covers", () => {
    const [permission] = parsePermissions(encode([socialSupport]), ["openid", "fullname"]);
    expect(permission).toEqual({
      sysname: "MOCK_SOCIAL_SUPPORT",
      expire: 43_200,
      actions: ["ALL_ACTIONS_TO_DATA"],
      purposes: ["SOCIAL_BENEFIT"],
      scopes: ["fullname", "snils"],
      responsibleObject: "Министерство труда, занятости и социальной защиты РТ",
    });
    expect(permissionScopes([permission!])).toEqual(["fullname", "snils"]);
  });

  it("treats absent, empty, null and [] as no consents (go-api-epgu sends null)", () => {
    expect(parsePermissions(undefined, ["fullname"])).toEqual([]);
    expect(parsePermissions("", ["fullname"])).toEqual([]);
    expect(parsePermissions("bnVsbA", ["fullname"])).toEqual([]);
    expect(parsePermissions(encode([]), ["fullname"])).toEqual([]);
  });

  it("accepts standard base64 as well as base64url", () => {
    const standard = Buffer.from(JSON.stringify([socialSupport]), "utf8").toString("base64");
    expect(parsePermissions(standard, ["openid"])).toHaveLength(1);
  });

  it.each([
    ["not base64 JSON", "%%%", "ESIA-007003"],
    ["an object, not an array", encode(socialSupport), "ESIA-007003"],
    ["an item that is not an object", encode(["x"]), "ESIA-007003"],
    ["no sysname", encode([{ ...socialSupport, sysname: "" }]), "ESIA-036700"],
    ["an unknown consent type", encode([{ ...socialSupport, sysname: "CREDIT" }]), "ESIA-036701"],
    ["no required scope", encode([{ ...socialSupport, scopes: [{ sysname: "snils" }] }]), "ESIA-036702"],
    [
      "a scope outside the type",
      encode([{ ...socialSupport, scopes: [{ sysname: "fullname" }, { sysname: "vehicles" }] }]),
      "ESIA-036703",
    ],
    [
      "scopes on a type that forbids them",
      encode([
        {
          sysname: "MOCK_NOTIFICATIONS",
          actions: [{ sysname: "USE_DATA" }],
          purposes: [{ sysname: "INFORMING" }],
          scopes: [{ sysname: "email" }],
        },
      ]),
      "ESIA-036704",
    ],
    ["no action", encode([{ ...socialSupport, actions: [] }]), "ESIA-036705"],
    ["an unknown action", encode([{ ...socialSupport, actions: [{ sysname: "SELL_DATA" }] }]), "ESIA-036706"],
    ["no purpose", encode([{ ...socialSupport, purposes: [] }]), "ESIA-036707"],
    ["an unknown purpose", encode([{ ...socialSupport, purposes: [{ sysname: "MARKETING" }] }]), "ESIA-036726"],
    [
      "two purposes for a one-purpose type",
      encode([{ ...socialSupport, purposes: [{ sysname: "SOCIAL_BENEFIT" }, { sysname: "STATE_SERVICE" }] }]),
      "ESIA-036727",
    ],
    ["a negative term", encode([{ ...socialSupport, expire: -5 }]), "ESIA-036716"],
    ["a fractional term", encode([{ ...socialSupport, expire: 1.5 }]), "ESIA-036716"],
    ["a term as text", encode([{ ...socialSupport, expire: "30" }]), "ESIA-036716"],
    ["a term over five years", encode([{ ...socialSupport, expire: 10 * 366 * 24 * 60 }]), "ESIA-036716"],
  ])("refuses %s", (_name, raw, code) => {
    expect(codeOf(() => parsePermissions(raw, ["openid", "fullname"]))).toBe(code);
  });

  it("needs openid in scope when consents are asked", () => {
    expect(codeOf(() => parsePermissions(encode([socialSupport]), ["fullname"]))).toBe("ESIA-007006");
  });

  it("accepts a consent with no term and a type without scopes", () => {
    const permissions = parsePermissions(
      encode([
        {
          sysname: "MOCK_NOTIFICATIONS",
          actions: [{ sysname: "USE_DATA" }],
          purposes: [{ sysname: "INFORMING" }],
          scopes: [],
        },
      ]),
      ["openid"],
    );
    expect(permissions[0]!.expire).toBeNull();
    expect(permissionScopes(permissions)).toEqual([]);
  });

  it("reads back what it stored, and drops a stored consent that is no longer valid", () => {
    const permissions = parsePermissions(encode([socialSupport]), ["openid"]);
    expect(permissionsFromJson(JSON.parse(JSON.stringify(permissionsToJson(permissions))))).toEqual(permissions);
    expect(permissionsFromJson([{ ...socialSupport, sysname: "GONE" }])).toEqual([]);
    expect(permissionsFromJson(null)).toEqual([]);
  });

  it("describes a consent in Russian for the consent screen", () => {
    const view = describePermission(parsePermissions(encode([socialSupport]), ["openid"])[0]!);
    expect(view.title).toBe("Согласие на обработку персональных данных для назначения мер социальной поддержки");
    expect(view.purposes).toEqual(["Назначение и выплата пособий и компенсаций"]);
    expect(view.data).toEqual(["Фамилия, имя и отчество", "СНИЛС"]);
    expect(view.term).toBe("Срок действия согласия: 30 дней");
    expect(describePermission({ ...parsePermissions(encode([socialSupport]), ["openid"])[0]!, expire: 90 }).term).toBe(
      "Срок действия согласия: 90 минут",
    );
    expect(describePermission({ ...parsePermissions(encode([socialSupport]), ["openid"])[0]!, expire: 120 }).term).toBe(
      "Срок действия согласия: 2 часа",
    );
  });
});
