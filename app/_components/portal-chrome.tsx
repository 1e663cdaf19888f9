import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/app/_lib/auth";
import { logOutAction } from "@/app/_lib/session-actions";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";

/** The portal's header (with the signed-in citizen), main landmark and footer around a page. */
export async function PortalChrome({ children }: { children: ReactNode }) {
  const signedIn = await currentUser();
  return (
    <>
      <SkipLink label={(await getTranslations("skipLink"))("label")} />
      <SiteHeader citizen={signedIn ? signedIn.user : null} logOut={logOutAction} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
