import { toQueryString } from "./api/client";
import { startPreload } from "./api/preload";
import { matchPageQuery } from "./pages/match-list-query";
import { PAGES, pageForPath } from "./pages/page-loaders";

// Imported first by main.tsx and built into its own small chunk, so it runs as soon as the entry has been
// downloaded and before React and Ant Design are evaluated: the first screen's page chunk and API requests
// start at once, instead of one after the other once the UI has been compiled (seconds on a busy office PC).

// The page's chunk first: its files are on their way before the API requests occupy the server.
const page = pageForPath(location.pathname);
if (page) void PAGES[page]().catch(() => undefined);
startPreload("/api/auth/me");
if (page === "matchReview") {
  const projectId = location.pathname.split("/")[2];
  startPreload(`/api/projects/${projectId}/matches${toQueryString(matchPageQuery(new URLSearchParams(location.search)))}`);
}
