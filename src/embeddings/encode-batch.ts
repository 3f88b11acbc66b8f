import type { TokenizerLike } from "./transformers-types";

export interface EncodedBatch {
  /** Row-major [batch, sequence] token ids, right-padded. */
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
  batchSize: number;
  sequenceLength: number;
  /** Indexes of texts that were cut to fit the token limit. */
  truncated: number[];
}

// A token never covers more than a few characters (one hanzi, or a short English word piece), so text
// beyond this many characters per allowed token cannot survive truncation; cutting it before the
// tokenizer avoids tokenizing megabytes of pasted text just to throw the tokens away.
const MAX_CHARS_PER_TOKEN = 16;

/**
 * Tokenizes and truncates knowingly: the tail is cut but the closing special token ([SEP]) is kept, as
 * the Python tokenizers do, and the caller learns which texts were cut. (transformers.js' own truncation
 * drops the [SEP] and cannot report what it cut.)
 */
export function encodeBatch(tokenizer: TokenizerLike, texts: readonly string[], maxTokens: number): EncodedBatch {
  const charLimit = maxTokens * MAX_CHARS_PER_TOKEN;
  const clipped = texts.map((text) => (text.length > charLimit ? text.slice(0, charLimit) : text));
  const encoded = tokenizer(clipped, { add_special_tokens: true, padding: false, truncation: false, return_tensor: false });
  const specialIds = new Set(tokenizer.all_special_ids);
  const padId = BigInt(tokenizer.pad_token_id ?? 0);
  const truncated: number[] = [];

  const rows = encoded.input_ids.map((ids, i) => {
    let inputIds = ids;
    let typeIds = encoded.token_type_ids?.[i] ?? ids.map(() => 0);
    const wasClipped = clipped[i].length !== texts[i].length;
    if (ids.length > maxTokens) {
      const last = ids[ids.length - 1];
      inputIds = ids.slice(0, maxTokens);
      typeIds = typeIds.slice(0, maxTokens);
      if (specialIds.has(last)) inputIds[maxTokens - 1] = last;
    }
    if (ids.length > maxTokens || wasClipped) truncated.push(i);
    return { inputIds, typeIds };
  });

  const batchSize = rows.length;
  const sequenceLength = Math.max(...rows.map((row) => row.inputIds.length));
  const size = batchSize * sequenceLength;
  const inputIds = new BigInt64Array(size).fill(padId);
  const attentionMask = new BigInt64Array(size);
  const tokenTypeIds = new BigInt64Array(size);
  rows.forEach((row, b) => {
    const offset = b * sequenceLength;
    row.inputIds.forEach((id, t) => {
      inputIds[offset + t] = BigInt(id);
      attentionMask[offset + t] = 1n;
      tokenTypeIds[offset + t] = BigInt(row.typeIds[t] ?? 0);
    });
  });
  return { inputIds, attentionMask, tokenTypeIds, batchSize, sequenceLength, truncated };
}
