import type { ApplicationStatus } from "../applications/application-status";
import type { ServiceId } from "../benefits/services";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { StaffPrincipal, StaffRole } from "./access";

// Fixtures for the casework integration tests: territories, staff of each role, applicants and
// applications in any status, written straight to the database (the citizen side's own tests
// cover filing; here only what a caseworker finds matters).

let counter = 0;
const next = () => ++counter;

export async function territoryId(db: PrismaClient, code: string): Promise<number> {
  return (await db.territory.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export async function createStaff(
  db: PrismaClient,
  role: StaffRole,
  territory: number | null,
  fullName = `Сотрудник ${role} ${counter + 1}`,
): Promise<StaffPrincipal & { fullName: string }> {
  const staff = await db.staff.create({
    data: { login: `test.${role}.${next()}`, passwordHash: "not-used", fullName, role, territoryId: territory },
    select: { id: true, role: true, territoryId: true, fullName: true },
  });
  return staff;
}

export async function createApplicant(
  db: PrismaClient,
  contact: { email?: string; phone?: string } = {},
): Promise<number> {
  const n = next();
  const user = await db.user.create({
    data: {
      email: contact.email ?? `applicant${n}.${Date.now()}@example.ru`,
      emailVerified: true,
      phone: contact.phone ?? null,
      phoneVerified: Boolean(contact.phone),
      passwordHash: "not-used",
      lastName: "Заявитель",
      firstName: "Тест",
    },
    select: { id: true },
  });
  return user.id;
}

export interface ApplicationFixture {
  userId: number;
  territoryId: number | null;
  status?: ApplicationStatus;
  serviceId?: ServiceId;
  submittedAt?: Date | null;
  decisionDue?: string | null;
  lastName?: string;
  firstName?: string;
  snils?: string;
  eligibility?: Prisma.InputJsonValue;
  assignedStaffId?: number | null;
  number?: string | null;
}

export const ELIGIBLE: Prisma.InputJsonValue = {
  eligible: true,
  amountKopecks: 192_050,
  explanation: ["Средний размер родительской платы: 2 750 ₽", "Первый ребенок: 20 %"],
  refusalReasons: [],
  period: { start: "2026-12", months: 12 },
  referenceDate: "2026-11-23",
  uncertain: false,
};

export async function createApplication(
  db: PrismaClient,
  fixture: ApplicationFixture,
): Promise<{ id: number; number: string | null; version: number }> {
  const n = next();
  const status = fixture.status ?? "registered";
  const lastName = fixture.lastName ?? "Хасанова";
  const submittedAt =
    fixture.submittedAt === undefined
      ? status === "draft"
        ? null
        : new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + n * 1000)
      : fixture.submittedAt;
  const application = await db.application.create({
    data: {
      userId: fixture.userId,
      serviceId: fixture.serviceId ?? "kindergarten-basic",
      status,
      number:
        fixture.number === undefined
          ? status === "draft"
            ? null
            : `16-2026-${String(9_000_000 + n).padStart(7, "0")}`
          : fixture.number,
      territoryId: fixture.territoryId,
      answers: {
        applicant: {
          lastName,
          firstName: fixture.firstName ?? "Алия",
          middleName: "Ринатовна",
          snils: fixture.snils ?? "112-233-445 95",
        },
      },
      esiaFields: ["applicant.lastName", "applicant.firstName", "applicant.snils"],
      esiaLevel: "standard",
      applicantSurname: lastName.toLowerCase(),
      applicantSnils: (fixture.snils ?? "112-233-445 95").replace(/\D/g, ""),
      eligibility: fixture.eligibility ?? ELIGIBLE,
      amountKopecks: null,
      decisionDue: fixture.decisionDue === undefined ? "2026-12-04" : fixture.decisionDue,
      submittedAt,
      assignedStaffId: fixture.assignedStaffId ?? null,
    },
    select: { id: true, number: true, version: true },
  });
  return application;
}
