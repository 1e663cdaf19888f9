import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pendingFromCookie } from "@/app/_lib/esia";
import { pendingEsiaLogin } from "@/lib/cabinet/accounts";
import { displayValue } from "@/lib/cabinet/profile";
import { prisma } from "@/lib/db/runtime";
import { PASSWORD_RULES } from "@/lib/validation/password";
import { logInAndLinkAction, registerFromEsiaAction } from "./actions";
import { ExistingCabinetForm, NewCabinetForm, type ChooseTexts } from "./forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("linking.choose"))("title") };
}

/** The password rules as one sentence for a hint, in the page's language («не менее 8 символов, …»). */
async function passwordRulesSentence(): Promise<string> {
  const policy = await getTranslations("registration.policy");
  return PASSWORD_RULES.map(({ rule }) => policy(rule))
    .map((label) => label.charAt(0).toLowerCase() + label.slice(1))
    .join(", ");
}

// Seed 000, Рис. 8: an ESIA account no cabinet is linked to — log in with an existing cabinet
// (and link it), or register a new cabinet linked to this ESIA account.
export default async function ChoosePage() {
  const pending = await pendingEsiaLogin(await prisma(), await pendingFromCookie());
  const t = await getTranslations("linking.choose");
  if (!pending) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("expired")}</h1>
        <p className="mt-3">
          {t("again")}{" "}
          <a href="/esia/start?intent=login" className="text-brand-800 underline">
            {t("esiaLogIn")}
          </a>
        </p>
      </>
    );
  }
  const { person } = pending;
  const texts = (await getTranslations()).raw("linking.choose") as ChooseTexts;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl">
        {t("signedInAs")}{" "}
        <strong>
          {person.lastName} {person.firstName} {person.middleName ?? ""}
        </strong>
        {person.birthDate ? t("birthDate", { date: displayValue("birthDate", person.birthDate) }) : ""}
        {t("choose")}
      </p>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="existing-heading" className="rounded border border-slate-300 p-4">
          <h2 id="existing-heading" className="text-lg font-semibold">
            {t("existing")}
          </h2>
          <p className="mt-1 text-slate-700">{t("existingText")}</p>
          <ExistingCabinetForm action={logInAndLinkAction} texts={texts} />
        </section>
        <section aria-labelledby="new-heading" className="rounded border border-slate-300 p-4">
          <h2 id="new-heading" className="text-lg font-semibold">
            {t("new")}
          </h2>
          <p className="mt-1 text-slate-700">{t("newText")}</p>
          <NewCabinetForm
            action={registerFromEsiaAction}
            email={person.email ?? ""}
            phone={person.mobile ?? ""}
            texts={{ ...texts, passwordHint: t("passwordHint", { rules: await passwordRulesSentence() }) }}
          />
        </section>
      </div>
    </>
  );
}
