"use client";

import { Checkbox, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { MEMBER_STATUSES } from "@/lib/benefits/means-test";
import { GROUP_HOURS } from "@/lib/benefits/group-hours";
import { APPLICANT_ROLES } from "@/lib/benefits/applicant-roles";
import { ATTACHMENT_SLOTS, MAX_ATTACHMENT_BYTES, type AttachmentSlot } from "@/lib/applications/attachment-slots";
import { GENDER_LABELS, MEMBER_RELATIONS, PAYMENT_METHODS } from "@/lib/applications/answer-options";
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

// The fields of each step, named, labelled and hinted by the step's table
// (lib/applications/fields.ts); rows of a repeatable list are "children.0.lastName". A field
// prefilled from ESIA and unchanged says so.

export interface StepFieldProps {
  values: StepValues;
  errors: Record<string, string>;
  esiaFields: readonly string[];
}

const ESIA_HINT = "Заполнено из ЕСИА";

function hintFor(props: StepFieldProps, name: string, hint?: string): string | undefined {
  const fromEsia = props.esiaFields.includes(name);
  return [fromEsia ? ESIA_HINT : null, hint].filter(Boolean).join(". ") || undefined;
}

function options(map: Record<string, string>, placeholder = "Выберите") {
  return [{ value: "", label: placeholder }, ...Object.entries(map).map(([value, label]) => ({ value, label }))];
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
  const { field, inputMode, autoComplete } = props;
  const name = props.name ?? field.name;
  return (
    <TextField
      name={name}
      label={field.label}
      mandatory={field.required || undefined}
      hint={hintFor(props, name, field.hint)}
      inputMode={inputMode}
      autoComplete={autoComplete ?? "off"}
      defaultValue={props.values[name] ?? ""}
      error={props.errors[name]}
    />
  );
}

function Tick(props: StepFieldProps & { field: FieldSpec; name?: string }) {
  const name = props.name ?? props.field.name;
  return (
    <Checkbox
      name={name}
      label={props.field.label}
      defaultChecked={props.values[name] === "on"}
      error={props.errors[name]}
    />
  );
}

function Select(
  props: StepFieldProps & { field: FieldSpec; name?: string; options: { value: string; label: string }[] },
) {
  const name = props.name ?? props.field.name;
  return (
    <SelectField
      name={name}
      label={props.field.label}
      mandatory={props.field.required || undefined}
      hint={hintFor(props, name, props.field.hint)}
      options={props.options}
      defaultValue={props.values[name] ?? ""}
      error={props.errors[name]}
    />
  );
}

function Radios(props: StepFieldProps & { field: FieldSpec; name?: string; options: Record<string, string> }) {
  const name = props.name ?? props.field.name;
  return (
    <RadioGroup
      name={name}
      legend={props.field.label}
      hint={hintFor(props, name, props.field.hint)}
      mandatory={props.field.required || undefined}
      options={Object.entries(props.options).map(([value, label]) => ({ value, label }))}
      defaultValue={props.values[name]}
      error={props.errors[name]}
    />
  );
}

const A = APPLICANT_FIELDS;

export function ApplicantFields(props: StepFieldProps) {
  return (
    <>
      <Text {...props} field={A.lastName} autoComplete="family-name" />
      <Text {...props} field={A.firstName} autoComplete="given-name" />
      <Text {...props} field={A.middleName} autoComplete="additional-name" />
      <Text {...props} field={A.birthDate} inputMode="numeric" />
      <Radios {...props} field={A.gender} options={GENDER_LABELS} />
      <Text {...props} field={A.snils} inputMode="numeric" />
      <Select {...props} field={A.role} options={options(APPLICANT_ROLES)} />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Паспорт гражданина Российской Федерации</legend>
        <Text {...props} field={A.passportSeries} inputMode="numeric" />
        <Text {...props} field={A.passportNumber} inputMode="numeric" />
        <Text {...props} field={A.passportIssueDate} inputMode="numeric" />
        <Text {...props} field={A.passportIssuedBy} />
        <Text {...props} field={A.passportSubdivision} inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Контакты</legend>
        <Text {...props} field={A.phone} inputMode="tel" autoComplete="tel" />
        <Text {...props} field={A.email} inputMode="email" autoComplete="email" />
      </fieldset>
    </>
  );
}

export function AddressFields(props: StepFieldProps & { territories: { value: string; label: string }[] }) {
  const F = ADDRESS_FIELDS;
  return (
    <>
      <Select {...props} field={F.territory} options={[{ value: "", label: "Выберите" }, ...props.territories]} />
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
  const count = rowCount(props.values, "children");
  return (
    <>
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `children.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">Ребенок {index + 1}</legend>
            <Text {...props} field={C.lastName} name={p("lastName")} />
            <Text {...props} field={C.firstName} name={p("firstName")} />
            <Text {...props} field={C.middleName} name={p("middleName")} />
            <Text {...props} field={C.birthDate} name={p("birthDate")} inputMode="numeric" />
            <Radios {...props} field={C.gender} name={p("gender")} options={GENDER_LABELS} />
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
              <RowButton intent={`remove:children:${index}`}>{`Удалить сведения о ребенке ${index + 1}`}</RowButton>
            ) : null}
          </fieldset>
        );
      })}
      <RowButton intent="add:children">Добавить ребенка</RowButton>
    </>
  );
}

export function KindergartenFields(
  props: StepFieldProps & {
    childOptions: { value: string; label: string }[];
    kindergartens: { value: string; label: string }[];
  },
) {
  const F = KINDERGARTEN_FIELDS;
  return (
    <>
      <Select {...props} field={F.child} options={[{ value: "", label: "Выберите" }, ...props.childOptions]} />
      <Select {...props} field={F.kindergarten} options={[{ value: "", label: "Выберите" }, ...props.kindergartens]} />
      <Text {...props} field={F.contractNumber} />
      <Text {...props} field={F.contractDate} inputMode="numeric" />
      <Select
        {...props}
        field={F.groupHours}
        options={[
          { value: "", label: "Выберите" },
          ...GROUP_HOURS.map((h) => ({ value: String(h), label: `${String(h).replace(".", ",")} ч` })),
        ]}
      />
      <Text {...props} field={F.fee} inputMode="numeric" />
      <Tick {...props} field={F.feePaid} />
    </>
  );
}

const M = MEMBER_FIELDS;

export function FamilyFields(props: StepFieldProps) {
  const count = rowCount(props.values, "members", 0);
  return (
    <>
      <p className="mt-2">
        Укажите доходы за 3 календарных месяца, предшествующих месяцу подачи заявления. Дети, указанные в заявлении, уже
        учтены в составе семьи.
      </p>
      <Text {...props} field={FAMILY_FIELDS.applicantIncome} inputMode="numeric" />
      <Text {...props} field={FAMILY_FIELDS.childrenIncome} inputMode="numeric" />
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `members.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">Член семьи {index + 1}</legend>
            <Text {...props} field={M.lastName} name={p("lastName")} />
            <Text {...props} field={M.firstName} name={p("firstName")} />
            <Text {...props} field={M.middleName} name={p("middleName")} />
            <Text {...props} field={M.birthDate} name={p("birthDate")} inputMode="numeric" />
            <Select {...props} field={M.relation} name={p("relation")} options={options(MEMBER_RELATIONS)} />
            <Select {...props} field={M.status} name={p("status")} options={options(MEMBER_STATUSES)} />
            <Text {...props} field={M.income} name={p("income")} inputMode="numeric" />
            <RowButton intent={`remove:members:${index}`}>{`Удалить члена семьи ${index + 1}`}</RowButton>
          </fieldset>
        );
      })}
      <RowButton intent="add:members">Добавить члена семьи</RowButton>
      <Tick {...props} field={FAMILY_FIELDS.membersConsent} />
    </>
  );
}

