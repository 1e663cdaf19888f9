import { describe, expect, it } from "vitest";
import { TATARSTAN_TERRITORIES, territorialBodyName } from "./territories";

describe("territories of the Republic of Tatarstan", () => {
  it("are 43 municipal districts and 2 urban okrugs, each with a unique code and name", () => {
    expect(TATARSTAN_TERRITORIES).toHaveLength(45);
    expect(TATARSTAN_TERRITORIES.filter((t) => t.kind === "municipal_district")).toHaveLength(43);
    expect(TATARSTAN_TERRITORIES.filter((t) => t.kind === "urban_okrug").map((t) => t.name)).toEqual([
      "город Казань",
      "город Набережные Челны",
    ]);
    expect(new Set(TATARSTAN_TERRITORIES.map((t) => t.code)).size).toBe(45);
    expect(new Set(TATARSTAN_TERRITORIES.map((t) => t.name)).size).toBe(45);
  });

  it("name each body in the locative case of its territory", () => {
    const byCode = (code: string) => TATARSTAN_TERRITORIES.find((t) => t.code === code)!;
    expect(territorialBodyName(byCode("agryzsky"))).toBe(
      "Отдел социальной защиты Министерства труда, занятости и социальной защиты Республики Татарстан в Агрызском муниципальном районе",
    );
    expect(territorialBodyName(byCode("kamsko-ustinsky"))).toMatch(/в Камско-Устьинском муниципальном районе$/);
    expect(territorialBodyName(byCode("kazan"))).toMatch(/^Управление социальной защиты .* в городе Казани$/);
    for (const territory of TATARSTAN_TERRITORIES)
      expect(territorialBodyName(territory)).not.toMatch(/ский муниципальный район/);
  });
});
