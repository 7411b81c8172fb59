import { type Change, severityOf } from './change.js';
import { type Context, type Finding, report } from './compare/context.js';
import { newlyDanglingReferences } from './compare/references.js';
import { compareSchemas } from './compare/schema.js';
import { type SchemaDocumentEntry, SchemaSet, type SchemaSetInput } from './documents.js';
import { isJsonObject, preview } from './json.js';
import { existingPrefix } from './pointer.js';

function rootName(entry: SchemaDocumentEntry): string {
  return entry.direction === 'unknown' ? entry.name : `${entry.entity} ${entry.direction}`;
}

/** The root schema without `$id` and `$schema`, which are compared as document properties. */
function body(document: unknown): unknown {
  if (!isJsonObject(document)) {
    return document;
  }
  const { $id: _id, $schema: _schema, ...rest } = document;
  return rest;
}

function compareDocuments(
  oldSet: SchemaSet,
  newSet: SchemaSet,
  before: SchemaDocumentEntry,
  after: SchemaDocumentEntry,
): Finding[] {
  const context: Context = {
    old: { set: oldSet, document: before, path: '' },
    new: { set: newSet, document: after, path: '' },
    label: undefined,
    rootName: rootName(after),
    scope: { kind: 'plain' },
    following: new Set(),
    findings: [],
  };
  const field = (document: unknown, keyword: string): unknown =>
    isJsonObject(document) ? document[keyword] : undefined;
  const oldId = field(before.document, '$id');
  const newId = field(after.document, '$id');
  if (oldId !== newId) {
    report(context, 'id-changed', `the ${context.rootName}: $id ${preview(oldId)} → ${preview(newId)}`, {
      oldSegments: ['$id'],
    });
  }
  const oldDialect = field(before.document, '$schema');
  const newDialect = field(after.document, '$schema');
  if (oldDialect !== newDialect) {
    report(
      context,
      'unsupported-change',
      `the ${context.rootName}: dialect ${preview(oldDialect)} → ${preview(newDialect)}; only one dialect can be compared`,
      { oldSegments: ['$schema'] },
    );
  }
  compareSchemas(body(before.document), body(after.document), context);

  // References inside unchanged text are not walked; catch those whose target went away.
  const reported = new Set(context.findings.filter((f) => f.rule === 'ref-unresolved').map((f) => f.newPath));
  for (const pointer of newlyDanglingReferences(before, oldSet, after, newSet)) {
    if (!reported.has(pointer)) {
      const where: Context = {
        ...context,
        old: { ...context.old, path: pointer },
        new: { ...context.new, path: pointer },
      };
      report(
        where,
        'ref-unresolved',
        `the ${context.rootName}: the $ref at ${pointer} resolves to nothing in the new documents`,
      );
    }
  }
  return context.findings;
}

function stamp(
  finding: Finding,
  entry: SchemaDocumentEntry,
  oldDocument: unknown,
  newDocument: unknown,
): Change {
  return {
    rule: finding.rule,
    severity: finding.alwaysBreaking ? 'breaking' : severityOf(entry.direction, finding.accepts),
    accepts: finding.accepts,
    entity: entry.entity,
    direction: entry.direction,
    document: entry.name,
    oldPath: existingPrefix(oldDocument, finding.oldPath),
    newPath: existingPrefix(newDocument, finding.newPath),
    message: finding.message,
  };
}

function toSet(input: SchemaSetInput | SchemaSet): SchemaSet {
  return input instanceof SchemaSet ? input : new SchemaSet(input);
}

/**
 * Every change between two sets of schema documents, document by document (paired by file
 * name), each classified by who it breaks: a request that accepts less breaks its senders, a
 * response that may hold more breaks its readers. Documents are in file-name order; the
 * changes of one document in the order its keywords were walked.
 *
 * @example
 * const changes = diffDocuments(await loadFolder('schemas/released/json'), await loadFolder('schemas/json'));
 * const breaking = changes.filter((change) => change.severity === 'breaking');
 */
export function diffDocuments(
  oldInput: SchemaSetInput | SchemaSet,
  newInput: SchemaSetInput | SchemaSet,
): Change[] {
  const oldSet = toSet(oldInput);
  const newSet = toSet(newInput);
  const names = [...new Set([...oldSet.names(), ...newSet.names()])].sort();
  const changes: Change[] = [];
  for (const name of names) {
    const before = oldSet.get(name);
    const after = newSet.get(name);
    if (before !== undefined && after !== undefined) {
      for (const finding of compareDocuments(oldSet, newSet, before, after)) {
        changes.push(stamp(finding, after, before.document, after.document));
      }
    } else if (after !== undefined) {
      changes.push({
        rule: 'entity-added',
        severity: 'non-breaking',
        accepts: 'same',
        entity: after.entity,
        direction: after.direction,
        document: name,
        oldPath: null,
        newPath: '',
        message: `new document: the ${rootName(after)}`,
      });
      for (const pointer of newlyDanglingReferences(undefined, oldSet, after, newSet)) {
        changes.push({
          rule: 'ref-unresolved',
          severity: 'breaking',
          accepts: 'different',
          entity: after.entity,
          direction: after.direction,
          document: name,
          oldPath: null,
          newPath: pointer,
          message: `the ${rootName(after)}: the $ref at ${pointer} resolves to nothing in the new documents`,
        });
      }
    } else if (before !== undefined) {
      changes.push({
        rule: 'entity-removed',
        severity: 'breaking',
        accepts: 'different',
        entity: before.entity,
        direction: before.direction,
        document: name,
        oldPath: '',
        newPath: null,
        message: `document removed: the ${rootName(before)}`,
      });
    }
  }
  return changes;
}
