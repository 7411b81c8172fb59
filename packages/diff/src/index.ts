export { type Bump, bumpFor } from './bump.js';
export {
  type Accepts,
  type Change,
  type Direction,
  type DocumentDirection,
  type Severity,
  severityOf,
  whoBreaks,
} from './change.js';
export {
  type ChangesetRelease,
  type PendingChangeset,
  parseChangeset,
  readPendingChangesets,
} from './changesets/read.js';
export { publicPackageNames, type WorkspacePackage, workspacePackages } from './changesets/workspace.js';
export { type Changeset, changesetFor } from './changesets/write.js';
export { SUPPORTED_KEYWORDS } from './compare/schema.js';
export { diffDocuments } from './diff.js';
export { describeFileName, type SchemaDocumentEntry, SchemaSet, type SchemaSetInput } from './documents.js';
export { DiffInputError, type DiffInputErrorCode } from './errors.js';
export { type DiffReport, diffReport, formatJson } from './format/json.js';
export { formatMarkdown } from './format/markdown.js';
export { type DiffSummary, displayPath, summarize } from './format/summary.js';
export { formatText } from './format/text.js';
export { type ReleaseSnapshotOptions, writeReleaseSnapshot } from './gate/snapshot.js';
export { checkVersionGate, type VersionGateOptions, type VersionGateResult } from './gate/version-gate.js';
export { loadFolder } from './load/folder.js';
export { loadGitRef } from './load/git.js';
export { RULE_IDS, RULES, type RuleId, type RuleInfo } from './rules.js';
