/**
 * Calibration of text-derived evidence: raw clause score s (0..1) → confidence, currently 0.85 × s.
 *
 * How it was set. There are no GB/T labels for real enterprises, so the 申万/tushare labels served as a noisy
 * reference: on the 3,832 A-share companies with product lists, inference was run on products and names only
 * (labels withheld), and the top code was counted as agreeing when it is compatible on the hierarchy with a
 * code the company's labels map to (at the labels' precision). Agreement by final confidence of the top code:
 *
 *   confidence   0.2-0.3  0.3-0.4  0.4-0.5  0.5-0.6  0.6-0.7  0.7-0.8  0.8-0.9  0.9-1.0
 *   agreement      43%      41%      40%      43%      57%      57%      67%      74%
 *
 * Agreement is a lower bound on precision: reading disagreements by eye, above 0.8 most are the labels being
 * incomplete (物业管理 for a "商业物业经营" company, 木地板 for "家居用品", 染料 for a logistics-labelled group);
 * between 0.4 and 0.6 most are real misses (generic words, segment noise). Allowing for that, precision sits
 * near the stated confidence from about 0.5 up, and the 0.3-0.5 band is somewhat optimistic — which is why
 * results below 0.3 are not returned and the scorer discounts inferred codes again (× 0.85).
 * Taxonomy-label evidence is not recalibrated: the mapping table's confidences are already hand-set per label.
 * Re-run the check (labels withheld, top code against the label-mapped codes) after changing the index, the
 * phrase table or the weights.
 */
export const TEXT_SCORE_SCALE = 0.85;

export function calibrateTextScore(raw: number): number {
  return TEXT_SCORE_SCALE * Math.max(0, Math.min(1, raw));
}
