import type { MetadataRoute } from "next";

// «Услуги РТ» as an installable web app (the leaflets advertise it): name, icons, theme. No
// offline pretence: without a network the service worker shows /offline.html and nothing else.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Услуги РТ — меры социальной поддержки",
    short_name: "Услуги РТ",
    description: "Заявления на меры социальной поддержки семей с детьми в Республике Татарстан",
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
  };
}
