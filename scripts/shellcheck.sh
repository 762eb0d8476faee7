#!/usr/bin/env bash
# Lints every shell script in the repository with shellcheck, at warning level:
# tracked (or new, not ignored) files named *.sh, and files whose first line is
# a sh or bash shebang. Sourced fragments carry a shell=bash directive.
#
#   npm run shellcheck
set -euo pipefail
cd "$(dirname "$0")/.." || exit 1

command -v shellcheck >/dev/null 2>&1 || {
  echo "shellcheck is not installed: apt-get install shellcheck (.ci/run installs it)" >&2
  exit 1
}

files=()
while IFS= read -r -d '' file; do
  [ -f "$file" ] || continue
  case $file in
    node_modules/* | dist/*) continue ;;
    *.sh) files+=("$file") ;;
    *) head -n 1 "$file" | grep -qE '^#!.*[/ ](ba)?sh([[:space:]]|$)' && files+=("$file") ;;
  esac
done < <(git ls-files -z --cached --others --exclude-standard)

shellcheck -x -S warning "${files[@]}"
echo "shellcheck: ${#files[@]} scripts clean at warning level (${files[*]})"
