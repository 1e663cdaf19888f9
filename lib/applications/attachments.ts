import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_APPLICATION, type AttachmentProblem } from "./attachment-slots";

export * from "./attachment-slots";

// Files attached to an application (research/benefits.md §8.6). The type is decided by the
// file's first bytes, never by its name or the browser's claim; files live in the database and
// are served only to the applicant and the caseworkers of the territory, always as a download.

export type AttachmentMediaType = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: { mediaType: AttachmentMediaType; bytes: number[]; extension: string }[] = [
  { mediaType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: "pdf" }, // %PDF-
  { mediaType: "image/jpeg", bytes: [0xff, 0xd8, 0xff], extension: "jpg" },
  { mediaType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: "png" },
];

export function sniffMediaType(content: Uint8Array): AttachmentMediaType | null {
  return SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte))?.mediaType ?? null;
}

/** A name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string, mediaType: AttachmentMediaType): string {
  const extension = SIGNATURES.find((s) => s.mediaType === mediaType)!.extension;
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .trim()
    .slice(0, 100);
  return `${base || "document"}.${extension}`;
}

export interface AcceptedFile {
  id: string;
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  sha256: string;
  content: Uint8Array;
}

/** Checks an uploaded file; the caller stores the accepted one. */
export function acceptFile(
  name: string,
  content: Uint8Array,
  alreadyAttached: number,
): { ok: true; file: AcceptedFile } | { ok: false; problem: AttachmentProblem } {
  if (content.byteLength === 0) return { ok: false, problem: "empty" };
  if (content.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, problem: "tooLarge" };
  if (alreadyAttached >= MAX_ATTACHMENTS_PER_APPLICATION) return { ok: false, problem: "tooMany" };
  const mediaType = sniffMediaType(content);
  if (!mediaType) return { ok: false, problem: "type" };
  return {
    ok: true,
    file: {
      id: randomUUID(),
      fileName: safeFileName(name, mediaType),
      mediaType,
      size: content.byteLength,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
    },
  };
}

/** Headers for sending a stored file: always a download, never rendered by the browser as HTML. */
export function attachmentHeaders(file: { fileName: string; mediaType: string; size: number }): Record<string, string> {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_");
  return {
    "Content-Type": file.mediaType,
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
