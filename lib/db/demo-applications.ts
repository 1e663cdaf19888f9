import { parseApplication } from "../applications/application-data";
import { computeEligibility } from "../applications/eligibility";
import { applicationNumber } from "../applications/repository";
import type { Answers } from "../applications/steps";
import {
  VALID_ADDRESS,
  VALID_APPLICANT,
  VALID_CHILDREN,
  VALID_CONSENT,
  VALID_FAMILY,
  VALID_KINDERGARTEN,
  VALID_PAYMENT,
} from "../applications/testing";
import { decisionDeadline, type ApplicationStatus } from "../applications/application-status";
import { moscowDate } from "../benefits/calendar";
import { SERVICE_IDS, type ServiceId } from "../benefits/services";
import { decisionWorkingDays } from "../casework/commands";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { makeSnils } from "../validation/snils";

// Applications for the local demo (`npm start`): some 150 over the last six months in six
// territories, through all four channels and in every status, so that «Показатели» and the
// caseworkers' queue show something. Seeded with the other demo data (SEED_DEMO_DATA, never set
// in a deployment) and only when SEED_DEMO_APPLICATIONS is on too (scripts/start.mjs sets it;
// the test servers do not, so their counts start from zero). Once: they belong to one demo
// cabinet created in the same transaction, and a start that finds that cabinet adds nothing.

export const DEMO_APPLICANT_EMAIL = "demo.zayavleniya@example.ru";

const TERRITORIES: readonly { code: string; weight: number; portalShare: number; street: string }[] = [
  { code: "kazan", weight: 40, portalShare: 0.78, street: "г. Казань, ул. Баумана" },
  { code: "naberezhnye-chelny", weight: 25, portalShare: 0.66, street: "г. Набережные Челны, пр. Мира" },
  { code: "almetevsky", weight: 12, portalShare: 0.55, street: "г. Альметьевск, ул. Ленина" },
  { code: "nizhnekamsky", weight: 10, portalShare: 0.6, street: "г. Нижнекамск, пр. Химиков" },
  { code: "arsky", weight: 7, portalShare: 0.4, street: "г. Арск, ул. Советская" },
  { code: "agryzsky", weight: 6, portalShare: 0.35, street: "г. Агрыз, ул. Гагарина" },
];
const SURNAMES = [
  "Хасанова",
  "Галиева",
  "Иванова",
  "Садыкова",
  "Нуриева",
  "Петрова",
  "Закирова",
  "Шарафутдинова",
  "Миннуллина",
  "Кузнецова",
];
const FIRST_NAMES = ["Алия", "Гульнара", "Елена", "Лилия", "Резеда", "Анна", "Айгуль", "Динара", "Эльмира", "Ольга"];
// Waiting, decided and the rest, roughly as a territorial body sees them.
const STATUSES: readonly ApplicationStatus[] = [
  "registered",
  "registered",
  "in_review",
  "in_review",
  "docs_requested",
  "approved",
  "approved",
  "approved",
  "approved",
  "rejected",
  "rejected",
  "withdrawn",
];
const DECIDED = new Set<ApplicationStatus>(["approved", "rejected"]);

