export { seedDemoData, seedDemoDataIfEmpty, type DemoSeedOptions } from "./seed-demo-data";
