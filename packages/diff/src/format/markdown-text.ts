// Characters Markdown may read as markup outside a code span. Escaped, a message renders as
// written and survives a Markdown formatter unchanged (Biome rewrites `*x*` to `_x_`).
const SPECIAL = /[\\*_<>[\]]/g;

/**
 * A message as Markdown text: `code spans` kept, everything else escaped. A message with an
 * unpaired backtick (one a schema value brought in) has every backtick escaped instead.
 */
export function markdownText(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) {
    return message.replace(/[\\*_<>[\]`]/g, '\\$&');
  }
  return parts.map((part, index) => (index % 2 === 1 ? part : part.replace(SPECIAL, '\\$&'))).join('`');
}
