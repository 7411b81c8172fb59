import type { Field } from './field.js';
import { dateTime } from './kinds.js';

/** `modified_dateutc`: the database's own write timestamp, present on every table. */
export function modifiedDate(): Field<string, string, false> {
  return dateTime(
    'When the record was last written, in UTC. Set by the database on every insert and update; use it for incremental sync.',
    { readOnly: true },
  );
}
