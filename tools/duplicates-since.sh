#!/usr/bin/env bash
# Counts what `duplicates` reports on src/ (migrations excluded) in two ways (decision 0101):
#   1. the whole tree as it is now;
#   2. like for like: only the files that existed at BASE and still exist, then and now.
# Usage: tools/duplicates-since.sh [BASE]   (default 77bf46a, main when issue 16 was filed)
set -euo pipefail
base="${1:-77bf46a}"
root="$(git rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

copy_now() { # copies the working tree's files named on stdin into $1
  while read -r f; do [ -f "$f" ] && cp --parents "$f" "$1/"; done
}

mkdir "$work/now" "$work/then" "$work/now-same"
git ls-files src | grep -v /Migrations/ | copy_now "$work/now"
git ls-tree -r --name-only "$base" src | grep -v /Migrations/ | grep '\.cs$' > "$work/then-files"
copy_now "$work/now-same" < "$work/then-files"
git archive "$base" src | tar -x -C "$work/then"
find "$work/then" -path '*/Migrations' -type d -prune -exec rm -rf {} +
find "$work/then" -type f ! -name '*.cs' -delete
(cd "$work/then" && find . -name '*.cs' | sed 's#^\./##' | while read -r f; do [ -f "$root/$f" ] || rm "$f"; done)

echo "whole tree now:              $(cd "$work/now" && duplicates --most 1 --seconds 300 | head -1)"
echo "files of $base, then:   $(cd "$work/then" && duplicates --most 1 --seconds 300 | head -1)"
echo "the same files, now:         $(cd "$work/now-same" && duplicates --most 1 --seconds 300 | head -1)"
