import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWorkingDays,
  ageOn,
  assertIsoDate,
  calendarYear,
  coversYears,
  dayOfWeek,
  isWorkingDay,
  moscowDate,
  statutoryYear,
  workingDaysBetween,
  type WorkingCalendar,
} from "./calendar";
import { RUSSIAN_WORKING_CALENDAR, TATARSTAN_WORKING_CALENDAR } from "./reference-data";

const RT = TATARSTAN_WORKING_CALENDAR;

function workingDaysIn(year: number, calendar: WorkingCalendar): number {
  let count = 0;
  for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1))
    if (isWorkingDay(date, calendar)) count += 1;
  return count;
}

describe("dates", () => {
  it("refuses dates that do not exist", () => {
    expect(assertIsoDate("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2026-13-01", "01.03.2026", "2026-3-1", ""])
      expect(() => assertIsoDate(bad)).toThrow(RangeError);
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(dayOfWeek("2026-11-23")).toBe(1); // Monday
  });

  it("adds months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-04", -13)).toBe("2025-03");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
  });

  it("makes a person N years old on the Nth birthday itself", () => {
    expect(ageOn("2010-05-15", "2026-05-14")).toBe(15);
    expect(ageOn("2010-05-15", "2026-05-15")).toBe(16);
    expect(ageOn("2026-05-15", "2026-05-15")).toBe(0);
    expect(() => ageOn("2026-05-15", "2026-05-14")).toThrow(RangeError);
  });

  it("ages a 29 February child on 28 February of a common year", () => {
    expect(ageOn("2008-02-29", "2026-02-27")).toBe(17);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(18);
    expect(ageOn("2008-02-29", "2024-02-28")).toBe(15);
    expect(ageOn("2008-02-29", "2024-02-29")).toBe(16);
  });

  it("reads an instant as the Moscow calendar date", () => {
    expect(moscowDate("2026-03-05")).toBe("2026-03-05");
    expect(moscowDate("2026-03-05T20:59:59Z")).toBe("2026-03-05");
    expect(moscowDate("2026-03-05T21:00:00Z")).toBe("2026-03-06");
    expect(() => moscowDate("вчера")).toThrow(RangeError);
  });
});

describe("working days in 2026", () => {
  it("count 247 in Russia (ПП РФ № 1466) and 244 in Tatarstan", () => {
    expect(workingDaysIn(2026, RUSSIAN_WORKING_CALENDAR)).toBe(247);
    expect(workingDaysIn(2026, RT)).toBe(244);
  });

  it("skip weekends, federal holidays, moved days off and Tatarstan's holidays", () => {
    expect(isWorkingDay("2026-03-07", RT)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-09", RT)).toBe(false); // for 8 March, a Sunday
    expect(isWorkingDay("2026-01-09", RT)).toBe(false); // moved from 3 January
    expect(isWorkingDay("2026-12-31", RT)).toBe(false); // moved from 4 January
    expect(isWorkingDay("2026-03-20", RT)).toBe(false); // Ураза-байрам
    expect(isWorkingDay("2026-03-20", RUSSIAN_WORKING_CALENDAR)).toBe(true);
    expect(isWorkingDay("2026-11-06", RT)).toBe(false); // День Конституции РТ
    expect(isWorkingDay("2026-08-31", RT)).toBe(true); // 30 August was a Sunday: no extra day
    expect(isWorkingDay("2026-03-10", RT)).toBe(true);
  });

  it("add working days counting from the next day", () => {
    expect(addWorkingDays("2026-03-02", 0, RT)).toBe("2026-03-02");
    expect(addWorkingDays("2026-03-02", 1, RT)).toBe("2026-03-03");
    expect(addWorkingDays("2026-03-06", 1, RT)).toBe("2026-03-10"); // Fri → over the weekend and 9 March
    expect(addWorkingDays("2026-03-19", 1, RT)).toBe("2026-03-23"); // over Ураза-байрам and the weekend
    expect(addWorkingDays("2026-03-19", 1, RUSSIAN_WORKING_CALENDAR)).toBe("2026-03-20");
    expect(addWorkingDays("2025-12-31", 1, RT)).toBe("2026-01-12");
    expect(() => addWorkingDays("2026-03-02", -1, RT)).toThrow(RangeError);
  });

  it("count working days between two dates", () => {
    expect(workingDaysBetween("2026-03-06", "2026-03-10", RT)).toBe(1);
    expect(workingDaysBetween("2026-03-02", "2026-03-02", RT)).toBe(0);
    expect(workingDaysBetween("2026-03-02", "2026-03-13", RT)).toBe(8); // 3–6 and 10–13 March
  });
});

describe("a year without a loaded calendar", () => {
  it("falls back to the statutory holidays and says so", () => {
    expect(calendarYear(RT, 2026).provisional).toBe(false);
    expect(calendarYear(RT, 2027).provisional).toBe(true);
    expect(coversYears(RT, "2026-01-01", "2026-12-31")).toBe(true);
    expect(coversYears(RT, "2026-12-20", "2027-01-15")).toBe(false);
  });

  it("moves a non-January federal holiday off a weekend, but not Tatarstan's", () => {
    const days = statutoryYear(2027, true).daysOff.map((d) => d.date);
    expect(days).toEqual([
      "2027-01-01",
      "2027-01-04",
      "2027-01-05",
      "2027-01-06",
      "2027-01-07",
      "2027-01-08",
      "2027-02-23",
      "2027-03-08",
      "2027-05-03", // 1 May is a Saturday
      "2027-05-10", // 9 May is a Sunday
      "2027-06-14", // 12 June is a Saturday
      "2027-08-30", // День Республики, a Monday
      "2027-11-04",
      // 6 November 2027 is a Saturday: no day off in RT
    ]);
    expect(statutoryYear(2027, false).daysOff.map((d) => d.date)).not.toContain("2027-08-30");
  });

  it("agrees with the adopted 2026 calendar except for the decree's transfers and the Islamic holidays", () => {
    const statutory = new Set(statutoryYear(2026, true).daysOff.map((d) => d.date));
    const adopted = new Set(calendarYear(RT, 2026).calendar.daysOff.map((d) => d.date));
    expect([...adopted].filter((d) => !statutory.has(d)).sort()).toEqual([
      "2026-01-09",
      "2026-03-20",
      "2026-05-27",
      "2026-12-31",
    ]);
    expect([...statutory].filter((d) => !adopted.has(d))).toEqual([]);
  });
});
