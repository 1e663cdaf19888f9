/** «Перейти к основному содержанию» in the page's language: each layout passes its own label. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-3 focus:py-2 focus:text-black"
    >
      {label}
    </a>
  );
}
