"use client";

import { useActionState } from "react";
import { EnhancedForm } from "@/components/forms/enhanced-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { StepFormData } from "@/lib/applications/service";
import { ALLOWANCE_CHILD_FIELDS, CHILD_FIELDS, MEMBER_FIELDS } from "@/lib/applications/fields";
import { nestValues } from "@/lib/applications/steps";
import type { FormState } from "@/lib/forms/form-state";
import {
  AddressFields,
  ApplicantFields,
  AttachmentFields,
  ChildrenFields,
  ConsentFields,
  FamilyFields,
  KindergartenFields,
  PaymentFields,
} from "./step-fields";

const ALL_CHILD_FIELDS = Object.keys({ ...CHILD_FIELDS, ...ALLOWANCE_CHILD_FIELDS });

export type StepFormProps = StepFormData & {
  /** The step's server action; its answer replaces `initial`. */
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Staff entering a paper application: the files are named, not linked to the cabinet's downloads. */
  linkFiles?: boolean;
  /** The last step's button (the staff's says where it leads). */
  reviewLabel?: string;
};

/** In the error summary, a row's field says whose it is: «Ребенок 2: Заполните поле «Имя»». */
const ROW_LABELS: Record<string, string> = Object.fromEntries(
  [
    ...ALL_CHILD_FIELDS.map((name) => ["children", name, "Ребенок"] as const),
    ...Object.keys(MEMBER_FIELDS).map((name) => ["members", name, "Член семьи"] as const),
  ].flatMap(([list, name, title]) =>
    Array.from({ length: 10 }, (_, i) => [`${list}.${i}.${name}`, `${title} ${i + 1}`]),
  ),
);

export function StepForm(props: StepFormProps) {
  const [state, formAction] = useActionState(props.action, props.initial);
  const fieldProps = { values: state.values, errors: state.errors, esiaFields: props.esiaFields };
  const fields = (() => {
    switch (props.stepId) {
      case "applicant":
        return <ApplicantFields {...fieldProps} />;
      case "address":
        return <AddressFields {...fieldProps} territories={props.territories} />;
      case "children":
        return <ChildrenFields {...fieldProps} allowance={props.serviceId === "child-allowance"} />;
      case "kindergarten":
        return (
          <KindergartenFields {...fieldProps} childOptions={props.childOptions} kindergartens={props.kindergartens} />
        );
      case "family":
        return <FamilyFields {...fieldProps} />;
      case "payment":
        return <PaymentFields {...fieldProps} />;
      case "attachments":
        return (
          <AttachmentFields
            {...fieldProps}
            applicationId={props.applicationId}
            slots={props.slots}
            attachments={props.attachments}
            linkFiles={props.linkFiles}
          />
        );
      case "consent":
        return <ConsentFields {...fieldProps} />;
    }
  })();
  return (
    <EnhancedForm
      key={state.revision ?? 0}
      loadSchema={() =>
        import("@/lib/applications/schemas").then(({ stepSchema }) => stepSchema(props.serviceId, props.stepId))
      }
      nest={nestValues}
      state={state}
      action={formAction}
      validateIntents={props.stepId === "attachments" ? [] : ["next"]}
      labels={ROW_LABELS}
      encType={props.stepId === "attachments" ? "multipart/form-data" : undefined}
    >
      {/* Enter in a field means «Далее», not the first button of the form (which may remove a row). */}
      <button
        type="submit"
        name="intent"
        value="next"
        tabIndex={-1}
        aria-hidden="true"
        className="absolute -left-[9999px] h-px w-px overflow-hidden"
      >
        Далее
      </button>
      {state.notice ? (
        <p role="status" className="mt-4 rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {state.notice}
        </p>
      ) : null}
      {fields}
      <div className="mt-8 flex flex-wrap gap-4 border-t border-slate-300 pt-2">
        {!props.isFirst ? (
          <SubmitButton name="intent" value="back" variant="secondary">
            Назад
          </SubmitButton>
        ) : null}
        <SubmitButton name="intent" value="save" variant="secondary">
          Сохранить черновик
        </SubmitButton>
        <SubmitButton name="intent" value="next">
          {props.isLast ? (props.reviewLabel ?? "Перейти к проверке заявления") : "Далее"}
        </SubmitButton>
      </div>
    </EnhancedForm>
  );
}
