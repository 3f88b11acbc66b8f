import dayjs from "dayjs";

/** Amounts are stored in 万元; 1亿元 and above read better in 亿元. */
export function formatWan(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (Math.abs(value) >= 10_000) return `${trimZeros((value / 10_000).toFixed(2))}亿元`;
  return `${trimZeros(value.toFixed(2))}万元`;
}

function trimZeros(text: string): string {
  return text.replace(/\.?0+$/, "");
}

export function formatDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD") : "—";
}

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—";
}

export function formatScore(value: number): string {
  return value.toFixed(1);
}

/** A signal value in [0,1] as a percentage; null is 数据缺失 (never 0). */
export function formatSignalValue(value: number | null): string {
  return value === null ? "数据缺失" : `${Math.round(value * 100)}%`;
}
