"use server";

import { formArgument } from "@/app/_lib/action-arguments";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { requireStaff } from "@/app/staff/_lib/auth";
import { requestMeta } from "@/app/_lib/request-meta";
import {
  approve,
  checkApproval,
  reassign,
  reject,
  requestDocuments,
  resumeReview,
  takeIntoWork,
  type CommandOutcome,
} from "@/lib/casework/commands";
import {
  approveForm,
  formObject,
  reassignForm,
  rejectForm,
  requestDocumentsForm,
  versionForm,
} from "@/lib/casework/forms";
import { prisma } from "@/lib/db/runtime";
import { fieldErrors, submittedValues } from "@/lib/forms/form-state";
import type { DecisionState } from "./decision-state";

// The caseworker's actions: parse, ask for confirmation, then call lib/casework (which authorizes,
// checks the version and the state machine, records the audit entry) and go back to the page.
// Each is a plain form POST first: everything works with JavaScript off.

type Context = Parameters<typeof takeIntoWork>[0];

async function context(formData: FormData): Promise<{ id: number; context: Context }> {
  const id = Number(formData.get("applicationId"));
  const { staff } = await requireStaff(
    Number.isSafeInteger(id) && id > 0 ? `/staff/applications/${id}` : "/staff/queue",
  );
  return { id, context: { db: await prisma(), principal: staff, meta: { ip: (await requestMeta()).ip } } };
}

/**
 * One action's flow: fields checked → «Подтвердить» asked once → the command runs. A conflict
 * goes back to the page with the message (the page then shows what the other person did).
 */
async function decide<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (context: Context, id: number, input: z.output<Schema>) => Promise<CommandOutcome>,
  done: string,
  options: {
    arrays?: readonly string[];
    precheck?: (context: Context, id: number, input: z.output<Schema>) => Promise<CommandOutcome | null>;
  } = {},
): Promise<DecisionState> {
  const { id, context: ctx } = await context(formData);
  const arrays = options.arrays ?? [];
  const values = submittedValues(formData);
  const object = formObject(formData, arrays);
  const lists = Object.fromEntries(arrays.map((name) => [name, (object[name] as string[] | undefined) ?? []]));
  const parsed = schema.safeParse(object);
  if (!parsed.success) return { values, lists, errors: fieldErrors(parsed.error) };
  const problem = formData.get("confirmed") === "1" ? null : await options.precheck?.(ctx, id, parsed.data);
  const outcome = problem ?? (formData.get("confirmed") === "1" ? await run(ctx, id, parsed.data) : null);
  if (!outcome) return { values, lists, errors: {}, confirm: true };
  if (outcome.ok) redirect(`/staff/applications/${id}?done=${done}`);
  if (outcome.kind === "notFound") notFound();
  if (outcome.kind === "conflict") redirect(`/staff/applications/${id}?conflict=${done}`);
  if (outcome.kind === "invalid")
    return { values, lists, errors: outcome.errors, ...(outcome.message ? { message: outcome.message } : {}) };
  return { values, lists, errors: {}, message: outcome.message };
}

/** «Взять в работу». */
export async function takeIntoWorkAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  return decide(formData, versionForm, (ctx, id, input) => takeIntoWork(ctx, id, input.version), "takeIntoWork");
}

/** «Запросить документы». */
export async function requestDocumentsAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  return decide(formData, requestDocumentsForm, requestDocuments, "requestDocuments", { arrays: ["documents"] });
}

/** «Продолжить рассмотрение». */
export async function resumeReviewAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  return decide(formData, versionForm, (ctx, id, input) => resumeReview(ctx, id, input.version), "resumeReview");
}

/** «Принять положительное решение». */
export async function approveAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  // A change without a reason is caught before «Подтвердить», against the figures stored on the server.
  return decide(formData, approveForm, approve, "approve", { precheck: checkApproval });
}

/** «Отказать». */
export async function rejectAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  return decide(formData, rejectForm, reject, "reject");
}

/** «Назначить исполнителя» (supervisors). */
export async function reassignAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  formData = formArgument(formData);
  return decide(formData, reassignForm, reassign, "reassign");
}
