"use server";

import { redirect } from "next/navigation";
import { audit } from "@/lib/audit/audit";
import { prisma } from "@/lib/db/runtime";
import { currentUser, requestMeta, signOutUser } from "./auth";

/** «Выйти»: the session ends on the server, not only in this browser. */
export async function logOutAction(): Promise<void> {
  const signedIn = await currentUser();
  await signOutUser();
  if (signedIn) {
    await audit(await prisma(), {
      actor: { type: "user", id: signedIn.user.id },
      action: "logout",
      subject: `user:${signedIn.user.id}`,
      outcome: "success",
      ip: (await requestMeta()).ip,
    });
  }
  redirect("/");
}
