import type { Position } from './position.js';

/** Finds where an issue at a JSON Pointer sits in the source; `""` gives the payload's own start. */
export type Locator = (pointer: string) => Position;

/** One payload read from an input, with the means to place its issues in the source. */
export interface PayloadEntry {
  readonly kind: 'payload';
  readonly value: unknown;
  readonly locate: Locator;
}

/** A part of an input that is not JSON; reading goes on after it where it can. */
export interface MalformedEntry {
  readonly kind: 'malformed';
  readonly position: Position;
  readonly message: string;
}

/** What reading an input yields, in source order. */
export type Entry = PayloadEntry | MalformedEntry;
