"use client";

import { useActionState, useEffect, useMemo, useRef } from "react";
import { EnhancedForm, type FormSchema } from "@/components/forms/enhanced-form";
import { FormFrameWordsContext } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { StepFormData } from "@/lib/applications/service";
import { ALLOWANCE_CHILD_FIELDS, CHILD_FIELDS, MEMBER_FIELDS } from "@/lib/applications/fields";
import { nestValues } from "@/lib/applications/steps";
import type { FormState } from "@/lib/forms/form-state";
import type { FormWords } from "@/lib/i18n/catalogue";
import type { FieldMessageTable } from "@/lib/i18n/field-messages-translator";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/words";
import {
  AddressFields,
  ApplicantFields,
  AttachmentFields,
  ChildrenFields,
  ConsentFields,
  FamilyFields,
  KindergartenFields,
  PaymentFields,
  StepWordsContext,
} from "./step-fields";

const ALL_CHILD_FIELDS = Object.keys({ ...CHILD_FIELDS, ...ALLOWANCE_CHILD_FIELDS });

export type StepFormProps = StepFormData & {
  /** The step's server action; its answer replaces `initial`. */
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Staff entering a paper application: the files are named, not linked to the cabinet's downloads. */
  linkFiles?: boolean;
  /** The last step's button (the staff's says where it leads). */
  reviewLabel?: string;
  /** The step's words in the page's language: messages/form/'s fields, choices and form (`formWords`). */
  words: FormWords;
  /** The citizen's step is in this language and offers the other one (staff pages stay Russian, without). */
  language?: Locale;
  /** The page's whole title, rendered by the form (the page's metadata has none). */
  pageTitle?: string;
  /** The field messages' table for the page's language (none for Russian, the schemas' own). */
  messages?: FieldMessageTable | null;
};

/** In the error summary, a row's field says whose it is: «Ребенок 2: Заполните поле «Имя»». */
function rowLabels(t: Translate): Record<string, string> {
  return Object.fromEntries(
    [
      ...ALL_CHILD_FIELDS.map((name) => ["children", name, "form.child"] as const),
      ...Object.keys(MEMBER_FIELDS).map((name) => ["members", name, "form.member"] as const),
    ].flatMap(([list, name, title]) =>
      Array.from({ length: 10 }, (_, i) => [`${list}.${i}.${name}`, t(title, { number: i + 1 })]),
    ),
  );
}

/** The intent of the language buttons: save what is typed as a draft, then show the step in that language. */
const LANGUAGE_INTENT = "language:";

export function StepForm(props: StepFormProps) {
  const t = useMemo(() => translator(props.words), [props.words]);
  const labels = useMemo(() => rowLabels(t), [t]);
  const [state, formAction] = useActionState(props.action, props.initial);
  const languageButton = useRef<HTMLButtonElement>(null);
  // The header's «Русский / Татарча» is a plain link, which would leave what was typed behind: on
  // a step it presses this form's own language button instead (the draft is saved first). Without
  // JavaScript the link reloads the step with what was last saved; the button below keeps it all.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="/language?"]');
      const button = languageButton.current;
      if (
        !link ||
        !button ||
        props.language === undefined ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey
      )
        return;
      event.preventDefault();
      button.form?.requestSubmit(button);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [props.language]);
  const other = LOCALES.find((candidate) => candidate !== props.language) ?? "ru";
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
  const frameWords = useMemo(
    () => ({
      errorPrefix: t("form.errorPrefix"),
      summaryTitle: t("form.summaryTitle"),
      failedTitle: t("form.failedTitle"),
    }),
    [t],
  );
  return (
    <StepWordsContext.Provider value={t}>
      <FormFrameWordsContext.Provider value={frameWords}>
        <EnhancedForm
          key={state.revision ?? 0}
          loadSchema={() =>
            Promise.all([
              import("@/lib/applications/schemas"),
              // Russian is the schemas' own language: the translator is loaded only with a table.
              props.messages ? import("@/lib/forms/translated-schema") : null,
              props.messages ? import("@/lib/i18n/field-messages-translator") : null,
            ]).then(([{ stepSchema }, translated, translator]) => {
              const schema = stepSchema(props.serviceId, props.stepId);
              return translated && translator && props.messages
                ? (translated.translatedSchema(
                    schema,
                    translator.fieldMessageTranslator(props.messages),
                  ) as unknown as FormSchema)
                : schema;
            })
          }
          nest={nestValues}
          state={state}
          action={formAction}
          validateIntents={props.stepId === "attachments" ? [] : ["next"]}
          labels={labels}
          encType={props.stepId === "attachments" ? "multipart/form-data" : undefined}
          pageTitle={props.pageTitle}
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
            {t("form.next")}
          </button>
          {state.notice ? (
            <p role="status" className="mt-4 rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
              {state.notice}
            </p>
          ) : null}
          {props.language !== undefined ? (
            <p className="mt-4 text-sm">
              {t("form.languageIntro")}{" "}
              <button
                ref={languageButton}
                type="submit"
                name="intent"
                value={`${LANGUAGE_INTENT}${other}`}
                lang={other}
                aria-describedby="language-note"
                className="font-semibold text-brand-800 underline"
              >
                {LOCALE_NAMES[other]}
              </button>{" "}
              <span id="language-note" className="text-slate-600">
                ({t("form.languageNote")})
              </span>
            </p>
          ) : null}
          {fields}
          <div className="mt-8 flex flex-wrap gap-4 border-t border-slate-300 pt-2">
            {!props.isFirst ? (
              <SubmitButton name="intent" value="back" variant="secondary">
                {t("form.back")}
              </SubmitButton>
            ) : null}
            <SubmitButton name="intent" value="save" variant="secondary">
              {t("form.saveDraft")}
            </SubmitButton>
            <SubmitButton name="intent" value="next">
              {props.isLast ? (props.reviewLabel ?? t("form.toReview")) : t("form.next")}
            </SubmitButton>
          </div>
        </EnhancedForm>
      </FormFrameWordsContext.Provider>
    </StepWordsContext.Provider>
  );
}
