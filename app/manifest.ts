import type { MetadataRoute } from "next";
import { message } from "@/lib/i18n/catalogue";

// «Услуги РТ» as an installable web app (the leaflets advertise it): name, icons, theme. No
// offline pretence: without a network the service worker shows /offline.html and nothing else.
// The browser fetches the manifest without cookies and the system keeps it once installed, so it
// cannot follow the portal's language: it is Russian, with the Tatar texts in the `*_localized`
// members of the W3C manifest, which a browser picks by the device's language (decision 0019).
export default function manifest(): MetadataRoute.Manifest {
  const text = (key: "name" | "shortName" | "description") => message("ru", `manifest.${key}`);
  const tatar = (key: "name" | "shortName" | "description") => message("tt", `manifest.${key}`);
  return {
    name: text("name"),
    short_name: text("shortName"),
    description: text("description"),
    lang: "ru",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0d4cd3",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/emblem.svg", sizes: "any", type: "image/svg+xml" },
    ],
    // Not in Next's type yet; the members are the spec's.
    ...({
      name_localized: { tt: tatar("name") },
      short_name_localized: { tt: tatar("shortName") },
      description_localized: { tt: tatar("description") },
    } as object),
  };
}
