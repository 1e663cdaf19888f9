"use client";

import { Checkbox, RadioGroup, SelectField, TextField } from "@/components/forms/fields";
import { MEMBER_STATUSES } from "@/lib/benefits/means-test";
import { GROUP_HOURS } from "@/lib/benefits/group-hours";
import { APPLICANT_ROLES } from "@/lib/benefits/applicant-roles";
import { ATTACHMENT_SLOTS, MAX_ATTACHMENT_BYTES, type AttachmentSlot } from "@/lib/applications/attachment-slots";
import { GENDER_LABELS, MEMBER_RELATIONS, PAYMENT_METHODS } from "@/lib/applications/answer-options";
import { rowCount, type StepValues } from "@/lib/applications/steps";

// The fields of each step. Names are the schemas' (lib/applications/schemas.ts); rows of a
// repeatable list are "children.0.lastName". A field prefilled from ESIA and unchanged says so.

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

function Text(props: StepFieldProps & { name: string; label: string; mandatory?: boolean; hint?: string; inputMode?: "numeric" | "tel" | "email" | "text"; autoComplete?: string }) {
  const { name, label, mandatory, hint, inputMode, autoComplete } = props;
  return (
    <TextField
      name={name}
      label={label}
      mandatory={mandatory}
      hint={hintFor(props, name, hint)}
      inputMode={inputMode}
      autoComplete={autoComplete ?? "off"}
      defaultValue={props.values[name] ?? ""}
      error={props.errors[name]}
    />
  );
}

function Tick(props: StepFieldProps & { name: string; label: string }) {
  return <Checkbox name={props.name} label={props.label} defaultChecked={props.values[props.name] === "on"} error={props.errors[props.name]} />;
}

function Gender(props: StepFieldProps & { name: string }) {
  return (
    <RadioGroup
      name={props.name}
      legend="Пол"
      hint={hintFor(props, props.name)}
      mandatory
      options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
      defaultValue={props.values[props.name]}
      error={props.errors[props.name]}
    />
  );
}

const DATE_HINT = "дд.мм.гггг";

export function ApplicantFields(props: StepFieldProps) {
  return (
    <>
      <Text {...props} name="lastName" label="Фамилия" mandatory autoComplete="family-name" />
      <Text {...props} name="firstName" label="Имя" mandatory autoComplete="given-name" />
      <Text {...props} name="middleName" label="Отчество" hint="Если есть" autoComplete="additional-name" />
      <Text {...props} name="birthDate" label="Дата рождения" mandatory hint={DATE_HINT} inputMode="numeric" />
      <Gender {...props} name="gender" />
      <Text {...props} name="snils" label="СНИЛС" mandatory hint="11 цифр, например 112-233-445 95" inputMode="numeric" />
      <SelectField name="role" label="Кем вы являетесь ребенку" mandatory options={options(APPLICANT_ROLES)} defaultValue={props.values.role ?? ""} error={props.errors.role} />
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Паспорт гражданина Российской Федерации</legend>
        <Text {...props} name="passportSeries" label="Серия паспорта" mandatory hint="4 цифры" inputMode="numeric" />
        <Text {...props} name="passportNumber" label="Номер паспорта" mandatory hint="6 цифр" inputMode="numeric" />
        <Text {...props} name="passportIssueDate" label="Дата выдачи" mandatory hint={DATE_HINT} inputMode="numeric" />
        <Text {...props} name="passportIssuedBy" label="Кем выдан" mandatory />
        <Text {...props} name="passportSubdivision" label="Код подразделения" mandatory hint="Например, 160-005" inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-lg font-semibold">Контакты</legend>
        <Text {...props} name="phone" label="Мобильный телефон" mandatory hint="Например, +7 917 000-00-01" inputMode="tel" autoComplete="tel" />
        <Text {...props} name="email" label="Электронная почта" hint="Если есть" inputMode="email" autoComplete="email" />
      </fieldset>
    </>
  );
}

export function AddressFields(props: StepFieldProps & { territories: { value: string; label: string }[] }) {
  return (
    <>
      <SelectField
        name="territory"
        label="Муниципальное образование"
        mandatory
        hint={hintFor(props, "territory", "По нему определяется орган социальной защиты, который рассмотрит заявление")}
        options={[{ value: "", label: "Выберите" }, ...props.territories]}
        defaultValue={props.values.territory ?? ""}
        error={props.errors.territory}
      />
      <Text {...props} name="postcode" label="Почтовый индекс" mandatory inputMode="numeric" autoComplete="postal-code" />
      <Text {...props} name="registrationAddress" label="Адрес регистрации" mandatory hint="Населенный пункт, улица, дом, квартира" />
      <Tick {...props} name="residenceSame" label="Адрес проживания совпадает с адресом регистрации" />
      <Text {...props} name="residenceAddress" label="Адрес проживания" hint="Если не совпадает с адресом регистрации" />
    </>
  );
}

