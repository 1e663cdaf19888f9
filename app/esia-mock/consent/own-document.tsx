"use client";

import { useLayoutEffect } from "react";

/**
 * The browser applies the CSP of the document it loaded, and a client-side navigation (the login
 * form's server action leads here) keeps the previous page's document and its `form-action
 * 'self'`. When this page was not loaded as its own document, load it so: its policy names the
 * system's origin, and «Предоставить» can reach the system's site. Without JavaScript every step
 * is already a full page load.
 */
export function OwnDocument() {
  // Before paint: the buttons must not be pressed in the old document.
  useLayoutEffect(() => {
    const entry = performance.getEntriesByType("navigation")[0];
    if (entry && entry.name !== window.location.href) window.location.replace(window.location.href);
  }, []);
  return null;
}
