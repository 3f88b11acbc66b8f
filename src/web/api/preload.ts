/**
 * Responses requested by preload.ts while the application bundle was still downloading and compiling.
 * `api()` takes a matching GET from here once instead of asking again.
 */
declare global {
  interface Window {
    __investmatchPreload?: Map<string, Promise<Response>>;
  }
}

const MAX_AGE_MS = 15_000;
const started = performance.now();

export function startPreload(url: string): void {
  const map = (window.__investmatchPreload ??= new Map());
  const request = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  request.catch(() => undefined);
  map.set(url, request);
}

export function takePreloaded(url: string): Promise<Response> | undefined {
  const map = window.__investmatchPreload;
  const hit = map?.get(url);
  if (!hit) return undefined;
  map!.delete(url);
  // A preload is for the first screen only; an old one is never reused later.
  return performance.now() - started < MAX_AGE_MS ? hit : undefined;
}
