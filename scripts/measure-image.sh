#!/usr/bin/env bash
# Measures the pipe image: the bytes it adds over its base image, and the time
# from start to exit of a sync against the local emulator, in the container and
# with the bundle run directly by Node 24. Prints a Markdown report (the figures
# in docs/performance.md come from it).
#
#   bash scripts/measure-image.sh [RUNS]     (default 5 timed runs per case, after 1 warm-up)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
RUNS=${1:-5}
IMAGE=localhost/codebuild-credential-sync-pipe:measure
BASE=node:24-alpine
WORK=$(mktemp -d)
. scripts/container/engine.sh
trap 'stop_bg; rm -rf "$WORK"' EXIT
[ -n "$ENGINE" ] || { echo "measure skipped: $ENGINE_SKIP"; exit 0; }
[ -f dist/pipe/index.js ] || { echo "dist/pipe/index.js is missing: run npm run build:pipe" >&2; exit 1; }

PORT=$(free_port)
EMU="http://127.0.0.1:$PORT"
start_bg emulator npx tsx emulator/cli.ts --port "$PORT"
$ENGINE build --quiet -f "$(local_dockerfile)" -t "$IMAGE" . >/dev/null || { echo "build failed" >&2; exit 1; }
NODE24=$(npx -y node@24 -p process.execPath 2>/dev/null)
wait_ready "$EMU" || { echo "the emulator did not start" >&2; exit 1; }
TOKEN='ATCTTmeasureAccessToken0000000000000001'
curl -fsS -X POST -H 'content-type: application/json' "$EMU/__emulator/bitbucket/tokens" \
  -d "{\"token\":\"$TOKEN\",\"kind\":\"access-token\",\"scopes\":[\"repository\",\"pullrequest\",\"webhook\",\"account\"]}" >/dev/null

# --- size -------------------------------------------------------------------
base_ref=$BASE
[ "$ENGINE" = podman ] && base_ref=docker.io/library/$BASE
base_size=$($ENGINE image inspect "$base_ref" --format '{{.Size}}')
image_size=$($ENGINE image inspect "$IMAGE" --format '{{.Size}}')
base_layers=$($ENGINE image inspect "$base_ref" --format '{{len .RootFS.Layers}}')
image_layers=$($ENGINE image inspect "$IMAGE" --format '{{len .RootFS.Layers}}')
added=$((image_size - base_size))
# What a pull downloads for the added layers: the same files, tar + gzip (as registries store layers).
files=(dist/pipe pipe.yml LICENSE)
[ -f README.md ] && files+=(README.md)
gz=$(tar -cf - "${files[@]}" | gzip -6 | wc -c)

# --- time -------------------------------------------------------------------
ENV=(AWS_ENDPOINT_URL="$EMU" BITBUCKET_API_URL="$EMU/bitbucket/2.0" AWS_EC2_METADATA_DISABLED=true
  AWS_ACCESS_KEY_ID=AKIAEMULATORDEFAULT1 AWS_SECRET_ACCESS_KEY=acq7WdKBO1cWo3iRQMgzZp2DZE2mjZKGPxmmjF3+
  TOKEN="$TOKEN" AWS_DEFAULT_REGION=us-east-1)
DOCKER_ENV=()
for e in "${ENV[@]}"; do DOCKER_ENV+=(-e "$e"); done

ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# time_case NAME COMMAND...: one warm-up, then RUNS timed runs; each must exit 0.
time_case() {
  local name=$1 t0 t1
  shift
  "$@" >/dev/null 2>&1 || { echo "$name failed: $*" >&2; exit 1; }
  : >"$WORK/$name.times"
  for _ in $(seq 1 "$RUNS"); do
    t0=$(ms)
    "$@" >/dev/null 2>&1 || { echo "$name failed: $*" >&2; exit 1; }
    t1=$(ms)
    echo $((t1 - t0)) >>"$WORK/$name.times"
  done
  median <"$WORK/$name.times"
}
list() { tr '\n' ' ' <"$WORK/$1.times" | sed 's/ $//'; }

container_sync=$(time_case container-sync $ENGINE run --rm --network host "${DOCKER_ENV[@]}" "$IMAGE")
direct_sync=$(time_case direct-sync env -i PATH="$PATH" HOME="$HOME" "${ENV[@]}" "$NODE24" dist/pipe/index.js)
container_noop=$(time_case container-noop $ENGINE run --rm --network host --entrypoint node "$IMAGE" -e 0)
direct_noop=$(time_case direct-noop "$NODE24" -e 0)
imports=$(curl -fsS "$EMU/__emulator/requests" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).filter(r=>r.operation==="ImportSourceCredentials"&&r.status===200).length))')

cat <<EOF
## Image ($ENGINE $($ENGINE --version | awk '{print $NF}'), base \`$BASE\`)

| | bytes |
| --- | ---: |
| base image \`$BASE\` (uncompressed) | $base_size |
| pipe image (uncompressed) | $image_size |
| **added by the pipe** (uncompressed; the image has $image_layers layers: the base without npm, yarn and corepack copied in as one, then the pipe's files) | **$added** |
| added files as tar + gzip -6 (about what a pull downloads for them) | $gz |

\`$ENGINE history $IMAGE\` (base layers: $base_layers):

\`\`\`
$($ENGINE history --format '{{.Size}}\t{{.CreatedBy}}' "$IMAGE" | head -n 12 | cut -c1-110)
\`\`\`

## Start-to-exit time, one-region sync against the emulator (median of $RUNS runs, 1 warm-up discarded)

| case | median ms | runs (ms) |
| --- | ---: | --- |
| container: \`$ENGINE run --rm --network host ... $IMAGE\` | $container_sync | $(list container-sync) |
| bundle directly: \`node dist/pipe/index.js\` (Node $("$NODE24" --version)) | $direct_sync | $(list direct-sync) |
| container overhead alone: \`$ENGINE run --rm --network host --entrypoint node ... -e 0\` | $container_noop | $(list container-noop) |
| Node startup alone: \`node -e 0\` | $direct_noop | $(list direct-noop) |

Successful ImportSourceCredentials calls the emulator saw: $imports (expected $((2 * (RUNS + 1)))).
Machine: $(nproc) CPUs, $(uname -sr).
EOF
