// A CommonJS module: its imports resolve with the `require` condition, so this is the
// package's types as `require` sees them, from `dist/index.d.cts`.
import type { JobRequest } from '@job-contracts/types';

export type { JobRequest as RequiredJobRequest };
