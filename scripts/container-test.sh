#!/usr/bin/env bash
# Container tests for the Bitbucket Pipe: builds the image from the committed
# Dockerfile and the committed dist/pipe bundle (it does not rebuild dist), runs
# it against the local emulator, and asserts exit codes, log lines, the requests
# the emulator saw, and that no secret ever reaches the container's output.
#
#   bash scripts/container-test.sh
#
# Engine: docker when `docker info` answers, else podman (after running
# ../shared/container/setup.sh). With neither it prints
# "container tests skipped: <why>" and exits 0.
# Ends with "container: N passed, M failed"; exits 1 on any failure.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
IMAGE=${PIPE_TEST_IMAGE:-localhost/codebuild-credential-sync-pipe:container-test}
WORK=$(mktemp -d)
# Engine choice (docker, else podman via "$(dirname "$0")/../../shared/container/setup.sh"),
# start_bg/stop_bg, free_port, wait_ready.
. scripts/container/engine.sh

cleanup() {
  stop_bg
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -n "$ENGINE" ] || {
  echo "container tests skipped: $ENGINE_SKIP"
  # CI (.ci/run) sets REQUIRE_CONTAINER_TESTS=1: there a skip is a failure.
  [ "${REQUIRE_CONTAINER_TESTS:-}" = 1 ] && exit 1
  exit 0
}
echo "container: engine $ENGINE ($($ENGINE --version 2>/dev/null | head -n 1))"

PASSED=0
FAILED=0

[ -f dist/pipe/index.js ] || {
  echo "FAIL build: dist/pipe/index.js is missing; run npm run build:pipe (dist is committed)"
  echo "container: 0 passed, 1 failed"
  exit 1
}

# --- emulators --------------------------------------------------------------
setup_failed() {
  echo "FAIL setup: $1"
  [ -f "$WORK/$2.log" ] && sed 's/^/     | /' "$WORK/$2.log"
  echo "container: 0 passed, 1 failed"
  exit 1
}
PORT=$(free_port)
PORT_AP=$(free_port)
EMU="http://127.0.0.1:$PORT"
EMU_AP="http://127.0.0.1:$PORT_AP"
start_bg emulator npx tsx emulator/cli.ts --port "$PORT"
# A second one in which Bitbucket still accepts app passwords (cli.ts cannot switch that).
start_bg emulator-ap npx tsx scripts/container/emulator-app-passwords.ts --port "$PORT_AP"
# --- image (built while the emulators start) ------------------------------
# The release passes the tag's version, which must equal package.json's; so does this build.
VERSION=$(node -p 'require("./package.json").version')
if ! $ENGINE build --quiet --build-arg VERSION="$VERSION" -f "$(local_dockerfile)" -t "$IMAGE" . >"$WORK/build.log" 2>&1; then
  cat "$WORK/build.log"
  echo "FAIL build: $ENGINE build failed"
  echo "container: 0 passed, 1 failed"
  exit 1
fi

wait_ready "$EMU" || setup_failed "the emulator did not answer at $EMU" emulator
wait_ready "$EMU_AP" || setup_failed "the app-password emulator did not answer at $EMU_AP" emulator-ap

ACCESS_TOKEN='ATCTTq7Xk2Vw9Zr4Tn8Lp3Hs6Jd1Fm5Cb0Yg7a'
UNDERSCOPED='ATCTTw3Rk8Qz1Mv6Yt4Hn9Ls2Gd7Pb5Xf0Jc3e4'
APP_USER='container-user'
APP_PASSWORD='ATBBz5Kq8Wm2Rx7Tv4Ny1Hs9Lb3Pd6Gf2c'
ROLE='arn:aws:iam::123456789012:role/codebuild-credential-sync'
b64url() { printf '%s' "$1" | base64 | tr -d '\n=' | tr '+/' '-_'; }
OIDC_TOKEN="$(b64url '{"alg":"RS256","typ":"JWT"}').$(b64url '{"iss":"https://api.bitbucket.org/2.0/workspaces/ws/pipelines-config/identity/oidc","aud":"ari:cloud:bitbucket::workspace/0000","sub":"{repo-uuid}:{step-uuid}"}').c2lnbmF0dXJl"

