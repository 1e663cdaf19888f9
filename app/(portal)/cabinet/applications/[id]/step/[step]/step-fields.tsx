"use client";

import { createContext, useContext } from "react";
import { Checkbox, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { MEMBER_STATUSES } from "@/lib/benefits/member-statuses";
import { GROUP_HOURS } from "@/lib/benefits/group-hours";
import { APPLICANT_ROLES } from "@/lib/benefits/applicant-roles";
import { MAX_ATTACHMENT_BYTES, type AttachmentSlot } from "@/lib/applications/attachment-slots";
import { GENDERS, PAYMENT_METHODS, RELATION_VALUES } from "@/lib/applications/answer-options";
import { rowCount, type StepValues } from "@/lib/applications/steps";
import {
  ADDRESS_FIELDS,
  ALLOWANCE_CHILD_FIELDS,
  APPLICANT_FIELDS,
  CHILD_FIELDS,
  CONSENT_FIELDS,
  FAMILY_FIELDS,
  fieldsOf,
  KINDERGARTEN_FIELDS,
  MEMBER_FIELDS,
  PAYMENT_FIELDS,
  type FieldSpec,
} from "@/lib/applications/fields";
import type { Translate } from "@/lib/i18n/words";

// The fields of each step, named, labelled and hinted by the step's table
// (lib/applications/fields.ts); rows of a repeatable list are "children.0.lastName". A field
// prefilled from ESIA and unchanged says so. The words come from the catalogue part
// messages/form/ (fields, choices, form) in the page's language: the step page hands them to
// StepForm as data (lib/i18n/catalogue.ts `formWords`), which gives these components their
// translator (lib/i18n/words.ts) through StepWordsContext: labels by the field's key.

export interface StepFieldProps {
  values: StepValues;
  errors: Record<string, string>;
  esiaFields: readonly string[];
}

/** The step's words in the page's language (StepForm provides them). */
export const StepWordsContext = createContext<Translate | null>(null);

function useWords(): Translate {
  const t = useContext(StepWordsContext);
  if (!t) throw new Error("StepWordsContext is missing above the step's fields");
  return t;
}

/** A field's label and hint in the page's language, by the field's key in its table. */
function label(t: Translate, field: FieldSpec): string {
  return t(`fields.${field.key}.label`);
}

function hintFor(t: Translate, props: StepFieldProps, name: string, field: FieldSpec): string | undefined {
  const fromEsia = props.esiaFields.includes(name);
  const hint = t.has(`fields.${field.key}.hint`) ? t(`fields.${field.key}.hint`) : null;
  return [fromEsia ? t("form.fromEsia") : null, hint].filter(Boolean).join(". ") || undefined;
}

/** A choice list's entries in the page's language ("gender" → M, F). */
function choices(t: Translate, list: string, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`choices.${list}.${value}`) }));
}

/** «Выберите» first: a select starts with nothing chosen. */
function withPlaceholder(t: Translate, options: { value: string; label: string }[]) {
  return [{ value: "", label: t("choices.choose") }, ...options];
}

/** A text field of a step's table; `name` for a row's field ("children.0.lastName"). */
function Text(
  props: StepFieldProps & {
    field: FieldSpec;
    name?: string;
    inputMode?: "numeric" | "tel" | "email" | "text";
    autoComplete?: string;
  },
) {
  const t = useWords();
  const { field, inputMode, autoComplete } = props;
  const name = props.name ?? field.name;
  return (
    <TextField
      name={name}
      label={label(t, field)}
      mandatory={field.required || undefined}
      hint={hintFor(t, props, name, field)}
      inputMode={inputMode}
      autoComplete={autoComplete ?? "off"}
      defaultValue={props.values[name] ?? ""}
      error={props.errors[name]}
    />
  );
}

function Tick(props: StepFieldProps & { field: FieldSpec; name?: string }) {
  const t = useWords();
  const name = props.name ?? props.field.name;
  return (
    <Checkbox
      name={name}
      label={label(t, props.field)}
      defaultChecked={props.values[name] === "on"}
      error={props.errors[name]}
    />
  );
}

