import { describe, expect, it } from "vitest";
import { qrCodeSvg } from "./qr";
import { totpUri } from "./totp";

describe("enrolment QR code", () => {
  it("is a self-contained SVG with no scripts or external references", async () => {
    const svg = await qrCodeSvg(totpUri("kazan.specialist", "WBZELKWBAC6JYBVZYGNFTFPS52DDDIZZ"));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain("<path");
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
  });

  it("differs for different secrets", async () => {
    expect(await qrCodeSvg(totpUri("a", "WBZELKWBAC6JYBVZYGNFTFPS52DDDIZZ"))).not.toBe(
      await qrCodeSvg(totpUri("a", "AANVPIQT5WVQERKD7JXWHFF6VEGHV4NX")),
    );
  });
});