seed() { # seed EMULATOR_URL JSON
  curl -fsS -X POST -H 'content-type: application/json' "$1/__emulator/bitbucket/tokens" -d "$2" >/dev/null ||
    { echo "FAIL setup: could not seed a token into $1"; echo "container: 0 passed, 1 failed"; exit 1; }
}
seed "$EMU" "{\"token\":\"$ACCESS_TOKEN\",\"kind\":\"access-token\",\"scopes\":[\"repository\",\"pullrequest\",\"webhook\",\"account\"]}"
seed "$EMU" "{\"token\":\"$UNDERSCOPED\",\"kind\":\"access-token\",\"scopes\":[\"repository\"]}"
seed "$EMU" "{\"token\":\"$APP_PASSWORD\",\"kind\":\"app-password\",\"username\":\"$APP_USER\",\"scopes\":[\"repository\",\"pullrequest\",\"webhook\",\"account\"]}"
seed "$EMU_AP" "{\"token\":\"$APP_PASSWORD\",\"kind\":\"app-password\",\"username\":\"$APP_USER\",\"scopes\":[\"repository\",\"pullrequest\",\"webhook\",\"account\"]}"

KEYS=(-e AWS_ACCESS_KEY_ID=AKIAEMULATORDEFAULT1 -e AWS_SECRET_ACCESS_KEY=acq7WdKBO1cWo3iRQMgzZp2DZE2mjZKGPxmmjF3+)

# --- helpers ------------------------------------------------------------------
# Evaluates a JS expression over the emulator's request log since index $SINCE:
# `r` is the list of new records, `state` the emulator state.
query() { # query EMULATOR_URL SINCE EXPRESSION
  local requests state
  requests=$(curl -fsS "$1/__emulator/requests") && state=$(curl -fsS "$1/__emulator/state") || { echo "query-failed"; return; }
  REQUESTS="$requests" STATE="$state" node -e '
    const r = JSON.parse(process.env.REQUESTS).slice(Number(process.argv[1]));
    const state = JSON.parse(process.env.STATE);
    console.log(String(eval(process.argv[2])));' "$2" "$3"
}
request_count() { query "$1" 0 'r.length'; }

PROBLEMS=()
problem() { PROBLEMS+=("$*"); }

# run_pipe EMULATOR_URL ARGS...: runs the image with the emulator endpoints; sets CODE, OUT (stdout+stderr).
run_pipe() {
  local emu=$1
  shift
  $ENGINE run --rm --network host \
    -e AWS_ENDPOINT_URL="$emu" -e BITBUCKET_API_URL="$emu/bitbucket/2.0" -e AWS_EC2_METADATA_DISABLED=true \
    -e BITBUCKET_BUILD_NUMBER=42 "$@" "$IMAGE" >"$WORK/stdout" 2>"$WORK/stderr"
  CODE=$?
  OUT="$(cat "$WORK/stdout" "$WORK/stderr")"
}

expect_code() { [ "$CODE" = "$1" ] || problem "exit code $CODE, expected $1"; }
expect_line() { grep -qF -- "$1" <<<"$OUT" || problem "output lacks: $1"; }
expect_eq() { [ "$2" = "$3" ] || problem "$1: got '$2', expected '$3'"; }
expect_no_secret() {
  local s
  for s in "$@"; do
    [ -n "$s" ] || continue
    if grep -qF -- "$s" <<<"$OUT"; then problem "a secret appears in the container output"; fi
  done
}

