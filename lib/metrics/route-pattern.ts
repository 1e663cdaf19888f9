// Metrics are labelled by route pattern ("/cabinet/applications/[id]/step/[step]"), never by the
// raw URL: ids and search terms would make a label per person and per application. The patterns
// come from the build's own route list (app-paths-manifest.json), so a new page needs no edit here.

interface Pattern {
  name: string;
  regex: RegExp;
  /** Static segments count more: "/cabinet/settings" wins over "/cabinet/[id]". */
  weight: number;
}

/** "/(portal)/cabinet/applications/[id]/page" → "/cabinet/applications/[id]"; null for non-routes. */
export function routeOfAppPath(appPath: string): string | null {
  if (!/\/(page|route)$/.test(appPath)) return null;
  const segments = appPath
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  const route = `/${segments.join("/")}`;
  if (route.startsWith("/_")) return null; // /_not-found, /_global-error
  return route;
}

function compile(route: string): Pattern {
  const segments = route.split("/").filter(Boolean);
  let weight = 0;
  const source = segments
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
      if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
      if (/^\[.+\]$/.test(segment)) return "/[^/]+";
      weight += 1;
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return { name: route, regex: new RegExp(`^${source || "/"}/?$`), weight: weight * 100 + segments.length };
}

export function routeMatcher(appPaths: string[]): (pathname: string) => string {
  const patterns = [...new Set(appPaths.map(routeOfAppPath).filter((route): route is string => route !== null))]
    .map(compile)
    .sort((a, b) => b.weight - a.weight);
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next/*";
    return patterns.find((pattern) => pattern.regex.test(pathname))?.name ?? "(other)";
  };
}
