export interface EmbeddingTextField {
  /** Short Chinese label such as 行业 or 主营产品; helps the model read the value in context. */
  label?: string;
  text: string | null | undefined;
}

/**
 * Joins fields, most important first, into the text that gets embedded, capped at maxChars.
 *
 * The model only sees its first few hundred tokens, so order is the truncation policy: put what a match
 * must agree on (name, industry, main products) first and long free text (history, remarks) last, and
 * whatever is cut, here or by the tokenizer, is the least important. For Chinese, one character is
 * about one token, so maxChars ≈ the model's token limit (512 for bge-small-zh) is a sensible cap.
 */
export function buildEmbeddingText(fields: readonly EmbeddingTextField[], maxChars: number): string {
  const lines: string[] = [];
  let remaining = maxChars;
  for (const field of fields) {
    const value = (field.text ?? "").replace(/\s+/g, " ").trim();
    if (!value) continue;
    const separator = lines.length > 0 ? 1 : 0; // the "\n" that joins lines
    const line = field.label ? `${field.label}：${value}` : value;
    const lineChars = Array.from(line); // code points, so a cut never splits a surrogate pair
    const room = remaining - separator;
    if (room <= 0) break;
    if (lineChars.length <= room) {
      lines.push(line);
      remaining = room - lineChars.length;
      continue;
    }
    lines.push(lineChars.slice(0, room).join(""));
    break;
  }
  return lines.join("\n");
}
