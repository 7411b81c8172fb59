// The part of the schemas package that validators need at run time: the format checks, the
// parent-chain measure and the constants. It imports no TypeBox and builds no schema, so
// loading it costs next to nothing.
export * from './ajv-plugin.js';
export * from './constants.js';
export type * from './facts.js';
export * from './formats.js';
export * from './length.js';
export * from './pointer.js';
export * from './rules.js';
export * from './vocabulary.js';
