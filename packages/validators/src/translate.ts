import {
  type Direction,
  type EntityName,
  formats,
  NON_BLANK_PATTERN,
  NON_NIL_GUID_PATTERN,
} from '@job-contracts/schemas/runtime';
import { own } from './facts.js';
import type { RawError } from './generated/detailed.js';
import type { Issue } from './issue.js';
import { documentAt, type Located } from './locate.js';
import { describeTypes, fieldLabel, oneOf, preview } from './messages.js';
import { escapeSegment, jsonType, segments, valueAt } from './pointer.js';
import { type Candidate, suggestProperty } from './suggest.js';

const GROUP_PATH = /^#\/allOf\/(\d+)\/anyOf$/;
const CONDITION_PATH = /^#\/allOf\/(\d+)\/then\//;
const GUID_SHAPE = formats.uuid;

/** Where an error happened: the value, the object holding it, and what describes both. */
interface Site {
  readonly path: string;
  readonly segments: readonly string[];
  readonly value: unknown;
  readonly label: string;
  /** The document of the object holding the value, when one describes it. */
  readonly holder: Located | undefined;
  readonly sensitive: boolean;
}

/** What translating needs to know about the check being run. */
export interface TranslateContext {
  readonly entity: EntityName;
  readonly direction: Direction;
  readonly data: unknown;
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

function site(context: TranslateContext, path: string): Site {
  const parts = segments(path);
  const property = parts.at(-1);
  const holder = documentAt(context.entity, context.direction, parentPointer(path));
  return {
    path,
    segments: parts,
    value: valueAt(context.data, path),
    label: fieldLabel(parts, context.entity),
    holder,
    sensitive: property !== undefined && holder?.facts.sensitive.includes(property) === true,
  };
}

function childPath(parent: string, property: string): string {
  return `${parent}/${escapeSegment(property)}`;
}

function candidates(located: Located | undefined): Candidate[] {
  if (located === undefined) {
    return [];
  }
  const { facts } = located;
  return facts.properties.map((name) => ({
    name,
    fits: (value: unknown) => {
      if (facts.guids.includes(name))
        return typeof value === 'string' && GUID_SHAPE?.validate(value) === true;
      const types = own(facts.types, name) ?? [];
      const type = jsonType(value);
      return types.includes(type) || (type === 'integer' && types.includes('number'));
    },
  }));
}

/**
 * The description of the conditional requirement an error comes from, when it comes from
 * one (its schema path runs through `allOf/N/then`). `required` errors sit at the object;
 * the others at one of its properties.
 */
function conditionOf(error: RawError, context: TranslateContext): { description: string } | undefined {
  const match = CONDITION_PATH.exec(error.schemaPath);
  if (match === null) {
    return undefined;
  }
  const objectPath = error.keyword === 'required' ? error.instancePath : parentPointer(error.instancePath);
  const facts = documentAt(context.entity, context.direction, objectPath)?.facts;
  return facts?.conditions[match[1] as string] ?? { description: '' };
}

function withSuffix(message: string, suffix: string | undefined): string {
  if (suffix === undefined || suffix === '') {
    return message;
  }
  const clause = suffix.endsWith('.') ? suffix.slice(0, -1) : suffix;
  return `${message}: ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
}

/** Turns one AJV error into an issue; undefined for errors that only echo another. */
function toIssue(error: RawError, context: TranslateContext): Issue | undefined {
  const { keyword, params, instancePath, schemaPath } = error;
  const condition = conditionOf(error, context);

  switch (keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const path = childPath(instancePath, missing);
      if (condition) {
        return {
          path,
          rule: 'conditionalRequired',
          message: withSuffix(`${missing} is required`, condition.description),
        };
      }
      return { path, rule: 'required', message: `${missing} is required` };
    }
    case 'anyOf': {
      const group = GROUP_PATH.exec(schemaPath);
      if (group === null) {
        return undefined;
      }
      const facts = documentAt(context.entity, context.direction, instancePath)?.facts.groups[
        group[1] as string
      ];
      const members = facts?.members ?? [];
      const where = instancePath === '' ? context.entity : site(context, instancePath).label;
      return {
        path: instancePath,
        rule: 'requiredGroup',
        message: `${where} needs one of ${oneOf(members)}; none is given (null, blank or the nil GUID does not count)`,
        expected: members,
      };
    }
    case 'additionalProperties': {
      const unknown = String(params.additionalProperty);
      const path = childPath(instancePath, unknown);
      const holder = documentAt(context.entity, context.direction, instancePath);
      const suggestion = suggestProperty(unknown, valueAt(context.data, path), candidates(holder));
      const message = `${holder?.entity ?? 'this object'} has no property "${unknown}"`;
      return {
        path,
        rule: 'unknownProperty',
        message: suggestion === undefined ? message : `${message}; did you mean "${suggestion}"?`,
        ...(suggestion === undefined ? {} : { expected: suggestion }),
      };
    }
    case 'x-max-depth':
      return {
        path: instancePath,
        rule: 'maxDepth',
        message: `${String(params.property)} nests more than ${Number(params.limit)} parents`,
        expected: Number(params.limit),
      };
    default:
      return valueIssue(error, site(context, instancePath), condition);
  }
}

/** Issues about the value at the error's own path. */
function valueIssue(
  error: RawError,
  at: Site,
  condition: { description: string } | undefined,
): Issue | undefined {
  const { keyword, params } = error;
  const got = (detail: string) => (at.sensitive ? '' : ` (got ${detail})`);
  const received = { received: jsonType(at.value) };

  switch (keyword) {
    case 'type': {
      if (params.type === 'null') {
        return undefined;
      }
      const property = at.segments.at(-1);
      const declared =
        property === undefined || at.holder === undefined ? undefined : own(at.holder.facts.types, property);
      const expected =
        declared !== undefined && declared.length > 0 ? declared : String(params.type).split(',');
      return {
        path: at.path,
        rule: 'type',
        message: `${at.label} must be ${describeTypes(expected)}${got(jsonType(at.value))}`,
        expected: expected.join(','),
        ...received,
      };
    }
    case 'pattern': {
      const rule = condition ? 'conditionalRequired' : 'required';
      const suffix = condition?.description;
      if (params.pattern === NON_BLANK_PATTERN) {
        return { path: at.path, rule, message: withSuffix(`${at.label} must not be blank`, suffix) };
      }
      if (params.pattern === NON_NIL_GUID_PATTERN) {
        return { path: at.path, rule, message: `${at.label} must not be the nil GUID, which means "unset"` };
      }
      return { path: at.path, rule: 'format', message: `${at.label} must match ${String(params.pattern)}` };
    }
    case 'maxLength':
    case 'minLength': {
      const limit = Number(params.limit);
      const length = typeof at.value === 'string' ? at.value.length : 0;
      const bound = keyword === 'maxLength' ? 'at most' : 'at least';
      return {
        path: at.path,
        rule: keyword,
        message: `${at.label} must be ${bound} ${limit} characters${got(String(length))}`,
        expected: limit,
      };
    }
    case 'format': {
      const format = formats[String(params.format)];
      const reason =
        at.sensitive || typeof at.value !== 'string'
          ? `must be ${format?.description ?? String(params.format)}`
          : (format?.explain(at.value) ?? `must be ${String(params.format)}`);
      return {
        path: at.path,
        rule: 'format',
        message: `${at.label} ${reason}`,
        expected: String(params.format),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((value) => value !== null).map(String);
      return {
        path: at.path,
        rule: 'enum',
        message: `${at.label} must be one of ${oneOf(allowed)}${got(preview(at.value))}`,
        expected: allowed,
      };
    }
    case 'minimum':
    case 'maximum': {
      const limit = Number(params.limit);
      const bound = keyword === 'maximum' ? 'at most' : 'at least';
      return {
        path: at.path,
        rule: keyword,
        message: `${at.label} must be ${bound} ${limit}${got(preview(at.value))}`,
        expected: limit,
      };
    }
    case 'x-max-nesting':
      return {
        path: at.path,
        rule: 'maxDepth',
        message: `${at.label} is nested more than ${Number(params.limit)} levels deep`,
        expected: Number(params.limit),
      };
    case 'if':
    case 'const':
      return undefined;
    default:
      return { path: at.path, rule: 'type', message: `${at.label} ${error.message ?? 'is invalid'}` };
  }
}

/** True for errors a failed "at least one of" group leaves inside its branches. */
function insideGroup(error: RawError, groups: readonly RawError[]): boolean {
  return groups.some(
    (group) =>
      error.schemaPath.startsWith(`${group.schemaPath}/`) &&
      (error.instancePath === group.instancePath || parentPointer(error.instancePath) === group.instancePath),
  );
}

/**
 * Turns AJV's errors into issues: one per broken rule, at the path of the offending value,
 * without the echoes a failed `anyOf` leaves behind, and at most `limit` of them.
 */
export function translate(
  errors: readonly RawError[],
  context: TranslateContext,
  limit: number,
): { issues: Issue[]; truncated: boolean } {
  const groups = errors.filter((error) => error.keyword === 'anyOf' && GROUP_PATH.test(error.schemaPath));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (insideGroup(error, groups)) {
      continue;
    }
    const issue = toIssue(error, context);
    const key = issue && `${issue.path}\u0000${issue.rule}\u0000${issue.message}`;
    if (issue === undefined || key === undefined || seen.has(key)) {
      continue;
    }
    if (issues.length >= limit) {
      return { issues, truncated: true };
    }
    seen.add(key);
    issues.push(issue);
  }
  return { issues, truncated: false };
}
