import { ROLE_LABELS, type StaffRoleName } from "./forms";

// What each role sees in the staff header, and where it starts. The pages check roles
// themselves; this only decides which links to show.

export interface StaffLink {
  href: string;
  title: string;
}

const LINKS: readonly (StaffLink & { roles: readonly StaffRoleName[] })[] = [
  { href: "/staff/queue", title: "Очередь заявлений", roles: ["caseworker", "supervisor"] },
  { href: "/staff/paper-applications/new", title: "Заявление на бумаге", roles: ["caseworker", "supervisor"] },
  { href: "/staff/dashboard", title: "Показатели", roles: ["supervisor", "ministry"] },
  { href: "/staff/leaflets", title: "Листовки", roles: ["supervisor", "ministry"] },
  { href: "/staff/audit", title: "Журнал аудита", roles: ["supervisor"] },
  { href: "/staff/statistics", title: "Статистика", roles: ["supervisor"] },
  { href: "/staff/admin", title: "Администрирование", roles: ["administrator"] },
];

export function staffNavigation(role: StaffRoleName): StaffLink[] {
  return LINKS.filter((link) => link.roles.includes(role)).map(({ href, title }) => ({ href, title }));
}

/** /staff sends each role to its first page. */
export function staffStartPage(role: StaffRoleName): string {
  if (role === "administrator") return "/staff/admin";
  return role === "ministry" ? "/staff/dashboard" : "/staff/queue";
}

export function roleLabel(role: StaffRoleName): string {
  return ROLE_LABELS[role];
}