function Select(
  props: StepFieldProps & { field: FieldSpec; name?: string; options: { value: string; label: string }[] },
) {
  const t = useWords();
  const name = props.name ?? props.field.name;
  return (
    <SelectField
      name={name}
      label={label(t, props.field)}
      mandatory={props.field.required || undefined}
      hint={hintFor(t, props, name, props.field)}
      options={props.options}
      defaultValue={props.values[name] ?? ""}
      error={props.errors[name]}
    />
  );
}

function Radios(
  props: StepFieldProps & { field: FieldSpec; name?: string; options: { value: string; label: string }[] },
) {
  const t = useWords();
  const name = props.name ?? props.field.name;
  return (
    <RadioGroup
      name={name}
      legend={label(t, props.field)}
      hint={hintFor(t, props, name, props.field)}
      mandatory={props.field.required || undefined}
      options={props.options}
      defaultValue={props.values[name]}
      error={props.errors[name]}
    />
  );
}

const A = APPLICANT_FIELDS;

const ROLE_VALUES = Object.keys(APPLICANT_ROLES);
const MEMBER_STATUS_VALUES = Object.keys(MEMBER_STATUSES);
const PAYMENT_VALUES = Object.keys(PAYMENT_METHODS);

export function ApplicantFields(props: StepFieldProps) {
  const t = useWords();
  return (
    <>
      <Text {...props} field={A.lastName} autoComplete="family-name" />
      <Text {...props} field={A.firstName} autoComplete="given-name" />
      <Text {...props} field={A.middleName} autoComplete="additional-name" />
      <Text {...props} field={A.birthDate} inputMode="numeric" />
      <Radios {...props} field={A.gender} options={choices(t, "gender", GENDERS)} />
      <Text {...props} field={A.snils} inputMode="numeric" />
      <Select {...props} field={A.role} options={withPlaceholder(t, choices(t, "role", ROLE_VALUES))} />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">{t("form.passport")}</legend>
        <Text {...props} field={A.passportSeries} inputMode="numeric" />
        <Text {...props} field={A.passportNumber} inputMode="numeric" />
        <Text {...props} field={A.passportIssueDate} inputMode="numeric" />
        <Text {...props} field={A.passportIssuedBy} />
        <Text {...props} field={A.passportSubdivision} inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">{t("form.contacts")}</legend>
        <Text {...props} field={A.phone} inputMode="tel" autoComplete="tel" />
        <Text {...props} field={A.email} inputMode="email" autoComplete="email" />
      </fieldset>
    </>
  );
}

export function AddressFields(props: StepFieldProps & { territories: { value: string; label: string }[] }) {
  const t = useWords();
  const F = ADDRESS_FIELDS;
  return (
    <>
      <Select {...props} field={F.territory} options={withPlaceholder(t, props.territories)} />
      <Text {...props} field={F.postcode} inputMode="numeric" autoComplete="postal-code" />
      <Text {...props} field={F.registrationAddress} />
      <Tick {...props} field={F.residenceSame} />
      <Text {...props} field={F.residenceAddress} />
    </>
  );
}

function RowButton({ intent, children }: { intent: string; children: string }) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      className="mt-4 rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {children}
    </button>
  );
}

const C = CHILD_FIELDS;