finish() { # finish NAME
  if [ ${#PROBLEMS[@]} -eq 0 ]; then
    echo "PASS $1"
    PASSED=$((PASSED + 1))
  else
    echo "FAIL $1"
    for p in "${PROBLEMS[@]}"; do echo "     - $p"; done
    echo "     --- container output (exit $CODE) ---"
    sed 's/^/     | /' <<<"$OUT"
    FAILED=$((FAILED + 1))
  fi
  PROBLEMS=()
}

WRITES='r.filter(x => x.service === "codebuild" && ["ImportSourceCredentials","DeleteSourceCredentials"].includes(x.operation)).length'
stored() { # stored EMULATOR_URL REGION -> authType of the stored BITBUCKET credential, or none
  query "$1" 0 "(state.codebuild['123456789012/$2'] || []).filter(c => c.serverType === 'BITBUCKET').map(c => c.authType).join(',') || 'none'"
}

# --- scenarios ------------------------------------------------------------------
# 1. The image holds the bundle and the metadata, nothing else, and runs as root.
CODE=0
OUT=$($ENGINE run --rm --entrypoint node "$IMAGE" -e '
  const fs = require("fs"), path = require("path");
  const walk = (d) => fs.readdirSync(d).flatMap((n) => { const p = path.join(d, n); return fs.statSync(p).isDirectory() ? walk(p) : [p]; });
  console.log("uid=" + process.getuid());
  for (const p of ["/usr/local/bin/npm", "/usr/local/bin/npx", "/usr/local/bin/yarn", "/usr/local/bin/corepack", "/usr/local/lib/node_modules"])
    if (fs.existsSync(p)) console.log("present: " + p);
  console.log(walk("/pipe").sort().join("\n"));' 2>&1) || CODE=$?
expect_code 0
expect_line 'uid=0'
expect_line '/pipe/dist/pipe/index.js'
expect_line '/pipe/dist/pipe/package.json'
expect_line '/pipe/pipe.yml'
expect_line '/pipe/dist/pipe/licenses.txt'
expect_line '/pipe/dist/pipe/sbom.cdx.json'
expect_line '/pipe/README.md'
unexpected=$(grep '^/pipe/' <<<"$OUT" | grep -vE '^/pipe/(dist/pipe/(([0-9]+\.)?index\.js(\.map)?|sourcemap-register\.cjs|package\.json|licenses\.txt|sbom\.cdx\.json)|pipe\.yml|README\.md|LICENSE)$' || true)
[ -z "$unexpected" ] || problem "unexpected files in /pipe: $(tr '\n' ' ' <<<"$unexpected")"
! grep -q '^present: ' <<<"$OUT" || problem "the image ships a package manager: $(grep '^present: ' <<<"$OUT" | tr '\n' ' ')"
finish "image: /pipe holds only the bundle (with its lazily loaded chunks, source maps, licences and SBOM), pipe.yml, README.md and LICENSE; no npm, yarn or corepack; runs as root"

# 1a. The image's SBOM (what Trivy reads for the bundled JavaScript) names every package
# that dist/pipe/licenses.txt names, at a version, as an npm package URL.
CODE=0
OUT=$($ENGINE run --rm --entrypoint cat "$IMAGE" /pipe/dist/pipe/sbom.cdx.json 2>&1) || CODE=$?
expect_code 0
missing=$(SBOM="$OUT" npx tsx -e '
  import { readFileSync } from "node:fs";
  import { bundledPackages } from "./scripts/licence-policy.ts";
  const sbom = JSON.parse(process.env.SBOM ?? "{}");
  if (sbom.bomFormat !== "CycloneDX") console.log("not a CycloneDX document");
  const purls = new Set((sbom.components ?? []).map((c) => c.purl.replace(/@[^@]+$/, "")));
  const listed = bundledPackages(readFileSync("dist/pipe/licenses.txt", "utf8"));
  if (listed.length < 10) console.log("dist/pipe/licenses.txt names only " + listed.length + " packages");
  for (const { name } of listed)
    if (!purls.has("pkg:npm/" + name.replace(/^@/, "%40"))) console.log(name);' 2>&1)
[ -z "$missing" ] || problem "the image's SBOM lacks: $(tr '\n' ' ' <<<"$missing")"
finish "image: /pipe/dist/pipe/sbom.cdx.json lists every package dist/pipe/licenses.txt names"

# 1b. /pipe/README.md is the pipe's own Atlassian-format README, and the image carries OCI labels.
CODE=0
OUT=$($ENGINE run --rm --entrypoint cat "$IMAGE" /pipe/README.md 2>&1) || CODE=$?
expect_code 0
expect_line '# Bitbucket Pipelines Pipe: CodeBuild Credential Sync'
expect_line '## YAML Definition'
expect_line '## Variables'
OUT=$($ENGINE image inspect --format '{{json .Config.Labels}}' "$IMAGE" 2>&1) || CODE=$?
expect_code 0
for label in title description licenses version revision source base.name; do
  expect_line "\"org.opencontainers.image.$label\""
done
expect_line "\"org.opencontainers.image.version\":\"$VERSION\""
finish "image: /pipe/README.md is docs/bitbucket-pipe.md; OCI labels are set, the version is package.json's"

# 2. Access token (Bearer) imported in two regions.
since=$(request_count "$EMU")
run_pipe "$EMU" "${KEYS[@]}" -e TOKEN="$ACCESS_TOKEN" -e AWS_DEFAULT_REGION=us-east-1,eu-west-1
expect_code 0
expect_line '✔ sync of the BITBUCKET credential (PERSONAL_ACCESS_TOKEN) succeeded in 2 regions'
expect_line '✔ us-east-1'
expect_line '✔ eu-west-1'
expect_eq 'Bitbucket auth' "$(query "$EMU" "$since" 'r.filter(x => x.service === "bitbucket").map(x => x.authScheme).join(",")')" 'bearer'
expect_eq 'imports' "$(query "$EMU" "$since" 'r.filter(x => x.operation === "ImportSourceCredentials" && x.status === 200).map(x => x.region).sort().join(",")')" 'eu-west-1,us-east-1'
expect_eq 'stored in eu-west-1' "$(stored "$EMU" eu-west-1)" 'PERSONAL_ACCESS_TOKEN'
expect_no_secret "$ACCESS_TOKEN" acq7WdKBO1cWo3iRQMgzZp2DZE2mjZKGPxmmjF3+
finish "access token (Bearer): exit 0, imported as PERSONAL_ACCESS_TOKEN in us-east-1 and eu-west-1"

# 3. App password after Bitbucket's removal (the emulator's default): refused, nothing written.
since=$(request_count "$EMU")
run_pipe "$EMU" "${KEYS[@]}" -e TOKEN="$APP_PASSWORD" -e USERNAME="$APP_USER" -e AWS_DEFAULT_REGION=us-west-1
expect_code 1
expect_line 'Bitbucket rejected the app password (401)'
expect_line 'Bitbucket Cloud removed app passwords on 2026-07-28'
expect_line '✖ '
expect_eq 'Bitbucket auth' "$(query "$EMU" "$since" 'r.filter(x => x.service === "bitbucket").map(x => x.authScheme).join(",")')" 'basic'
expect_eq 'CodeBuild write calls' "$(query "$EMU" "$since" "$WRITES")" 0
expect_no_secret "$APP_PASSWORD" "$(printf '%s' "$APP_USER:$APP_PASSWORD" | base64 | tr -d '\n')"
finish "app password, removed by Bitbucket: exit 1, says so and how to switch, zero CodeBuild writes"

# 4. App password where Bitbucket still accepts it: imported as BASIC_AUTH, with the warning.
since=$(request_count "$EMU_AP")
run_pipe "$EMU_AP" "${KEYS[@]}" -e TOKEN="$APP_PASSWORD" -e USERNAME="$APP_USER" -e AWS_DEFAULT_REGION=us-east-1
expect_code 0
expect_line 'sync of the BITBUCKET credential (BASIC_AUTH) succeeded in 1 region'
expect_line 'The token is used as a Bitbucket app password (BASIC_AUTH)'
expect_eq 'Bitbucket auth' "$(query "$EMU_AP" "$since" 'r.filter(x => x.service === "bitbucket").map(x => x.authScheme).join(",")')" 'basic'
expect_eq 'stored in us-east-1' "$(stored "$EMU_AP" us-east-1)" 'BASIC_AUTH'
expect_no_secret "$APP_PASSWORD" "$(printf '%s' "$APP_USER:$APP_PASSWORD" | base64 | tr -d '\n')"
finish "app password, still accepted: exit 0, imported as BASIC_AUTH, warns about the removal"

# 5. A token without pullrequest and webhook: fails before any CodeBuild write.
since=$(request_count "$EMU")
run_pipe "$EMU" "${KEYS[@]}" -e TOKEN="$UNDERSCOPED" -e AWS_DEFAULT_REGION=ap-southeast-2,eu-north-1
expect_code 1
expect_line 'The token lacks scopes CodeBuild needs: pullrequest, webhook'
expect_line 'Nothing was imported'
expect_line '✖ '
expect_eq 'CodeBuild write calls' "$(query "$EMU" "$since" "$WRITES")" 0
expect_eq 'stored in ap-southeast-2' "$(stored "$EMU" ap-southeast-2)" 'none'
expect_no_secret "$UNDERSCOPED"
finish "missing scopes: exit 1, names pullrequest and webhook, zero CodeBuild write calls"

# 6. OIDC: no access keys; the role is assumed with the step's token; regions as a Bitbucket list.
since=$(request_count "$EMU")
run_pipe "$EMU" -e TOKEN="$ACCESS_TOKEN" -e AWS_OIDC_ROLE_ARN="$ROLE" -e BITBUCKET_STEP_OIDC_TOKEN="$OIDC_TOKEN" \
  -e AWS_DEFAULT_REGION_COUNT=2 -e AWS_DEFAULT_REGION_0=us-west-2 -e AWS_DEFAULT_REGION_1=eu-central-1
expect_code 0
expect_line '✔ sync of the BITBUCKET credential (PERSONAL_ACCESS_TOKEN) succeeded in 2 regions'
expect_eq 'AssumeRoleWithWebIdentity calls answered 200' \
  "$(query "$EMU" "$since" 'r.some(x => x.service === "sts" && x.operation === "AssumeRoleWithWebIdentity" && x.status === 200)')" 'true'
# Every import was signed with keys STS issued for the role, in session codebuild-credential-sync-42.
expect_eq 'imports under the assumed role' "$(query "$EMU" "$since" "(() => {
  const keys = new Set(state.sts.assumed.filter(a => a.roleArn === '$ROLE' && a.sessionName === 'codebuild-credential-sync-42').map(a => a.accessKeyId));
  const imports = r.filter(x => x.operation === 'ImportSourceCredentials' && x.status === 200);
  return imports.map(x => x.region).sort().join(',') + (imports.every(x => keys.has(x.accessKeyId)) ? ' assumed' : ' NOT-assumed');
})()")" 'eu-central-1,us-west-2 assumed'
expect_eq 'requests signed with the default access key' "$(query "$EMU" "$since" 'r.filter(x => x.accessKeyId === "AKIAEMULATORDEFAULT1").length')" 0
expect_no_secret "$ACCESS_TOKEN" "$OIDC_TOKEN"
finish "OIDC (AWS_OIDC_ROLE_ARN + BITBUCKET_STEP_OIDC_TOKEN, list-form regions): exit 0, imports under the assumed role"

# 7. check finds drift: a region without the credential, exit 3, no write.
since=$(request_count "$EMU")
run_pipe "$EMU" "${KEYS[@]}" -e MODE=check -e TOKEN="$ACCESS_TOKEN" -e AWS_DEFAULT_REGION=us-east-1,sa-east-1
expect_code 3
expect_line 'sa-east-1 holds no BITBUCKET credential'
expect_line '✖ check of the BITBUCKET credential (PERSONAL_ACCESS_TOKEN) found drift'
expect_eq 'CodeBuild write calls' "$(query "$EMU" "$since" "$WRITES")" 0
expect_no_secret "$ACCESS_TOKEN"
finish "check with a region missing the credential: exit 3 (drift), zero writes"

# 8. A bad variable: exit 2, the message names it, no request at all.
since=$(request_count "$EMU")
run_pipe "$EMU" "${KEYS[@]}" -e MODE=synk -e TOKEN="$ACCESS_TOKEN" -e AWS_DEFAULT_REGION=us-east-1
expect_code 2
expect_line '✖ MODE must be one of sync, check, delete, inventory, merge; got "synk".'
expect_eq 'requests made' "$(query "$EMU" "$since" 'r.length')" 0
expect_no_secret "$ACCESS_TOKEN"
finish "bad variable (MODE=synk): exit 2, names MODE and the valid values, no request made"

# 9. CodeBuild hangs in one region: the run's deadline ends it; the other region is imported.
since=$(request_count "$EMU")
curl -fsS -X POST -H 'content-type: application/json' "$EMU/__emulator/faults" \
  -d '{"service":"codebuild","operation":"ImportSourceCredentials","region":"eu-west-1","kind":"hang","count":"Infinity"}' >/dev/null ||
  problem "could not add the hang fault"
started=$(date +%s)
run_pipe "$EMU" "${KEYS[@]}" -e TOKEN="$ACCESS_TOKEN" -e AWS_DEFAULT_REGION=us-east-1,eu-west-1 -e TIMEOUT_SECONDS=5
elapsed=$(($(date +%s) - started))
curl -fsS -X DELETE "$EMU/__emulator/faults" >/dev/null
expect_code 1
expect_line '✔ us-east-1'
expect_line 'the run timed out after 5 s waiting for CodeBuild ImportSourceCredentials in eu-west-1'
expect_line '1 of 2 regions did not finish (eu-west-1)'
[ "$elapsed" -lt 30 ] || problem "the run took ${elapsed}s (expected well under 30 s)"
expect_eq 'imported in us-east-1' "$(query "$EMU" "$since" 'r.filter(x => x.operation === "ImportSourceCredentials" && x.status === 200).map(x => x.region).join(",")')" 'us-east-1'
expect_no_secret "$ACCESS_TOKEN"
finish "CodeBuild hangs in eu-west-1 (TIMEOUT_SECONDS=5): exit 1 in ${elapsed}s, us-east-1 imported, eu-west-1 timed out naming the call"

echo "container: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
