import { describe, expect, it } from "vitest";
import { ESTIMATE_FIELD_LABELS } from "../benefits/estimate-form";
import { ALLOWANCE_CATEGORIES } from "../benefits/child-allowance";
import { APPLICANT_ROLES, BENEFIT_SERVICES, IN_PERSON_CASES } from "../benefits/services";
import { PROFILE_FIELDS } from "../cabinet/profile";
import { LEVEL_ALLOWS } from "../esia/assurance";
import { LEAFLET_STEPS, LEAFLETS, MOBILE_APP, PORTAL_HEADING, SUPPORT_PHONES } from "../leaflets/content";
import { PASSWORD_RULES } from "../validation/password";
import ru from "../../messages/pages/ru.json";
import tt from "../../messages/pages/tt.json";
import { monthNameIn, periodNameIn } from "./period";

// The Russian texts of the citizen pages live in the catalogue now; the domain keeps its own
// Russian for the staff and the documents. These keep the two the same, so the Russian pages read
// exactly as the domain names things.

describe("the pages catalogue in Russian", () => {
  it("names each service's applicants, conditions, requirements and in-person cases as lib/benefits does", () => {
    for (const [id, service] of Object.entries(BENEFIT_SERVICES)) {
      const info = ru.serviceInfo[id as keyof typeof BENEFIT_SERVICES];
      expect(Object.values(info.conditions), id).toEqual(service.applicants.conditions);
      expect(Object.values(info.requirements), id).toEqual(service.requirements);
      expect(ru.serviceInfo.payment).toBe(`Выплата — ${service.deadlines.firstPayment.toLowerCase()}.`);
    }
    expect(ru.serviceInfo.roles).toEqual(APPLICANT_ROLES);
    expect(ru.serviceInfo.inPersonCases).toEqual(IN_PERSON_CASES);
  });

  it("labels the estimate fields, categories, profile fields and password rules as the domain does", () => {
    for (const [field, label] of Object.entries(ESTIMATE_FIELD_LABELS))
      expect(ru.fieldMessages.words[field as keyof typeof ESTIMATE_FIELD_LABELS], field).toBe(label);
    expect(ru.estimate.categories).toEqual(ALLOWANCE_CATEGORIES);
    expect(ru.linking.fields).toEqual(PROFILE_FIELDS);
    for (const { rule, label } of PASSWORD_RULES) expect(ru.registration.policy[rule]).toBe(label);
    expect(ru.linking.settings.levelAllows).toEqual(LEVEL_ALLOWS);
  });

  it("words the leaflets as the ministry's letter does (lib/leaflets/content.ts, also the PDFs)", () => {
    for (const [id, leaflet] of Object.entries(LEAFLETS)) {
      expect(ru.leaflets[id as keyof typeof LEAFLETS]).toBe(leaflet.title);
      expect(ru.leaflets.subtitle).toBe(leaflet.subtitle);
    }
    expect(ru.leaflets.portal).toBe(PORTAL_HEADING);
    expect(ru.leaflets.mobileApp).toBe(MOBILE_APP);
    expect(Object.values(ru.leaflets.steps)).toEqual(LEAFLET_STEPS);
    expect([ru.leaflets.support.gosuslugi, ru.leaflets.support.portal]).toEqual(SUPPORT_PHONES.map((s) => s.title));
  });

  it("has a Tatar text for each of them, which is not the Russian one", () => {
    expect(tt.serviceInfo.roles.mother).toBe("Ана");
    expect(tt.fieldMessages.words.childBirthDate).toBe("Баланың туу датасы");
    expect(tt.registration.policy.digit).not.toBe(ru.registration.policy.digit);
  });
});

describe("month names of the estimate", () => {
  it("keep the Russian wording and use CLDR's in Tatar", () => {
    expect(monthNameIn("ru", "2026-11")).toBe("ноябрь 2026 г.");
    expect(monthNameIn("tt", "2026-11")).toBe("2026 ел, ноябрь");
    expect(periodNameIn("ru", ["2026-08", "2026-09", "2026-10"])).toBe("август — октябрь 2026 г.");
    expect(periodNameIn("tt", ["2026-08", "2026-09", "2026-10"])).toBe("2026 ел, август — октябрь");
    expect(periodNameIn("tt", ["2025-12", "2026-01"])).toBe("2025 ел, декабрь — 2026 ел, гыйнвар");
  });
});
