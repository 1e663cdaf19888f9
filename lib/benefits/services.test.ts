import { describe, expect, it } from "vitest";
import { meetsLevel } from "../esia/assurance";
import { BENEFIT_SERVICES, inPersonCasesFor, isServiceId, SERVICE_IDS, serviceById } from "./services";

const ONLINE = { actsByProxy: false, hasStudent18to23: false, birthCertificateOutsideTatarstan: false };

describe("benefit services", () => {
  it("are the three services of the seed letter, with its titles", () => {
    expect(SERVICE_IDS.map((id) => serviceById(id).title)).toEqual([
      "Назначение основной компенсации части родительской платы за детский сад",
      "Назначение дополнительной компенсации части родительской платы за детский сад",
      "Назначение ежемесячного пособия на ребенка",
    ]);
    for (const id of SERVICE_IDS) expect(BENEFIT_SERVICES[id].id).toBe(id);
    expect(isServiceId("child-allowance")).toBe(true);
    expect(isServiceId("pension")).toBe(false);
  });

  it("need a standard ESIA account", () => {
    for (const id of SERVICE_IDS) {
      const service = serviceById(id);
      expect(service.requiredEsiaLevel).toBe("standard");
      expect(meetsLevel("simplified", service.requiredEsiaLevel)).toBe(false);
      expect(meetsLevel("confirmed", service.requiredEsiaLevel)).toBe(true);
    }
  });

  it("means-test the additional compensation and the allowance, not the basic compensation", () => {
    expect(SERVICE_IDS.map((id) => [id, serviceById(id).meansTested, serviceById(id).incomePeriod !== null])).toEqual([
      ["kindergarten-basic", false, false],
      ["kindergarten-additional", true, true],
      ["child-allowance", true, true],
    ]);
  });

  it("carry deadlines, requirements, a result and the uncertainties", () => {
    for (const id of SERVICE_IDS) {
      const service = serviceById(id);
      const {
        registrationWorkingDays,
        decisionWorkingDays,
        documentsWorkingDays,
        statusNotificationWorkingDays,
        refusalNoticeCalendarDays,
      } = service.deadlines;
      for (const days of [
        registrationWorkingDays,
        decisionWorkingDays,
        documentsWorkingDays,
        statusNotificationWorkingDays,
        refusalNoticeCalendarDays,
      ]) {
        expect(Number.isSafeInteger(days) && days > 0).toBe(true);
      }
      expect(decisionWorkingDays).toBe(10);
      expect(service.requirements.length).toBeGreaterThan(3);
      expect(service.result).toMatch(/Решение/);
      expect(service.applicants.roles.length).toBeGreaterThan(0);
      expect(service.uncertainties.length).toBeGreaterThan(0);
    }
    expect(serviceById("child-allowance").notice).toMatch(/единым пособием/);
  });

  it("send proxies, families with 18–23-year-old students and out-of-RT certificates to an РЦМП branch", () => {
    expect(inPersonCasesFor("kindergarten-basic", ONLINE)).toEqual([]);
    expect(
      inPersonCasesFor("kindergarten-basic", {
        actsByProxy: true,
        hasStudent18to23: true,
        birthCertificateOutsideTatarstan: true,
      }),
    ).toEqual(["proxy", "student18to23", "birthCertificateOutsideTatarstan"]);
    expect(inPersonCasesFor("kindergarten-additional", { ...ONLINE, birthCertificateOutsideTatarstan: true })).toEqual([
      "birthCertificateOutsideTatarstan",
    ]);
    expect(inPersonCasesFor("child-allowance", { ...ONLINE, hasStudent18to23: true })).toEqual([]);
    expect(inPersonCasesFor("child-allowance", { ...ONLINE, actsByProxy: true })).toEqual(["proxy"]);
  });
});
