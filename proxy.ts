import { NextResponse, type NextRequest } from "next/server";
import { acceptedRequestId, formActionOrigins, securityHeaders } from "./lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const requestId = acceptedRequestId(request.headers.get("x-request-id"));
  const headers = securityHeaders({
    nonce,
    production: process.env.NODE_ENV === "production",
    development: process.env.NODE_ENV === "development",
    formActionOrigins: formActionOrigins(request.nextUrl.pathname, request.nextUrl.searchParams),
  });

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("x-request-id", requestId);
  // Layouts cannot see the path; the cabinet's sends people back to it after login.
  forwarded.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);

  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
