import { Fragment } from "react";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);
}

/**
 * The search API returns HTML-escaped snippets with <em> around matched terms. We never inject HTML:
 * the snippet is split on the two tags and rendered as text with <mark> elements.
 */
export function HighlightText({ html, fallback }: { html?: string; fallback?: string }) {
  if (!html) return <>{fallback ?? ""}</>;
  const parts = html.split(/(<em>|<\/em>)/);
  let marked = false;
  return (
    <>
      {parts.map((part, i) => {
        if (part === "<em>") {
          marked = true;
          return null;
        }
        if (part === "</em>") {
          marked = false;
          return null;
        }
        const text = unescapeHtml(part);
        return marked ? <mark key={i}>{text}</mark> : <Fragment key={i}>{text}</Fragment>;
      })}
    </>
  );
}