export function PaymentFields(props: StepFieldProps) {
  return (
    <>
      <Radios {...props} field={PAYMENT_FIELDS.method} options={PAYMENT_METHODS} />
      <fieldset className="mt-6">
        <legend className="font-semibold">Для перечисления на счет в банке</legend>
        <Text {...props} field={PAYMENT_FIELDS.bik} inputMode="numeric" />
        <Text {...props} field={PAYMENT_FIELDS.account} inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">Для перечисления на карту</legend>
        <Text {...props} field={PAYMENT_FIELDS.card} inputMode="numeric" autoComplete="cc-number" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">Для доставки через почтовое отделение</legend>
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
  return (
    <>
      <p className="mt-2">
        Прикрепите файлы в формате PDF, JPG или PNG, не больше {MAX_ATTACHMENT_BYTES / 1024 / 1024} МБ каждый.
      </p>
      <ul className="mt-4 space-y-3">
        {props.slots.map(({ slot, required }) => {
          const files = props.attachments.filter((a) => a.slot === slot);
          return (
            <li key={slot} className="rounded border border-slate-300 p-3">
              <p className="font-semibold">
                {ATTACHMENT_SLOTS[slot]}{" "}
                {required ? (
                  <span className="text-sm font-normal">(обязательно)</span>
                ) : (
                  <span className="text-sm font-normal">(если есть)</span>
                )}
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
                      <span className="text-sm text-slate-600">{Math.max(1, Math.round(file.size / 1024))} КБ</span>
                      <button
                        type="submit"
                        name="intent"
                        value={`delete:${file.id}`}
                        className="text-sm text-red-800 underline"
                      >
                        {`Удалить файл ${file.fileName}`}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">Файл не прикреплен</p>
              )}
            </li>
          );
        })}
      </ul>
      {/* min-w-0: a fieldset is as wide as its widest content by default, here the select's longest option. */}
      <fieldset className="mt-6 min-w-0">
        <legend className="text-lg font-semibold">Прикрепить файл</legend>
        <SelectField
          name="slot"
          label="Вид документа"
          options={props.slots.map(({ slot }) => ({ value: slot, label: ATTACHMENT_SLOTS[slot] }))}
          defaultValue={props.values.slot ?? props.slots[0]?.slot}
          error={props.errors.slot}
        />
        <div className="mt-4">
          <label htmlFor="field-file" className="block font-semibold">
            Файл
          </label>
          {props.errors.file ? (
            <p id="field-file-error" className="mt-1 font-semibold text-red-700">
              <span className="sr-only">Ошибка: </span>
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
        <RowButton intent="upload">Прикрепить файл</RowButton>
      </fieldset>
    </>
  );
}

export function ConsentFields(props: StepFieldProps) {
  return (
    <>
      <details className="mt-4 rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">Текст согласия на обработку персональных данных</summary>
        <p className="mt-2 text-sm">
          Я даю согласие оператору — Министерству труда, занятости и социальной защиты Республики Татарстан и ГКУ
          «Республиканский центр материальной помощи (компенсационных выплат)» — на обработку моих персональных данных и
          персональных данных моих детей, указанных в заявлении (фамилия, имя, отчество, дата рождения, пол, СНИЛС,
          паспортные данные, адрес, контакты, сведения о детях, доходах и реквизиты для выплаты), для предоставления
          выбранной меры социальной поддержки: сбор, запись, хранение, уточнение, использование, передачу в органы,
          участвующие в предоставлении услуги, удаление. Согласие действует в течение срока хранения личного дела и
          может быть отозвано письменным заявлением (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»).
        </p>
      </details>
      <Tick {...props} field={CONSENT_FIELDS.personalData} />
      <Tick {...props} field={CONSENT_FIELDS.truthful} />
      <Tick {...props} field={CONSENT_FIELDS.reportChanges} />
    </>
  );
}