function RowButton({ intent, children }: { intent: string; children: string }) {
  return (
    <button type="submit" name="intent" value={intent} className="mt-4 rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
      {children}
    </button>
  );
}

export function ChildrenFields(props: StepFieldProps & { allowance: boolean }) {
  const count = rowCount(props.values, "children");
  return (
    <>
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `children.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">Ребенок {index + 1}</legend>
            <Text {...props} name={p("lastName")} label="Фамилия" mandatory />
            <Text {...props} name={p("firstName")} label="Имя" mandatory />
            <Text {...props} name={p("middleName")} label="Отчество" hint="Если есть" />
            <Text {...props} name={p("birthDate")} label="Дата рождения" mandatory hint={DATE_HINT} inputMode="numeric" />
            <Gender {...props} name={p("gender")} />
            <Text {...props} name={p("snils")} label="СНИЛС ребенка" hint="Если есть" inputMode="numeric" />
            <Text {...props} name={p("certificateSeries")} label="Серия свидетельства о рождении" mandatory hint="Например, IV-КБ" />
            <Text {...props} name={p("certificateNumber")} label="Номер свидетельства о рождении" mandatory hint="6 цифр" inputMode="numeric" />
            <Text {...props} name={p("certificateDate")} label="Дата выдачи свидетельства" mandatory hint={DATE_HINT} inputMode="numeric" />
            <Text {...props} name={p("certificateIssuedBy")} label="Орган ЗАГС" mandatory />
            <Tick {...props} name={p("issuedInTatarstan")} label="Свидетельство выдано в Республике Татарстан" />
            <Tick {...props} name={p("livesWithApplicant")} label="Ребенок проживает со мной" />
            {props.allowance ? (
              <>
                <Tick {...props} name={p("atSchool")} label="Обучается в общеобразовательной организации" />
                <Tick {...props} name={p("singleMother")} label="Ребенок одинокой матери" />
                <Tick {...props} name={p("alimonyEvasion")} label="Второй родитель уклоняется от уплаты алиментов" />
                <Tick {...props} name={p("conscriptParent")} label="Отец ребенка проходит военную службу по призыву" />
              </>
            ) : null}
            {count > 1 ? <RowButton intent={`remove:children:${index}`}>{`Удалить сведения о ребенке ${index + 1}`}</RowButton> : null}
          </fieldset>
        );
      })}
      <RowButton intent="add:children">Добавить ребенка</RowButton>
    </>
  );
}

export function KindergartenFields(props: StepFieldProps & { childOptions: { value: string; label: string }[]; kindergartens: { value: string; label: string }[] }) {
  return (
    <>
      <SelectField
        name="child"
        label="Ребенок, посещающий детский сад"
        mandatory
        options={[{ value: "", label: "Выберите" }, ...props.childOptions]}
        defaultValue={props.values.child ?? ""}
        error={props.errors.child}
      />
      <SelectField
        name="kindergarten"
        label="Детский сад"
        mandatory
        options={[{ value: "", label: "Выберите" }, ...props.kindergartens]}
        defaultValue={props.values.kindergarten ?? ""}
        error={props.errors.kindergarten}
      />
      <Text {...props} name="contractNumber" label="Номер договора" mandatory />
      <Text {...props} name="contractDate" label="Дата договора" mandatory hint={DATE_HINT} inputMode="numeric" />
      <SelectField
        name="groupHours"
        label="Режим пребывания в группе"
        mandatory
        options={[{ value: "", label: "Выберите" }, ...GROUP_HOURS.map((h) => ({ value: String(h), label: `${String(h).replace(".", ",")} ч` }))]}
        defaultValue={props.values.groupHours ?? ""}
        error={props.errors.groupHours}
      />
      <Text {...props} name="fee" label="Родительская плата в месяц, ₽" mandatory hint="Как в квитанции детского сада" inputMode="numeric" />
      <Tick {...props} name="feePaid" label="Родительская плата за текущий месяц внесена" />
    </>
  );
}

export function FamilyFields(props: StepFieldProps) {
  const count = rowCount(props.values, "members", 0);
  return (
    <>
      <p className="mt-2">
        Укажите доходы за 3 календарных месяца, предшествующих месяцу подачи заявления. Дети, указанные в заявлении, уже учтены в составе
        семьи.
      </p>
      <Text {...props} name="applicantIncome" label="Ваш доход за 3 месяца, ₽" mandatory hint="Заработная плата, пенсии, пособия и другие доходы; 0, если доходов не было" inputMode="numeric" />
      <Text {...props} name="childrenIncome" label="Доходы детей за 3 месяца, ₽" mandatory hint="Алименты, пенсии по потере кормильца; 0, если их нет" inputMode="numeric" />
      {Array.from({ length: count }, (_, index) => {
        const p = (name: string) => `members.${index}.${name}`;
        return (
          <fieldset key={index} className="mt-6 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">Член семьи {index + 1}</legend>
            <Text {...props} name={p("lastName")} label="Фамилия" mandatory />
            <Text {...props} name={p("firstName")} label="Имя" mandatory />
            <Text {...props} name={p("middleName")} label="Отчество" hint="Если есть" />
            <Text {...props} name={p("birthDate")} label="Дата рождения" mandatory hint={DATE_HINT} inputMode="numeric" />
            <SelectField name={p("relation")} label="Степень родства" mandatory options={options(MEMBER_RELATIONS)} defaultValue={props.values[p("relation")] ?? ""} error={props.errors[p("relation")]} />
            <SelectField name={p("status")} label="Занятость" mandatory options={options(MEMBER_STATUSES)} defaultValue={props.values[p("status")] ?? ""} error={props.errors[p("status")]} />
            <Text {...props} name={p("income")} label="Доход за 3 месяца, ₽" mandatory inputMode="numeric" />
            <RowButton intent={`remove:members:${index}`}>{`Удалить члена семьи ${index + 1}`}</RowButton>
          </fieldset>
        );
      })}
      <RowButton intent="add:members">Добавить члена семьи</RowButton>
      <Tick {...props} name="membersConsent" label="Совершеннолетние члены семьи согласны на обработку их персональных данных" />
    </>
  );
}

export function PaymentFields(props: StepFieldProps) {
  return (
    <>
      <RadioGroup
        name="method"
        legend="Способ получения"
        mandatory
        options={Object.entries(PAYMENT_METHODS).map(([value, label]) => ({ value, label }))}
        defaultValue={props.values.method}
        error={props.errors.method}
      />
      <fieldset className="mt-6">
        <legend className="font-semibold">Для перечисления на счет в банке</legend>
        <Text {...props} name="bik" label="БИК банка" hint="9 цифр" inputMode="numeric" />
        <Text {...props} name="account" label="Номер счета" hint="20 цифр" inputMode="numeric" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">Для перечисления на карту</legend>
        <Text {...props} name="card" label="Номер карты «Мир»" hint="16–19 цифр" inputMode="numeric" autoComplete="cc-number" />
      </fieldset>
      <fieldset className="mt-6">
        <legend className="font-semibold">Для доставки через почтовое отделение</legend>
        <Text {...props} name="postOffice" label="Индекс почтового отделения" hint="6 цифр" inputMode="numeric" />
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
  props: StepFieldProps & { applicationId: number; slots: { slot: AttachmentSlot; required: boolean }[]; attachments: AttachmentView[]; linkFiles?: boolean | undefined },
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
                {ATTACHMENT_SLOTS[slot]} {required ? <span className="text-sm font-normal">(обязательно)</span> : <span className="text-sm font-normal">(если есть)</span>}
              </p>
              {files.length ? (
                <ul className="mt-1">
                  {files.map((file) => (
                    <li key={file.id} className="flex flex-wrap items-center gap-3">
                      {props.linkFiles === false ? (
                        <span>{file.fileName}</span>
                      ) : (
                        <a href={`/cabinet/applications/${props.applicationId}/attachments/${file.id}`} className="text-brand-800 underline">
                          {file.fileName}
                        </a>
                      )}
                      <span className="text-sm text-slate-600">{Math.max(1, Math.round(file.size / 1024))} КБ</span>
                      <button type="submit" name="intent" value={`delete:${file.id}`} className="text-sm text-red-800 underline">
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
      <fieldset className="mt-6">
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
          <input id="field-file" name="file" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={props.errors.file ? "field-file-error" : undefined} className="mt-1 block" />
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
          Я даю согласие оператору — Министерству труда, занятости и социальной защиты Республики Татарстан и ГКУ «Республиканский центр
          материальной помощи (компенсационных выплат)» — на обработку моих персональных данных и персональных данных моих детей,
          указанных в заявлении (фамилия, имя, отчество, дата рождения, пол, СНИЛС, паспортные данные, адрес, контакты, сведения о
          детях, доходах и реквизиты для выплаты), для предоставления выбранной меры социальной поддержки: сбор, запись, хранение,
          уточнение, использование, передачу в органы, участвующие в предоставлении услуги, удаление. Согласие действует в течение срока
          хранения личного дела и может быть отозвано письменным заявлением (Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных
          данных»).
        </p>
      </details>
      <Tick {...props} name="personalData" label="Даю согласие на обработку персональных данных" />
      <Tick {...props} name="truthful" label="Подтверждаю, что сведения в заявлении достоверны" />
      <Tick {...props} name="reportChanges" label="Обязуюсь сообщать об изменениях, влияющих на право на выплату, в течение 2 недель" />
    </>
  );
}
