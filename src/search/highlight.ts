/**
 * Highlight rendering shared by both engines. Engines mark matches with private sentinels (Meilisearch via
 * highlightPreTag/PostTag, the embedded engine via markTerms); renderHighlight then crops long text around the
 * first match, HTML-escapes the document text and only then inserts <em>, so a company name containing "<"
 * cannot inject markup into the analysts' UI.
 */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/** Longer texts are cropped to a window of about this many characters around the first match. */
const CROP_CHARS = 120;
const CROP_LEAD = 30;

/** Wraps every occurrence of any term (case-insensitive, longest first) in sentinels. */
export function markTerms(text: string, terms: readonly string[]): string {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || !text) return text;
  const pattern = new RegExp(usable.map(escapeRegExp).join("|"), "giu");
  return text.replace(pattern, (m) => MARK_START + m + MARK_END);
}

export function hasMark(marked: string): boolean {
  return marked.includes(MARK_START);
}

export function renderHighlight(marked: string): string {
  let text = marked;
  const plainLength = text.replace(/[\u0001\u0002]/g, "").length;
  if (plainLength > CROP_CHARS) {
    const first = Math.max(0, text.indexOf(MARK_START));
    const start = Math.max(0, first - CROP_LEAD);
    let end = Math.min(text.length, start + CROP_CHARS);
    // Do not cut a mark in half: extend to its end marker if one is open at the cut.
    const lastStart = text.lastIndexOf(MARK_START, end - 1);
    const lastEnd = text.lastIndexOf(MARK_END, end - 1);
    if (lastStart > lastEnd) end = Math.max(end, text.indexOf(MARK_END, lastStart) + 1);
    const sliced = text.slice(start, end);
    text = (start > 0 ? "…" : "") + sliced + (end < text.length ? "…" : "");
  }
  return escapeHtml(text).replaceAll(MARK_START, "<em>").replaceAll(MARK_END, "</em>");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
