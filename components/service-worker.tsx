"use client";

import { useEffect } from "react";

/** Registers public/sw.js, which only shows /offline.html when there is no network. */
export function ServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator && window.isSecureContext)
      navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  }, []);
  return null;
}
