import { Layout, Menu } from "antd";
import { Link, Outlet, useLocation } from "react-router-dom";
import { useAuth } from "../auth/auth-context";
import { NAV_ITEMS } from "./nav-items";
import { SemanticSearchBanner } from "./semantic-banner";
import { UserMenu } from "./user-menu";

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { can } = useAuth();
  const location = useLocation();
  const visible = NAV_ITEMS.filter((item) => item.anyOf.some(can));
  const selected = visible.find((item) => location.pathname === item.path || location.pathname.startsWith(`${item.path}/`));
  return (
    <Layout className="app-shell">
      <Header className="app-header">
        <Link to="/" className="app-title">
          招商匹配 <span className="app-title-en">InvestMatch</span>
        </Link>
        <UserMenu />
      </Header>
      <Layout>
        <Sider width={184} theme="light" breakpoint="lg" collapsedWidth={56} className="app-sider">
          <nav aria-label="主菜单">
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected.path] : []}
              items={visible.map((item) => ({ key: item.path, icon: item.icon, label: <Link to={item.path}>{item.label}</Link> }))}
            />
          </nav>
        </Sider>
        <Content className="app-content">
          <SemanticSearchBanner />
          <main className="page">
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
