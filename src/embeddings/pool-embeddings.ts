import type { EmbeddingPooling } from "./embedder-options";

/**
 * Turns the encoder's last hidden state [batch, sequence, hidden] into one vector per text.
 * Done here rather than by the pipeline because we run tokenizer and model ourselves (see encode-batch).
 */
export function poolEmbeddings(
  hidden: ArrayLike<number>,
  dims: readonly number[],
  attentionMask: BigInt64Array,
  pooling: EmbeddingPooling,
  normalize: boolean,
): Float32Array[] {
  const [batchSize, sequenceLength, width] = dims;
  const vectors: Float32Array[] = [];
  for (let b = 0; b < batchSize; b += 1) {
    const rowOffset = b * sequenceLength * width;
    // Accumulate in float64 so mean pooling over 512 tokens does not depend on summation order.
    const sum = new Float64Array(width);
    if (pooling === "cls") {
      for (let h = 0; h < width; h += 1) sum[h] = hidden[rowOffset + h];
    } else {
      let count = 0;
      for (let t = 0; t < sequenceLength; t += 1) {
        if (attentionMask[b * sequenceLength + t] === 0n) continue;
        count += 1;
        const tokenOffset = rowOffset + t * width;
        for (let h = 0; h < width; h += 1) sum[h] += hidden[tokenOffset + h];
      }
      for (let h = 0; h < width; h += 1) sum[h] /= Math.max(count, 1);
    }
    if (normalize) {
      let norm = 0;
      for (let h = 0; h < width; h += 1) norm += sum[h] * sum[h];
      norm = Math.sqrt(norm);
      // Same epsilon guard as torch.nn.functional.normalize: a zero vector stays zero instead of NaN.
      const scale = 1 / Math.max(norm, 1e-12);
      for (let h = 0; h < width; h += 1) sum[h] *= scale;
    }
    vectors.push(Float32Array.from(sum));
  }
  return vectors;
}
