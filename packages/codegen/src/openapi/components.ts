import { documentFileName } from '@job-contracts/schemas';
import { type JsonSchema, loadDocuments, pairs } from '../documents.js';
import { typeName } from '../naming.js';
import { rewriteRefs, SCHEMAS_POINTER } from './refs.js';

// A component lives inside the OpenAPI document: it has no identity of its own, and the
// document's `openapi` version (not `$schema`) says which dialect it is written in.
const DOCUMENT_ONLY = new Set(['$schema', '$id']);

/**
 * Every emitted schema document as an OpenAPI component, named by `typeName` (`JobRequest`,
 * `Job`, …), in the stable order of `pairs()`. The documents refer to each other by file
 * name (`project.request.json`); each such `$ref` becomes `#/components/schemas/ProjectRequest`.
 * Everything else is kept, descriptions, `readOnly` and the `x-` keywords included: they
 * are annotations or legal OpenAPI extensions.
 */
export function entityComponents(
  documents: Map<string, JsonSchema> = loadDocuments(),
): Record<string, JsonSchema> {
  const names = new Map<string, string>();
  for (const { entity, direction } of pairs()) {
    names.set(documentFileName(entity, direction), typeName(entity, direction));
  }
  const rewrite = (ref: string): string => {
    const name = names.get(ref);
    if (name === undefined) {
      throw new Error(`codegen: cannot turn $ref "${ref}" into a component reference; it names no document`);
    }
    return `${SCHEMAS_POINTER}${name}`;
  };

  const components: Record<string, JsonSchema> = {};
  for (const [file, name] of names) {
    const document = documents.get(file);
    if (document === undefined) {
      throw new Error(`codegen: ${file} is missing; build @job-contracts/schemas first`);
    }
    const kept = Object.fromEntries(Object.entries(document).filter(([key]) => !DOCUMENT_ONLY.has(key)));
    components[name] = rewriteRefs(kept, rewrite) as JsonSchema;
  }
  return components;
}
