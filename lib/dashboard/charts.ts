import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, MarkLineComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { createHash } from "node:crypto";
import { LruCache, processCache } from "./cache";

// The dashboard's charts drawn on the server as SVG by ECharts (server-side rendering, no DOM):
// they show with JavaScript off, print, and scale. The numbers of every chart are also in a
// table beside it; the SVG itself is decoration for screen readers (the page hides it).

echarts.use([BarChart, LineChart, GridComponent, MarkLineComponent, SVGRenderer]);

export interface ShareBar {
  label: string;
  /** Percent, or null when nothing was received (no bar). */
  share: number | null;
}

const PORTAL_BLUE = "#1d4ed8";
const BELOW_TARGET = "#b45309";
const TARGET_RED = "#b91c1c";

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: "Arial, sans-serif", fontSize: 12 }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A drawn chart and the entity tag of its bytes (the chart responses answer 304 on a match). */
export interface DrawnChart {
  svg: string;
  etag: string;
}

// Drawing is most of the dashboard's time (the 45-bar ranking tens of ms): each SVG is kept under
// exactly the bars, target and size it draws, so an unchanged chart is drawn once. About 16 MB.
const drawn = processCache("dashboard.charts", () => new LruCache<DrawnChart>(16_000_000, (chart) => chart.svg.length));
function memo(
  kind: string,
  bars: readonly ShareBar[],
  targetPercent: number,
  options: object,
  draw: () => string,
): DrawnChart {
  const key = JSON.stringify([kind, bars.map((bar) => [bar.label, bar.share]), targetPercent, options]);
  const hit = drawn.get(key);
  if (hit !== undefined) return hit;
  const svg = draw();
  const chart = { svg, etag: `"${createHash("sha256").update(svg).digest("base64url").slice(0, 27)}"` };
  drawn.set(key, chart);
  return chart;
}

const targetLine = (targetPercent: number) => ({
  silent: true,
  symbol: "none",
  lineStyle: { color: TARGET_RED, type: "dashed", width: 2 },
  label: { formatter: `цель ${targetPercent} %`, color: TARGET_RED },
  data: [{ name: "цель", yAxis: targetPercent }],
});

/** Vertical bars of the electronic share (months, services) with the target as a dashed line. */
export function shareColumnsSvg(
  bars: readonly ShareBar[],
  targetPercent: number,
  options: { width?: number; height?: number } = {},
): string {
  return shareColumnsChart(bars, targetPercent, options).svg;
}

export function shareColumnsChart(
  bars: readonly ShareBar[],
  targetPercent: number,
  options: { width?: number; height?: number } = {},
): DrawnChart {
  const size = columnsSize(options);
  return memo("columns", bars, targetPercent, options, () =>
    render(
      {
        grid: { left: 48, right: 72, top: 24, bottom: 56 },
        xAxis: {
          type: "category",
          data: bars.map((bar) => bar.label),
          axisLabel: { interval: 0, rotate: bars.length > 8 ? 45 : 0 },
        },
        yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
        series: [
          {
            type: "bar",
            data: bars.map((bar) => ({
              value: bar.share ?? 0,
              itemStyle: { color: (bar.share ?? 0) >= targetPercent ? PORTAL_BLUE : BELOW_TARGET },
            })),
            label: {
              show: true,
              position: "top",
              formatter: (params: { dataIndex: number }) => formatShare(bars[params.dataIndex]?.share ?? null),
            },
            markLine: { ...targetLine(targetPercent), data: [{ name: "цель", yAxis: targetPercent }] },
          },
        ],
      },
      size.width,
      size.height,
    ),
  );
}

/** The drawn size in px of each kind of chart (the page gives the image these dimensions before it loads). */
export function columnsSize(options: { width?: number; height?: number } = {}): { width: number; height: number } {
  return { width: options.width ?? 720, height: options.height ?? 300 };
}

export function barsSize(count: number, options: { width?: number } = {}): { width: number; height: number } {
  return { width: options.width ?? 720, height: Math.max(160, 48 + count * 20) };
}

/** Horizontal bars in the given order, top down: services, the ranking of territories (all 45 fit on a printed page). */
export function shareBarsSvg(
  bars: readonly ShareBar[],
  targetPercent: number,
  options: { width?: number } = {},
): string {
  return shareBarsChart(bars, targetPercent, options).svg;
}

export function shareBarsChart(
  bars: readonly ShareBar[],
  targetPercent: number,
  options: { width?: number } = {},
): DrawnChart {
  return memo("bars", bars, targetPercent, options, () => drawBars(bars, targetPercent, options));
}

function drawBars(bars: readonly ShareBar[], targetPercent: number, options: { width?: number }): string {
  const reversed = [...bars].reverse(); // ECharts draws the first category at the bottom.
  return render(
    {
      grid: { left: 260, right: 56, top: 16, bottom: 32 },
      yAxis: {
        type: "category",
        data: reversed.map((bar) => bar.label),
        axisLabel: { interval: 0, width: 250, overflow: "truncate" },
      },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
      series: [
        {
          type: "bar",
          barMaxWidth: 14,
          data: reversed.map((bar) => ({
            value: bar.share ?? 0,
            itemStyle: { color: (bar.share ?? 0) >= targetPercent ? PORTAL_BLUE : BELOW_TARGET },
          })),
          label: {
            show: true,
            position: "right",
            formatter: (params: { dataIndex: number }) => formatShare(reversed[params.dataIndex]?.share ?? null),
          },
          markLine: { ...targetLine(targetPercent), data: [{ name: "цель", xAxis: targetPercent }] },
        },
      ],
    },
    barsSize(bars.length, options).width,
    barsSize(bars.length, options).height,
  );
}

/** «44,4 %», or «—» when nothing was received. */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${share.toLocaleString("ru-RU")} %`;
}
