/**
 * The narrow slice of @huggingface/transformers this folder relies on. The library's own typings are
 * generated from JSDoc and very wide; pinning what we use in one place keeps the casts at one boundary
 * and makes an upstream change fail loudly here.
 */
export type TransformersModule = typeof import("@huggingface/transformers");

export interface TokenizedBatch {
  input_ids: number[][];
  attention_mask: number[][];
  token_type_ids?: number[][];
}

export interface TokenizerLike {
  (
    texts: string[],
    options: { add_special_tokens: boolean; padding: false; truncation: false; return_tensor: false },
  ): TokenizedBatch;
  readonly model_max_length: number;
  readonly pad_token_id?: number | null;
  readonly all_special_ids: number[];
}

export interface TensorLike {
  readonly data: ArrayLike<number>;
  readonly dims: number[];
  readonly type: string;
}

export interface EncoderModelLike {
  (feeds: Record<string, unknown>): Promise<Record<string, TensorLike | undefined>>;
  readonly config: { hidden_size?: number; max_position_embeddings?: number };
}

export interface FeatureExtractionPipelineLike {
  readonly tokenizer: TokenizerLike;
  readonly model: EncoderModelLike;
  dispose(): Promise<void>;
}