export function ChildrenFields(props: StepFieldProps & { allowance: boolean }) {
  const t = useWords();
  const count = rowCount(props.values, "children");
  return (
    <>
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `children.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t("form.child", { number: index + 1 })}</legend>
            <Text {...props} field={C.lastName} name={p("lastName")} />
            <Text {...props} field={C.firstName} name={p("firstName")} />
            <Text {...props} field={C.middleName} name={p("middleName")} />
            <Text {...props} field={C.birthDate} name={p("birthDate")} inputMode="numeric" />
            <Radios {...props} field={C.gender} name={p("gender")} options={choices(t, "gender", GENDERS)} />
            <Text {...props} field={C.snils} name={p("snils")} inputMode="numeric" />
            <Text {...props} field={C.certificateSeries} name={p("certificateSeries")} />
            <Text {...props} field={C.certificateNumber} name={p("certificateNumber")} inputMode="numeric" />
            <Text {...props} field={C.certificateDate} name={p("certificateDate")} inputMode="numeric" />
            <Text {...props} field={C.certificateIssuedBy} name={p("certificateIssuedBy")} />
            <Tick {...props} field={C.issuedInTatarstan} name={p("issuedInTatarstan")} />
            <Tick {...props} field={C.livesWithApplicant} name={p("livesWithApplicant")} />
            {props.allowance
              ? fieldsOf(ALLOWANCE_CHILD_FIELDS).map((field) => (
                  <Tick key={field.key} {...props} field={field} name={p(field.name)} />
                ))
              : null}
            {count > 1 ? (
              <RowButton intent={`remove:children:${index}`}>{t("form.removeChild", { number: index + 1 })}</RowButton>
            ) : null}
          </fieldset>
        );
      })}
      <RowButton intent="add:children">{t("form.addChild")}</RowButton>
    </>
  );
}

export function KindergartenFields(
  props: StepFieldProps & {
    childOptions: { value: string; label: string }[];
    kindergartens: { value: string; label: string }[];
  },
) {
  const t = useWords();
  const F = KINDERGARTEN_FIELDS;
  return (
    <>
      <Select {...props} field={F.child} options={withPlaceholder(t, props.childOptions)} />
      <Select {...props} field={F.kindergarten} options={withPlaceholder(t, props.kindergartens)} />
      <Text {...props} field={F.contractNumber} />
      <Text {...props} field={F.contractDate} inputMode="numeric" />
      <Select
        {...props}
        field={F.groupHours}
        options={withPlaceholder(
          t,
          GROUP_HOURS.map((h) => ({
            value: String(h),
            label: t("choices.hours", { hours: String(h).replace(".", ",") }),
          })),
        )}
      />
      <Text {...props} field={F.fee} inputMode="numeric" />
      <Tick {...props} field={F.feePaid} />
    </>
  );
}

const M = MEMBER_FIELDS;

export function FamilyFields(props: StepFieldProps) {
  const t = useWords();
  const count = rowCount(props.values, "members", 0);
  return (
    <>
      <p className="mt-2">{t("form.familyIntro")}</p>
      <Text {...props} field={FAMILY_FIELDS.applicantIncome} inputMode="numeric" />
      <Text {...props} field={FAMILY_FIELDS.childrenIncome} inputMode="numeric" />
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `members.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t("form.member", { number: index + 1 })}</legend>
            <Text {...props} field={M.lastName} name={p("lastName")} />
            <Text {...props} field={M.firstName} name={p("firstName")} />
            <Text {...props} field={M.middleName} name={p("middleName")} />
            <Text {...props} field={M.birthDate} name={p("birthDate")} inputMode="numeric" />
            <Select
              {...props}
              field={M.relation}
              name={p("relation")}
              options={withPlaceholder(t, choices(t, "relation", RELATION_VALUES))}
            />
            <Select
              {...props}
              field={M.status}
              name={p("status")}
              options={withPlaceholder(t, choices(t, "memberStatus", MEMBER_STATUS_VALUES))}
            />
            <Text {...props} field={M.income} name={p("income")} inputMode="numeric" />
            <RowButton intent={`remove:members:${index}`}>{t("form.removeMember", { number: index + 1 })}</RowButton>
          </fieldset>
        );
      })}
      <RowButton intent="add:members">{t("form.addMember")}</RowButton>
      <Tick {...props} field={FAMILY_FIELDS.membersConsent} />
    </>
  );
}

