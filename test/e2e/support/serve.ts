import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createTestContext, type TestContext } from "../../helpers/test-services";

export interface ServedApp {
  ctx: TestContext;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app on a real port (the browser needs HTTP), over a fresh SQLite database. */
export async function serveTestApp(env: Record<string, string> = {}): Promise<ServedApp> {
  const ctx = await createTestContext(env);
  const server: Server = await new Promise((resolve) => {
    const s = ctx.app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ctx,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.close();
    },
  };
}
