export { type AjvInstance, ajvPlugin } from './ajv-plugin.js';
export {
  COMPANY_SALES_STATUS_CODES,
  DIRECTIONS,
  type Direction,
  ENTITY_NAMES,
  type EntityName,
  INT32_MAX,
  INT32_MIN,
  JOB_STATUS_CODES,
  MAX_NESTING,
  MAX_PARENT_DEPTH,
  NIL_GUID,
  NON_BLANK_PATTERN,
  NON_NIL_GUID_PATTERN,
  SCHEMA_BASE_URI,
  UNSET_DATE,
} from './constants.js';
export {
  allDocuments,
  JSON_SCHEMA_DIALECT,
  type SchemaDocument,
  schemaDocument,
  serializeDocument,
} from './documents.js';
export {
  type ConditionalRequirement,
  documentFileName,
  type Entity,
  type RequestOf,
  type RequiredGroup,
  type ResponseOf,
  schemaId,
} from './entity.js';
export type { DocumentFacts } from './facts.js';
export type { AnyField, Field, FieldKind } from './field.js';
export {
  dateTimeFormat,
  dateTimeOptionalOffsetFormat,
  emailFormat,
  type FormatDefinition,
  formats,
  guidFormat,
} from './formats.js';
export { ajvOptions, LENGTH_UNIT, stringLength } from './length.js';
export { entities } from './registry.js';
export { RULES, type Rule } from './rules.js';
export { type MaxDepth, nestingDepth, parentDepth, VOCABULARY } from './vocabulary.js';
