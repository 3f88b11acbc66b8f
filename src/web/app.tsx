import { createBrowserRouter, Navigate, RouterProvider } from "react-router-dom";
import { RequireAuth } from "./auth/require-auth";
import { useAuth } from "./auth/auth-context";
import { AppLayout } from "./layout/app-layout";
import { NAV_ITEMS } from "./layout/nav-items";
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { PlaceholderPage } from "./pages/placeholder-page";
import { NotFoundPage } from "./pages/not-found-page";
import { LoadingState } from "./components/page-states";
import { PAGES, type PageName } from "./pages/page-loaders";

/**
 * Each page is its own chunk: the first load fetches and compiles only the page asked for (and the Ant Design
 * components it uses), not every page's.
 */
function page(name: PageName): ReactNode {
  const Page = lazy(() => PAGES[name]().then((component: ComponentType) => ({ default: component })));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

/** The first menu entry the user may open (a chamber account has neither projects nor enterprises). */
function HomeRedirect() {
  const { can } = useAuth();
  const first = NAV_ITEMS.find((item) => item.anyOf.some(can));
  return first ? <Navigate to={first.path} replace /> : <PlaceholderPage title="欢迎使用招商匹配系统" description="当前账号暂无可用的功能，请联系管理员分配权限。" />;
}

const router = createBrowserRouter([
  { path: "/login", element: page("login") },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: "projects", element: page("projects") },
      { path: "projects/:id", element: page("projectDetail") },
      { path: "projects/:id/matches", element: page("matchReview") },
      { path: "enterprises", element: page("enterprises") },
      { path: "enterprises/:id", element: page("enterpriseDetail") },
      { path: "shortlists", element: page("shortlists") },
      { path: "shortlists/:id", element: page("shortlistDetail") },
      // 线索审核 and 项目推进/驾驶舱: each a set of nested routes (pages/leads, pages/pipeline).
      { path: "leads/*", element: page("leads") },
      { path: "pipeline/*", element: page("pipeline") },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
