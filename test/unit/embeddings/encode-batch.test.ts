import { encodeBatch } from "../../../src/embeddings/encode-batch";
import type { TokenizedBatch, TokenizerLike } from "../../../src/embeddings/transformers-types";

const CLS = 2;
const SEP = 3;

/** One token per character: code point mod 1000 + 10, wrapped in [CLS] ... [SEP] like BERT. */
const fakeTokenizer: TokenizerLike = Object.assign(
  (texts: string[]): TokenizedBatch => {
    const input_ids = texts.map((text) => [CLS, ...Array.from(text).map((c) => (c.codePointAt(0)! % 1000) + 10), SEP]);
    return {
      input_ids,
      attention_mask: input_ids.map((ids) => ids.map(() => 1)),
      token_type_ids: input_ids.map((ids) => ids.map(() => 0)),
    };
  },
  { model_max_length: 512, pad_token_id: 0, all_special_ids: [0, 1, CLS, SEP, 4] },
);

describe("encodeBatch", () => {
  it("right-pads to the longest text with pad ids and a zero attention mask", () => {
    const sut = encodeBatch(fakeTokenizer, ["ab", "a"], 512);
    expect(sut.batchSize).toBe(2);
    expect(sut.sequenceLength).toBe(4);
    expect(Array.from(sut.attentionMask)).toEqual([1n, 1n, 1n, 1n, 1n, 1n, 1n, 0n]);
    expect(sut.inputIds[7]).toBe(0n);
    expect(sut.truncated).toEqual([]);
  });

  it("truncates to maxTokens, keeps the closing [SEP] and reports which texts were cut", () => {
    const sut = encodeBatch(fakeTokenizer, ["短", "一二三四五六七八九十"], 5);
    expect(sut.sequenceLength).toBe(5);
    const second = Array.from(sut.inputIds.slice(5, 10)).map(Number);
    expect(second[0]).toBe(CLS);
    expect(second[4]).toBe(SEP);
    expect(sut.truncated).toEqual([1]);
  });

  it("clips absurdly long text before tokenizing and still reports it as truncated", () => {
    const sut = encodeBatch(fakeTokenizer, ["字".repeat(10_000)], 8);
    expect(sut.sequenceLength).toBe(8);
    expect(sut.truncated).toEqual([0]);
  });
});
