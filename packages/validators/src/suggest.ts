/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), capped. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) {
    return cap + 1;
  }
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) {
      return cap + 1;
    }
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/** A known property, and whether a value would fit it. */
export interface Candidate {
  readonly name: string;
  readonly fits: (value: unknown) => boolean;
}

// Longer names cannot be typos of real properties; comparing them would only cost time.
const MAX_COMPARED_LENGTH = 64;

/**
 * The known property an unknown one most likely meant. A name that starts or ends the
 * unknown one (`job_status` → `job_status_code`) counts as close, and among close names the
 * one whose type fits the value wins: `"job_status": "Open"` suggests the code, not the GUID.
 */
export function suggestProperty(
  unknown: string,
  value: unknown,
  candidates: readonly Candidate[],
): string | undefined {
  if (unknown.length > MAX_COMPARED_LENGTH) {
    return undefined;
  }
  const lower = unknown.toLowerCase();
  const cap = Math.max(2, Math.floor(lower.length / 3));
  let best: { name: string; score: number } | undefined;
  for (const candidate of candidates) {
    const name = candidate.name.toLowerCase();
    const edits = distance(lower, name, cap);
    const related =
      lower.length >= 3 && (name.startsWith(lower) || lower.startsWith(name) || name.endsWith(lower));
    if (edits > cap && !related) {
      continue;
    }
    // Lower is better: edits dominate, a fitting type breaks ties and beats a near miss.
    const score = (related ? Math.min(edits, 1) : edits) * 2 + (candidate.fits(value) ? 0 : 3);
    if (best === undefined || score < best.score) {
      best = { name: candidate.name, score };
    }
  }
  return best?.name;
}
