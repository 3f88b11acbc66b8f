import { Avatar, Dropdown, Space, Tag, Typography, App } from "antd";
import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useNavigate } from "react-router-dom";
import { useAuth } from "../auth/auth-context";

export function UserMenu() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (!user) return null;
  const items = [
    {
      key: "who",
      disabled: true,
      label: (
        <div className="user-card">
          <div>{user.displayName}（{user.username}）</div>
          <div>角色：{user.roleLabel}</div>
          {user.groups.length > 0 && <div>产业链组：{user.groups.join("、")}</div>}
        </div>
      ),
    },
    { type: "divider" as const },
    { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
  ];
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items,
        onClick: async ({ key }) => {
          if (key !== "logout") return;
          await logout();
          message.success("已退出登录");
          navigate("/login", { replace: true });
        },
      }}
    >
      <button type="button" className="user-menu-button" aria-label="用户菜单" data-testid="user-menu">
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text className="user-name">{user.displayName}</Typography.Text>
          <Tag>{user.roleLabel}</Tag>
        </Space>
      </button>
    </Dropdown>
  );
}
