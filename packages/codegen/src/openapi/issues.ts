import { RULES } from '@job-contracts/schemas';
import type { JsonSchema } from '../documents.js';
import { schemaRef } from './refs.js';

/** The rules an issue can name, as `@job-contracts/validators` reports them. */
export const ISSUE_RULES = RULES;

/** Name of the component describing one issue. */
export const ISSUE = 'Issue';
/** Name of the component describing the body of a 400 response. */
export const CONTRACT_VIOLATION = 'ContractViolation';

// No `additionalProperties: false`: these describe what a server returns, and a client
// should not break when a later version adds a field.
const issue: JsonSchema = {
  title: 'Issue',
  description:
    'One thing wrong with a payload, as `@job-contracts/validators` reports it. Plain data: safe to serialize, log and compare.',
  type: 'object',
  properties: {
    path: {
      description:
        'RFC 6901 JSON Pointer to the offending value, or to the missing property; the empty string is the root.',
      type: 'string',
    },
    rule: {
      description:
        'The rule the payload breaks. Stable: tools match on it. `required`: a required property is missing, blank or the nil GUID; `requiredGroup`: none of an "at least one of" group is given; `conditionalRequired`: a property required by a condition is missing or blank; `unknownProperty`: a request carries a property its entity does not have; `maxDepth`: a parent chain, or a value no schema describes, nests too deeply; `unreadable`: the value could not be read; the others name the JSON Schema keyword the value breaks.',
      type: 'string',
      enum: [...ISSUE_RULES],
    },
    message: {
      description: 'A sentence a person understands. Never contains the value of a sensitive field.',
      type: 'string',
    },
    expected: {
      description:
        'What the broken rule expected: a limit (`maxLength`, `minimum`…), a type or format name, the accepted values, the members of a group, or the suggested property name.',
      anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
    },
    received: {
      description:
        'The JSON type of the value that was found (`string`, `number`, `object`…), never the value.',
      type: 'string',
    },
  },
  required: ['path', 'rule', 'message'],
};

const contractViolation: JsonSchema = {
  title: 'Contract violation',
  description:
    'The body of a 400 response: the payload breaks the contract. The same shape as a failed parse of `@job-contracts/validators`, without its `ok` flag.',
  type: 'object',
  properties: {
    issues: {
      description: 'Every issue found, up to the cap the server applies (100 by default).',
      type: 'array',
      items: schemaRef(ISSUE),
    },
    truncated: {
      description: 'True when more issues were found than `issues` lists.',
      type: 'boolean',
    },
  },
  required: ['issues', 'truncated'],
};

/** The `Issue` and `ContractViolation` component schemas. */
export function issueComponents(): Record<string, JsonSchema> {
  return { [ISSUE]: structuredClone(issue), [CONTRACT_VIOLATION]: structuredClone(contractViolation) };
}
