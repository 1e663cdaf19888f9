import { describe, expect, it } from "vitest";
import { formatShare, shareColumnsSvg, shareBarsSvg } from "./charts";

describe("dashboard charts drawn on the server", () => {
  it("are SVG with a bar per month, its percent and the target line", () => {
    const svg = shareColumnsSvg(
      [
        { label: "окт. 2026", share: 50 },
        { label: "нояб. 2026", share: 72.5 },
        { label: "дек. 2026", share: null },
      ],
      70,
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("окт. 2026");
    expect(svg).toContain("72,5 %");
    expect(svg).toContain("цель 70 %");
    // Below the target in amber, at or above it in blue.
    expect(svg).toContain("#b45309");
    expect(svg).toContain("#1d4ed8");
  });

  it("draw the ranking with every territory named, as tall as the list", () => {
    const bars = Array.from({ length: 45 }, (_, i) => ({ label: `Район ${i + 1}`, share: i }));
    const svg = shareBarsSvg(bars, 70);
    expect(svg).toContain("Район 1<");
    expect(svg).toContain("Район 45<");
    expect(svg).toMatch(/height="948"/);
  });

  it("write percents the Russian way", () => {
    expect(formatShare(44.4)).toBe("44,4 %");
    expect(formatShare(null)).toBe("—");
  });
});

describe("drawn charts are kept", () => {
  it("under exactly the numbers they draw", () => {
    const bars = [
      { label: "Казань", share: 61.2 },
      { label: "Агрызский район", share: 40 },
    ];
    const first = shareBarsSvg(bars, 70);
    expect(
      shareBarsSvg(
        bars.map((bar) => ({ ...bar })),
        70,
      ),
    ).toBe(first);
    expect(shareBarsSvg([bars[0]!, { ...bars[1]!, share: 40.1 }], 70)).toContain("40,1 %");
    expect(shareBarsSvg(bars, 75)).toContain("цель 75 %");
    expect(shareColumnsSvg(bars, 70)).not.toBe(first);
  });
});
