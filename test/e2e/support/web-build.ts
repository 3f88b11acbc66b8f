import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/**
 * Builds dist/web once when it is missing or older than src/web (a lock serialises parallel callers).
 * Vite runs in a child process: it is an ES module the test runtime does not load.
 */
export function ensureWebBuiltForTests(): void {
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "src", "cli", "build-web.ts"), "--if-stale"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 10 * 60_000,
  });
}
