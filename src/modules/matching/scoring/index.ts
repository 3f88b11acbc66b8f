export * from "./signal-weights";
export * from "./score-candidate";
export * from "./gates";
export * from "./rank-candidates";
export * from "./match-candidates";
