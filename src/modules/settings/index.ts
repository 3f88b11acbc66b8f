export { readSettings, writeSetting } from "./repository";
