// Benefit rules of the three social-protection services (research/benefits.md): plain functions
// and data, no framework. Server actions parse input, call these, and store the results.
export * from "./additional-compensation";
export * from "./calendar";
export * from "./child-allowance";
export * from "./kindergarten-compensation";
export * from "./means-test";
export * from "./money";
export * from "./reasons";
export * from "./reference-data";
export * from "./services";
