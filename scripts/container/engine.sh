# shellcheck shell=bash
# Sourced by scripts/container-test.sh and scripts/measure-image.sh.
# Sets ENGINE to `docker` when `docker info` answers, else `podman` (after running
# ../shared/container/setup.sh beside the repository, which installs podman and a
# local stand-in for node:24-alpine). When neither can work, sets ENGINE_SKIP to
# the reason and leaves ENGINE empty.
# Expects ROOT (the repository) and WORK (a scratch directory).
ENGINE=
ENGINE_SKIP=
SETUP="$ROOT/../shared/container/setup.sh"
# shellcheck disable=SC2034 # ENGINE and ENGINE_SKIP are this file's outputs, read by the scripts that source it.
if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  ENGINE=docker
else
  if [ -f "$SETUP" ] && ! bash "$SETUP" >"$WORK/setup.log" 2>&1; then
    ENGINE_SKIP="no docker daemon, and $SETUP failed: $(tail -n 1 "$WORK/setup.log")"
  elif ! command -v podman >/dev/null 2>&1; then
    ENGINE_SKIP="no docker daemon answers 'docker info', and podman is not installed (no $SETUP to install it)"
  elif ! podman info >/dev/null 2>&1; then
    ENGINE_SKIP="no docker daemon, and 'podman info' fails"
  else
    ENGINE=podman
  fi
fi

# start NAME COMMAND...: runs COMMAND in the background in its own process group
# (npx -> tsx -> node), logging to $WORK/NAME.log; its id goes into PIDS.
PIDS=()
start_bg() {
  local name=$1
  shift
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" >"$WORK/$name.log" 2>&1 &
  else
    "$@" >"$WORK/$name.log" 2>&1 &
  fi
  PIDS+=("$!")
}

# Stops what start_bg started: the whole process group, then waits up to 5 s.
stop_bg() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; done
  for _ in $(seq 1 50); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null; done
  PIDS=()
}

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# wait_ready URL: true once the emulator's admin API answers (20 s at most).
wait_ready() {
  for _ in $(seq 1 100); do
    curl -fsS "$1/__emulator/state" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

# The Dockerfile as this machine can build it: its FROM pins node:24-alpine by digest, which
# only a registry can serve; the local stand-in (../shared/container/setup.sh) is tagged
# node:24-alpine without one. Everything else is the committed Dockerfile, unchanged.
local_dockerfile() {
  sed -E 's/^(FROM node:[^@ ]+)@sha256:[0-9a-f]{64}( AS node)$/\1\2/' Dockerfile >"$WORK/Dockerfile.local"
  echo "$WORK/Dockerfile.local"
}
