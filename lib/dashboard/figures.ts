import { addMonths, type YearMonth } from "../benefits/calendar";

// The dashboard's arithmetic as plain functions over the aggregate rows: the electronic share,
// the ranking of territories against the target, and percentiles from a histogram of working days.

export type Channel = "portal" | "in_person" | "mfc" | "post";

export const CHANNELS: readonly Channel[] = ["portal", "in_person", "mfc", "post"];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  portal: "Портал госуслуг РТ",
  in_person: "Лично в органе социальной защиты",
  mfc: "МФЦ",
  post: "Почтой",
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}

/** Applications received, by channel. */
export type ChannelCounts = Record<Channel, number>;

export function emptyChannelCounts(): ChannelCounts {
  return { portal: 0, in_person: 0, mfc: 0, post: 0 };
}

export interface ShareFigures {
  total: number;
  electronic: number;
  /** Percent with one decimal, or null when nothing was received. */
  share: number | null;
  byChannel: ChannelCounts;
}

/** Rounds to one decimal the way a person reads a percent (half up). */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export function shareOf(byChannel: ChannelCounts): ShareFigures {
  const total = CHANNELS.reduce((sum, channel) => sum + byChannel[channel], 0);
  return { total, electronic: byChannel.portal, share: percent(byChannel.portal, total), byChannel: { ...byChannel } };
}

/** Sums channel counts grouped by a key, keeping the order of `keys` (every key shown, even at 0). */
export function groupShares<K extends string | number>(
  rows: readonly { key: K; channel: Channel; count: number }[],
  keys: readonly K[],
): { key: K; figures: ShareFigures }[] {
  const grouped = new Map<K, ChannelCounts>(keys.map((key) => [key, emptyChannelCounts()]));
  for (const row of rows) {
    const counts = grouped.get(row.key);
    if (counts) counts[row.channel] += row.count;
  }
  return keys.map((key) => ({ key, figures: shareOf(grouped.get(key)!) }));
}

export interface RankedTerritory<T> {
  place: number;
  item: T;
  share: number | null;
  meetsTarget: boolean;
}

/**
 * Territories from the highest electronic share down; equal shares share a place («1, 2, 2, 4»),
 * ties in name order; territories that received nothing come last without a place.
 */
export function rankByShare<T extends { name: string; figures: ShareFigures }>(
  items: readonly T[],
  targetPercent: number,
): RankedTerritory<T>[] {
  const withShare = items.filter((item) => item.figures.share !== null);
  const sorted = [...withShare].sort(
    (a, b) => b.figures.share! - a.figures.share! || a.name.localeCompare(b.name, "ru"),
  );
  const ranked: RankedTerritory<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const place = previous && previous.share === item.figures.share ? previous.place : index + 1;
    ranked.push({ place, item, share: item.figures.share, meetsTarget: item.figures.share! >= targetPercent });
  });
  const without = items
    .filter((item) => item.figures.share === null)
    .sort((a, b) => a.name.localeCompare(b.name, "ru"));
  return [...ranked, ...without.map((item) => ({ place: 0, item, share: null, meetsTarget: false }))];
}

/**
 * The nearest-rank percentile of a histogram (value → how many): the smallest value with at least
 * p % of the observations at or below it. Null for an empty histogram.
 */
export function histogramPercentile(histogram: readonly { value: number; count: number }[], p: number): number | null {
  if (p <= 0 || p > 100) throw new RangeError(`Bad percentile: ${p}`);
  const bins = histogram.filter((bin) => bin.count > 0).sort((a, b) => a.value - b.value);
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil((p / 100) * total);
  let seen = 0;
  for (const bin of bins) {
    seen += bin.count;
    if (seen >= rank) return bin.value;
  }
  return bins[bins.length - 1]!.value;
}

/** Every month from `from` to `to` inclusive (at most 60: five years on one chart). */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = from; month <= to && months.length < 60; month = addMonths(month, 1)) months.push(month);
  return months;
}
