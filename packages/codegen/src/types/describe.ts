import { formats, NON_BLANK_PATTERN, NON_NIL_GUID_PATTERN } from '@job-contracts/schemas';
import type { JsonSchema } from '../documents.js';

// What each pattern the documents use means, in words: a regular expression in a tooltip
// says less than the rule it stands for.
const PATTERNS: Readonly<Record<string, string>> = {
  [NON_BLANK_PATTERN]: 'must contain a character that is not white space',
  [NON_NIL_GUID_PATTERN]: 'must not be the nil GUID',
};

/** Where the type of a property cannot carry a rule, the property's JSDoc names it. */
export interface PropertyContext {
  /** The property starts a parent chain, bounded by `x-max-depth` at the document's root. */
  readonly maxDepth?: number;
}

/**
 * The JSDoc text of one property: its description, then one tag per limit the TypeScript
 * type cannot express (length, format, pattern, range, nesting), the accepted values, and
 * whether it is personal data or filled by the server. Keywords are read from the property
 * and, for a nullable scalar, its value: either way the same keywords, at the same level.
 */
export function describeProperty(property: JsonSchema, context: PropertyContext = {}): string {
  const tags: string[] = [];
  if (typeof property.maxLength === 'number') {
    tags.push(`@maxLength ${property.maxLength} UTF-16 code units, as the server counts them`);
  }
  if (typeof property.format === 'string') {
    const format = formats[property.format];
    if (format === undefined) {
      throw new Error(`codegen: types cannot describe the format "${property.format}"`);
    }
    tags.push(`@format ${format.name}: ${format.description}`);
  }
  if (typeof property.pattern === 'string') {
    tags.push(`@pattern ${PATTERNS[property.pattern] ?? `matches /${property.pattern}/`}`);
  }
  if (typeof property.minimum === 'number') {
    tags.push(`@minimum ${property.minimum}`);
  }
  if (typeof property.maximum === 'number') {
    tags.push(`@maximum ${property.maximum}`);
  }
  if (Array.isArray(property.enum)) {
    const values = property.enum.filter((value) => value !== null).map((value) => JSON.stringify(value));
    tags.push(`@enum ${values.join(', ')}`);
  }
  if (typeof property['x-max-nesting'] === 'number') {
    tags.push(`@maxNesting ${property['x-max-nesting']} levels; its contents are not modelled`);
  }
  if (context.maxDepth !== undefined) {
    tags.push(`@maxDepth ${context.maxDepth} parents below the object that starts the chain`);
  }
  if (property.readOnly === true) {
    tags.push('@readonly Filled or computed by the server; a value sent in a request is ignored.');
  }
  if (property['x-sensitive'] === true) {
    tags.push(
      '@sensitive Personal data: keep it out of logs. The validators mask it (`redact`) and never echo it in an issue.',
    );
  }
  return joinParagraphs([String(property.description ?? ''), tags.join('\n')]);
}

/** Paragraphs of a JSDoc comment, the empty ones left out. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  const text = paragraphs.filter((paragraph) => paragraph !== '').join('\n\n');
  // json-schema-to-typescript writes descriptions into block comments as they are.
  if (text.includes('*/')) {
    throw new Error(`codegen: a description would close its JSDoc comment early: ${text}`);
  }
  return text;
}
