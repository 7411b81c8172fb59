/** One RFC 6901 reference token: `~` and `/` escaped. */
export function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A reference token read back. */
export function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The JSON Pointer of a path of keys: `['paths', '/api/Jobs']` → `/paths/~1api~1Jobs`. */
export function pointerOf(keys: readonly string[]): string {
  return keys.map((key) => `/${escapeToken(key)}`).join('');
}
