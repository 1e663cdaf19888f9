import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's links: Next's Link without prefetching. Every page is rendered per request (the
 * CSP nonce), so a prefetch brings no page, only the shared layout, yet each link in view cost
 * two requests rendered by the server and their decoding on the browser's main thread: 8 on the
 * home page, 18 on check-your-answers, long tasks on a phone while the page is being read.
 * A click still navigates inside the app (the server renders the page once, when asked).
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
