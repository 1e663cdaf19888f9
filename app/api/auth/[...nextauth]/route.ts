import NextAuth from "next-auth";
import { authOptions } from "@/app/_lib/auth";

// next-auth's own endpoints (session, csrf). Logins are issued by the portal's server actions.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
