export { seedDemoData, seedDemoDataIfEmpty, type DemoSeedOptions } from "./seed-demo-data";
export { seedDemoUsersIfNone, DEMO_USERS } from "./demo-users";