export function PaymentFields(props: StepFieldProps) {
  const t = useWords();
  return (
    <>
      <Radios {...props} field={PAYMENT_FIELDS.method} options={choices(t, "payment", PAYMENT_VALUES)} />
      <fieldset className="mt-6">
        <legend className="font-semibold">{t("form.bankLegend")}</legend>
        <Text {...props} field={PAYMENT_FIELDS.bik} inputMode="numeric" />
        <Text {...props} field={PAYMENT_FIELDS.account} inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">{t("form.cardLegend")}</legend>
        <Text {...props} field={PAYMENT_FIELDS.card} inputMode="numeric" autoComplete="cc-number" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">{t("form.postLegend")}</legend>
        <Text {...props} field={PAYMENT_FIELDS.postOffice} inputMode="numeric" />
      </fieldset>
    </>
  );
}

export interface AttachmentView {
  id: string;
  slot: string;
  fileName: string;
  size: number;
}

export function AttachmentFields(
  props: StepFieldProps & {
    applicationId: number;
    slots: { slot: AttachmentSlot; required: boolean }[];
    attachments: AttachmentView[];
    linkFiles?: boolean | undefined;
  },
) {
  const t = useWords();
  return (
    <>
      <p className="mt-2">{t("form.attachmentsIntro", { megabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}</p>
      <ul className="mt-4 space-y-3">
        {props.slots.map(({ slot, required }) => {
          const files = props.attachments.filter((a) => a.slot === slot);
          return (
            <li key={slot} className="rounded border border-slate-300 p-3">
              <p className="font-semibold">
                {t(`choices.attachmentSlot.${slot}`)}{" "}
                <span className="text-sm font-normal">{required ? t("form.required") : t("form.ifAny")}</span>
              </p>
              {files.length ? (
                <ul className="mt-1">
                  {files.map((file) => (
                    <li key={file.id} className="flex flex-wrap items-center gap-3">
                      {props.linkFiles === false ? (
                        <span>{file.fileName}</span>
                      ) : (
                        <a
                          href={`/cabinet/applications/${props.applicationId}/attachments/${file.id}`}
                          className="text-brand-800 underline"
                        >
                          {file.fileName}
                        </a>
                      )}
                      <span className="text-sm text-slate-600">
                        {t("form.kilobytes", { kilobytes: Math.max(1, Math.round(file.size / 1024)) })}
                      </span>
                      <button
                        type="submit"
                        name="intent"
                        value={`delete:${file.id}`}
                        className="text-sm text-red-800 underline"
                      >
                        {t("form.deleteFile", { name: file.fileName })}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t("form.noFile")}</p>
              )}
            </li>
          );
        })}
      </ul>
      {/* min-w-0: a fieldset is as wide as its widest content by default, here the select's longest option. */}
      <fieldset className="mt-6 min-w-0">
        <legend className="text-lg font-semibold">{t("form.attachLegend")}</legend>
        <SelectField
          name="slot"
          label={t("form.documentKind")}
          options={props.slots.map(({ slot }) => ({ value: slot, label: t(`choices.attachmentSlot.${slot}`) }))}
          defaultValue={props.values.slot ?? props.slots[0]?.slot}
          error={props.errors.slot}
        />
        <div className="mt-4">
          <label htmlFor="field-file" className="block font-semibold">
            {t("form.file")}
          </label>
          {props.errors.file ? (
            <p id="field-file-error" className="mt-1 font-semibold text-red-700">
              <span className="sr-only">{t("form.errorPrefix")}</span>
              {props.errors.file}
            </p>
          ) : null}
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={props.errors.file ? "field-file-error" : undefined}
            className="mt-1 block w-full max-w-md"
          />
        </div>
        <RowButton intent="upload">{t("form.attach")}</RowButton>
      </fieldset>
    </>
  );
}

export function ConsentFields(props: StepFieldProps) {
  const t = useWords();
  return (
    <>
      <details className="mt-4 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">{t("form.consentTextTitle")}</summary>
        <p className="mt-2 text-sm">{t("form.consentText")}</p>
      </details>
      <Tick {...props} field={CONSENT_FIELDS.personalData} />
      <Tick {...props} field={CONSENT_FIELDS.truthful} />
      <Tick {...props} field={CONSENT_FIELDS.reportChanges} />
    </>
  );
}
