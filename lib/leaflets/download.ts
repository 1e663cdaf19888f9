import { hasCapability, type RequestMeta, type StaffPrincipal } from "../casework/access";
import { auditCasework, type CaseworkDb } from "../casework/guard";
import { isLeafletId, LEAFLETS, type LeafletId } from "./content";
import { leafletPdf, PAPER_SIZES, type PaperSize } from "./leaflet-pdf";

// «Листовки» for the staff: a territorial body's print-ready PDF. A supervisor gets their own
// body's; the ministry any body's. Anything else is «not found», and audited.

export interface LeafletRequest {
  leaflet: string | null;
  territory: string | null;
  size: string | null;
}

export interface LeafletFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The bodies a principal may print leaflets for (empty: none). */
export async function leafletBodies(
  db: CaseworkDb,
  principal: StaffPrincipal,
): Promise<{ code: string; territoryName: string; bodyName: string }[]> {
  if (!hasCapability(principal, "leaflets")) return [];
  const rows = await db.territory.findMany({
    where: principal.role === "ministry" ? {} : { id: principal.territoryId ?? -1 },
    select: { code: true, name: true, territorialBody: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  return rows.flatMap((row) =>
    row.territorialBody ? [{ code: row.code, territoryName: row.name, bodyName: row.territorialBody.name }] : [],
  );
}

/** «Листовки» page: the bodies to choose from, or null (no capability; the refusal is audited). */
export async function leafletChoices(db: CaseworkDb, principal: StaffPrincipal, meta: RequestMeta) {
  const bodies = await leafletBodies(db, principal);
  if (bodies.length > 0) return bodies;
  await auditCasework(db, principal, meta, {
    operation: "leaflet.download",
    outcome: "refused",
    details: { reason: "role", step: "list" },
  });
  return null;
}

export async function leafletForDownload(
  db: CaseworkDb,
  principal: StaffPrincipal,
  meta: RequestMeta,
  request: LeafletRequest,
  appUrl: string,
): Promise<LeafletFile | null> {
  const size = PAPER_SIZES.find((s) => s === request.size) ?? null;
  const leaflet: LeafletId | null = isLeafletId(request.leaflet) ? request.leaflet : null;
  const bodies = await leafletBodies(db, principal);
  const body = bodies.find((b) => b.code === request.territory);
  if (!hasCapability(principal, "leaflets") || !body || !size || !leaflet) {
    await auditCasework(db, principal, meta, {
      operation: "leaflet.download",
      outcome: "refused",
      details: {
        reason: hasCapability(principal, "leaflets") ? "notFound" : "role",
        leaflet: request.leaflet,
        territory: request.territory,
      },
    });
    return null;
  }
  const bytes = await leafletPdf({
    leaflet: LEAFLETS[leaflet],
    territorialBodyName: body.bodyName,
    appUrl,
    size: size as PaperSize,
  });
  await auditCasework(db, principal, meta, {
    operation: "leaflet.download",
    outcome: "success",
    details: { leaflet, territory: body.code, size },
  });
  return { fileName: `listovka-${leaflet}-${body.code}-${size}.pdf`, bytes };
}
