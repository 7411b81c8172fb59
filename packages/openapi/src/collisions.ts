import type { MergeCollision } from './errors.js';
import type { JsonValue } from './fragment.js';
import { pointerOf } from './pointer.js';
import type { PreparedFragment } from './prefix.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `/api/Jobs({id})` and `/api/Jobs({jobId})` are the same path to OpenAPI: templates match
 * whatever their parameter is called.
 */
function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** Every operationId of the target (paths and 3.1 webhooks), with its pointer. */
function operationIds(target: Json): Map<string, string> {
  const ids = new Map<string, string>();
  for (const root of ['paths', 'webhooks']) {
    const items = target[root];
    if (!isObject(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const id = (item[method] as Json | undefined)?.operationId;
        if (typeof id === 'string' && !ids.has(id)) {
          ids.set(id, pointerOf([root, path, method, 'operationId']));
        }
      }
    }
  }
  return ids;
}

function fragmentOperationIds(paths: Record<string, JsonValue>): string[] {
  return Object.values(paths).flatMap((item) =>
    METHODS.map((method) => ((item as Json)[method] as Json | undefined)?.operationId).filter(
      (id): id is string => typeof id === 'string',
    ),
  );
}

/** Every name the fragment would add that `target` already has, in a stable order. */
export function findCollisions(
  target: Json,
  fragment: PreparedFragment,
  withPaths: boolean,
): MergeCollision[] {
  const collisions: MergeCollision[] = [];
  const components = isObject(target.components) ? target.components : {};
  for (const [section, entries] of Object.entries(fragment.components)) {
    const taken = isObject(components[section]) ? components[section] : {};
    for (const name of Object.keys(entries)) {
      if (Object.hasOwn(taken, name)) {
        collisions.push({ kind: 'component', name, pointer: pointerOf(['components', section, name]) });
      }
    }
  }
  if (!withPaths) {
    return collisions;
  }
  const takenPaths = new Map<string, string>();
  for (const path of Object.keys(isObject(target.paths) ? target.paths : {})) {
    takenPaths.set(pathShape(path), path);
  }
  for (const path of Object.keys(fragment.paths)) {
    const theirs = takenPaths.get(pathShape(path));
    if (theirs !== undefined) {
      collisions.push({ kind: 'path', name: path, pointer: pointerOf(['paths', theirs]) });
    }
  }
  const takenIds = operationIds(target);
  for (const id of fragmentOperationIds(fragment.paths)) {
    const pointer = takenIds.get(id);
    if (pointer !== undefined) {
      collisions.push({ kind: 'operationId', name: id, pointer });
    }
  }
  return collisions;
}
