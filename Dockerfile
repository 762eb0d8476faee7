# The Bitbucket Pipe image: Node 24 and the prebuilt, self-contained bundle.
# Build `dist/pipe` first (`npm run build:pipe`; it is committed), then:
#   docker build --build-arg VERSION=1.0.0 -t ghcr.io/your-org/codebuild-credential-sync-pipe:1.0.0 .
# No npm install and no build tools: every dependency is inside dist/pipe/, and
# dist/pipe/sbom.cdx.json (CycloneDX, written by the build) lists them for scanners,
# which cannot see packages inside a bundle.
# Releases are built for linux/amd64 and linux/arm64 by .github/workflows/release.yml.

# The base: a real FROM with a tag and a digest, so that a build is reproducible
# and Dependabot (.github/dependabot.yml) proposes the new digest when the tag
# moves. The stage is named, so a build can put another base in its place
# without editing this file, as the weekly rebuild does with the newest digest:
#   docker buildx build --build-context node=docker-image://node:24-alpine@sha256:<digest> .
FROM node:24-alpine@sha256:ebfe2f90462722a7a4de65e91990e97fe0d401c70e0e762c5b53302f905ec1c1 AS node
# The pipe runs `node` only: npm, npx, yarn and corepack are attack surface it never uses.
# (/tmp: whatever their installation left there.)
RUN rm -rf /usr/local/lib/node_modules /opt/yarn-* \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/yarn /usr/local/bin/yarnpkg \
      /usr/local/bin/corepack /tmp/*

# One layer holding the base without them (deleting in a layer above would hide the
# files but still ship them).
FROM scratch
COPY --from=node / /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# Runs as root, on purpose. Bitbucket bind-mounts the clone directory (and
# BITBUCKET_PIPE_SHARED_STORAGE_DIR) owned by root and gives pipes no way to
# change the user, so a non-root USER could not write the report file the pipe
# leaves there. The container is short-lived, listens on nothing and holds only
# what the step passes in; the OIDC token (BITBUCKET_STEP_OIDC_TOKEN) is handed to
# the AWS SDK in memory and never written to a file. Atlassian's own pipe images
# also run as root.

# OCI image labels (https://github.com/opencontainers/image-spec/blob/main/annotations.md).
# The release workflow passes the build arguments (VERSION is the tag, which it has
# checked against package.json; BASE_NAME the FROM above; scripts/container-test.sh
# passes package.json's version); a bare local build gets the defaults.
ARG BASE_NAME=node:24-alpine
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE=https://github.com/your-org/codebuild-credential-sync
LABEL org.opencontainers.image.title="CodeBuild Credential Sync (Bitbucket Pipe)" \
      org.opencontainers.image.description="Validate a Bitbucket access token's scopes and import it into AWS CodeBuild in every region; check for drift." \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.url="${SOURCE}" \
      org.opencontainers.image.documentation="${SOURCE}/blob/main/docs/bitbucket-pipe.md" \
      org.opencontainers.image.base.name="${BASE_NAME}"

# Atlassian's layout: the pipe's own README (YAML Definition, Variables, ...) at
# /pipe/README.md next to pipe.yml.
COPY LICENSE pipe.yml /pipe/
COPY docs/bitbucket-pipe.md /pipe/README.md
COPY dist/pipe/ /pipe/dist/pipe/

# V8's heap, sized for a long run of many short-lived objects (a fleet's thousands of SDK
# calls): young space at most 8 MB a half and a full collection before the heap grows by
# 30 %. A 1,000-account check peaks at 185 MB instead of about 390 MB, in the same time
# (docs/performance.md, "An enterprise's fleet"); a Bitbucket step's docker service has 1 GB.
ENTRYPOINT ["node", "--max-semi-space-size=8", "--heap-growing-percent=30", "/pipe/dist/pipe/index.js"]