/** A small deterministic generator: the same demo on every machine. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function snilsFor(index: number): string {
  return makeSnils(String(200_000_000 + index * 7_919).slice(-9));
}

function answersFor(serviceId: ServiceId, index: number, territory: (typeof TERRITORIES)[number]): Answers {
  const lastName = SURNAMES[index % SURNAMES.length]!;
  const answers: Answers = {
    applicant: {
      ...VALID_APPLICANT,
      lastName,
      firstName: FIRST_NAMES[(index * 3) % FIRST_NAMES.length]!,
      snils: snilsFor(index),
      email: `demo${index}@example.ru`,
    },
    address: {
      ...VALID_ADDRESS,
      territory: territory.code,
      registrationAddress: `${territory.street}, д. ${(index % 60) + 1}, кв. ${(index % 90) + 1}`,
    },
    children: { ...VALID_CHILDREN },
    payment: { ...VALID_PAYMENT },
    attachments: {},
    consent: { ...VALID_CONSENT },
  };
  if (serviceId !== "child-allowance") answers.kindergarten = { ...VALID_KINDERGARTEN };
  if (serviceId !== "kindergarten-basic") answers.family = { ...VALID_FAMILY };
  return answers;
}

/** Adds the demo applications unless the demo cabinet exists; returns how many were added. */
export async function seedDemoApplications(prisma: PrismaClient, now = new Date(), count = 150): Promise<number> {
  if (await prisma.user.findUnique({ where: { email: DEMO_APPLICANT_EMAIL }, select: { id: true } })) return 0;
  const territories = await prisma.territory.findMany({
    where: { code: { in: TERRITORIES.map((t) => t.code) } },
    select: { id: true, code: true },
  });
  const staff = await prisma.staff.findMany({
    where: { role: "caseworker", active: true },
    select: { id: true, territoryId: true },
  });
  const random = sequence(2026);
  const totalWeight = TERRITORIES.reduce((sum, t) => sum + t.weight, 0);

  // Two instances starting at once: the second's transaction meets the first's cabinet (unique
  // e-mail) and rolls back whole, adding nothing.
  return prisma
    .$transaction(
      async (tx) => {
        const user = await tx.user.create({
          data: {
            email: DEMO_APPLICANT_EMAIL,
            emailVerified: true,
            passwordHash: "!",
            lastName: "Демо",
            firstName: "Заявитель",
          },
          select: { id: true },
        });
        for (let index = 0; index < count; index += 1) {
          let pick = random() * totalWeight;
          const territory = TERRITORIES.find((t) => (pick -= t.weight) < 0) ?? TERRITORIES[0]!;
          const territoryId = territories.find((t) => t.code === territory.code)?.id;
          if (territoryId === undefined) throw new Error(`Demo territory ${territory.code} is not seeded`);
          const serviceId = SERVICE_IDS[Math.floor(random() * SERVICE_IDS.length)]!;
          const portal = random() < territory.portalShare;
          const channel = portal
            ? "portal"
            : (["in_person", "in_person", "mfc", "post"] as const)[Math.floor(random() * 4)]!;
          // Waiting ones were sent in the last three weeks (a few overdue), the rest over six months.
          let status = STATUSES[Math.floor(random() * STATUSES.length)]!;
          const recent = ["registered", "in_review", "docs_requested"].includes(status);
          const submittedAt = new Date(
            now.getTime() - Math.floor(random() * (recent ? 21 : 180) * 86_400_000) - 3_600_000,
          );
          const decidedAt = DECIDED.has(status)
            ? new Date(
                Math.min(now.getTime() - 60_000, submittedAt.getTime() + (3 + Math.floor(random() * 14)) * 86_400_000),
              )
            : null;
          if (decidedAt && decidedAt <= submittedAt) status = "in_review";
          const answers = answersFor(serviceId, index, territory);
          const parsed = parseApplication(serviceId, answers);
          if (!parsed.ok)
            throw new Error(`Demo application ${index} does not pass its own forms: ${parsed.invalidSteps.join(", ")}`);
          const eligibility = computeEligibility(serviceId, parsed.data, moscowDate(submittedAt.toISOString()));
          const assigned = status === "registered" ? undefined : staff.find((s) => s.territoryId === territoryId);
          const created = await tx.application.create({
            data: {
              userId: portal || index % 3 === 0 ? user.id : null,
              serviceId,
              status,
              channel,
              esiaLevel: portal ? (index % 4 === 0 ? "confirmed" : "standard") : index % 3 === 0 ? "simplified" : null,
              answers: answers as unknown as Prisma.InputJsonValue,
              completedSteps: Object.keys(answers),
              esiaFields: [],
              territoryId,
              applicantSurname: parsed.data.applicant.lastName.toLowerCase(),
              applicantSnils: parsed.data.applicant.snils.replace(/\D/g, ""),
              eligibility: eligibility as unknown as Prisma.InputJsonValue,
              amountKopecks: status === "approved" ? eligibility.amountKopecks : null,
              decisionDue: decisionDeadline(submittedAt.toISOString(), serviceId).date,
              assignedStaffId:
                DECIDED.has(status) || status === "in_review" || status === "docs_requested"
                  ? (assigned?.id ?? null)
                  : null,
              receivedOn: portal ? null : moscowDate(submittedAt.toISOString()),
              submittedAt,
              decidedAt: DECIDED.has(status) ? decidedAt : null,
              decisionWorkingDays:
                DECIDED.has(status) && decidedAt ? decisionWorkingDays(submittedAt, decidedAt) : null,
              createdAt: submittedAt,
            },
            select: { id: true },
          });
          await tx.application.update({
            where: { id: created.id },
            data: { number: applicationNumber(created.id, submittedAt) },
          });
          const actor = assigned
            ? { actor: "caseworker", actorId: String(assigned.id) }
            : { actor: "system", actorId: null };
          const events: {
            fromStatus: ApplicationStatus | null;
            toStatus: ApplicationStatus;
            action: string;
            at: Date;
            actor: string;
            actorId: string | null;
          }[] = [
            {
              fromStatus: "draft",
              toStatus: "submitted",
              action: portal ? "submit" : "receivePaper",
              at: submittedAt,
              actor: portal ? "applicant" : actor.actor,
              actorId: portal ? String(user.id) : actor.actorId,
            },
            {
              fromStatus: "submitted",
              toStatus: "registered",
              action: "register",
              at: new Date(submittedAt.getTime() + 60_000),
              actor: "system",
              actorId: null,
            },
          ];
          if (status !== "registered")
            events.push({
              fromStatus: "registered",
              toStatus: status,
              action:
                status === "withdrawn"
                  ? "withdraw"
                  : status === "docs_requested"
                    ? "requestDocuments"
                    : DECIDED.has(status)
                      ? status === "approved"
                        ? "approve"
                        : "reject"
                      : "takeIntoWork",
              at: decidedAt ?? new Date(submittedAt.getTime() + 3_600_000),
              ...(status === "withdrawn" ? { actor: "applicant", actorId: String(user.id) } : actor),
            });
          await tx.applicationEvent.createMany({
            data: events.map((event) => ({
              applicationId: created.id,
              ...event,
              reasonCode: event.toStatus === "rejected" ? "childDoesNotAttend" : null,
            })),
          });
        }
        return count;
        // 150 applications with their history: seconds, far more under load than Prisma's 5 s default.
      },
      { timeout: 180_000, maxWait: 30_000 },
    )
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return 0;
      throw error;
    });
}
