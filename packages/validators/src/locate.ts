import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import { type DocumentFacts, own } from './facts.js';
import { metadata } from './generated/metadata.js';
import { segments } from './pointer.js';

/** The document that describes the object at a pointer. */
export interface Located {
  readonly entity: EntityName;
  readonly facts: DocumentFacts;
}

/** The facts of one entity's document in one direction. */
export function factsOf(entity: EntityName, direction: Direction): DocumentFacts {
  return metadata[entity][direction];
}

/**
 * Which entity's document describes the object at `pointer`, following embedded entities,
 * lists and parents down from `root`; undefined where no document does (an unknown
 * property, an undescribed value).
 */
export function documentAt(root: EntityName, direction: Direction, pointer: string): Located | undefined {
  let entity = root;
  const path = segments(pointer);
  for (let i = 0; i < path.length; i++) {
    const embed = own(factsOf(entity, direction).embeds, path[i] as string);
    if (embed === undefined) {
      return undefined;
    }
    if (embed.list) {
      i += 1;
      if (i >= path.length) {
        return undefined;
      }
    }
    entity = embed.entity;
  }
  return { entity, facts: factsOf(entity, direction) };
}
