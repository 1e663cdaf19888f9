"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/runtime";
import { submittedValues, withErrors, type FormState } from "@/lib/forms/form-state";
import {
  createStaffAccount,
  renameTerritorialBody,
  resetSecondFactor,
  setStaffActive,
  type AdminOutcome,
  type StaffActor,
} from "@/lib/staff/admin";
import { currentStaff } from "../_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";

// Every action finds the signed-in staff member itself and lets lib/staff/admin.ts decide: a
// non-administrator is refused there (and audited) and answered 404 here, like the pages.

async function actor(returnTo: string): Promise<{ actor: StaffActor; ip: string }> {
  const signedIn = await currentStaff();
  if (!signedIn) redirect(`/staff/login?returnTo=${encodeURIComponent(returnTo)}`);
  return { actor: { id: signedIn.staff.id, role: signedIn.staff.role }, ip: (await requestMeta()).ip };
}

function refusedOr<T>(outcome: AdminOutcome<T>): void {
  if (!outcome.ok && (outcome.kind === "forbidden" || outcome.kind === "not_found")) notFound();
}

const idOf = (formData: FormData) => {
  const id = Number(formData.get("staffId"));
  return Number.isInteger(id) && id > 0 ? id : 0;
};

/** «Отключить» / «Включить» / «Сбросить второй фактор» on the list: plain forms, answered on the list. */
export async function staffAccountAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const { actor: who, ip } = await actor("/staff/admin");
  const staffId = idOf(formData);
  const operation = formData.get("operation");
  const db = await prisma();
  const outcome =
    operation === "deactivate"
      ? await setStaffActive(db, who, staffId, false, ip)
      : operation === "reactivate"
        ? await setStaffActive(db, who, staffId, true, ip)
        : operation === "reset-second-factor"
          ? await resetSecondFactor(db, who, staffId, ip)
          : ({ ok: false, kind: "not_found", message: "" } as const);
  refusedOr(outcome);
  redirect(
    outcome.ok ? `/staff/admin?done=${operation}&id=${staffId}` : `/staff/admin?refused=${operation}&id=${staffId}`,
  );
}

export async function createStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const { actor: who, ip } = await actor("/staff/admin/staff/new");
  const { password: _password, passwordConfirmation: _confirmation, ...values } = submittedValues(formData);
  const outcome = await createStaffAccount(await prisma(), who, Object.fromEntries(formData), ip);
  refusedOr(outcome);
  if (!outcome.ok)
    return withErrors(
      values,
      outcome.field ? { [outcome.field]: outcome.message } : {},
      outcome.field ? undefined : outcome.message,
    );
  redirect(`/staff/admin?done=created&id=${outcome.value}`);
}

export async function renameTerritorialBodyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const territoryId = Number(formData.get("territoryId"));
  const { actor: who, ip } = await actor(`/staff/admin/territories/${territoryId}`);
  const values = submittedValues(formData);
  const outcome = await renameTerritorialBody(
    await prisma(),
    who,
    Number.isInteger(territoryId) ? territoryId : 0,
    Object.fromEntries(formData),
    ip,
  );
  refusedOr(outcome);
  if (!outcome.ok) return withErrors(values, { name: outcome.message });
  redirect(`/staff/admin/territories?renamed=${territoryId}`);
}
