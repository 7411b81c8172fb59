#!/usr/bin/env bash
# Fails when a committed generated file differs from what the build produces.
# Run after `pnpm build`; the build regenerates every file listed here.
set -euo pipefail
cd "$(dirname "$0")/.."

generated=(schemas/json packages/openapi/openapi docs/reference)

if ! git diff --quiet -- "${generated[@]}"; then
  echo "Generated files changed after the build:" >&2
  git --no-pager diff --stat -- "${generated[@]}" >&2
  echo "Run 'pnpm build' and commit the result." >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- "${generated[@]}")
if [ -n "$untracked" ]; then
  echo "Generated files not committed:" >&2
  echo "$untracked" >&2
  exit 1
fi
echo "Generated files match the commit."
