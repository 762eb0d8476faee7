# The Bitbucket Pipe image: Node 24 and the prebuilt, self-contained bundle.
# Build `dist/pipe` first (`npm run build:pipe`; it is committed), then:
#   docker build -t my-registry.example.com/codebuild-credential-sync-pipe:1.0.0 .
# No npm install and no build tools: every dependency is inside dist/pipe/.
# Releases are built for linux/amd64 and linux/arm64 by .github/workflows/release.yml.
#
# The base image is a build argument so that it can be pinned by digest, which
# makes a build reproducible and immune to the moving `24-alpine` tag:
#   digest=$(docker buildx imagetools inspect node:24-alpine --format '{{json .Manifest}}' | jq -r .digest)
#   docker build --build-arg NODE_IMAGE="node:24-alpine@$digest" .
# The release workflow does exactly that and records the pinned base in the
# org.opencontainers.image.base.* labels. (Dependabot cannot update a FROM that
# uses an ARG, dependabot-core#2057; the pin is resolved at each release instead.)
ARG NODE_IMAGE=node:24-alpine
FROM ${NODE_IMAGE}

# Runs as root, on purpose. Bitbucket bind-mounts the clone directory (and
# BITBUCKET_PIPE_SHARED_STORAGE_DIR) owned by root and gives pipes no way to
# change the user, so a non-root USER could not write the report file the pipe
# leaves there. The container is short-lived, listens on nothing and holds only
# what the step passes in; the OIDC token file goes to a fresh 0700 directory
# under /tmp either way. Atlassian's own pipe images also run as root.

# OCI image labels (https://github.com/opencontainers/image-spec/blob/main/annotations.md).
# The release workflow passes the build arguments (VERSION is the tag, which it has
# checked against package.json; scripts/container-test.sh passes package.json's);
# a bare local build gets the defaults.
ARG NODE_IMAGE
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE=https://github.com/codebuild-credential-sync/codebuild-credential-sync
LABEL org.opencontainers.image.title="CodeBuild Credential Sync (Bitbucket Pipe)" \
      org.opencontainers.image.description="Validate a Bitbucket access token's scopes and import it into AWS CodeBuild in every region; check for drift." \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.url="${SOURCE}" \
      org.opencontainers.image.documentation="${SOURCE}/blob/main/docs/bitbucket-pipe.md" \
      org.opencontainers.image.base.name="${NODE_IMAGE}"

# Atlassian's layout: the pipe's own README (YAML Definition, Variables, ...) at
# /pipe/README.md next to pipe.yml.
COPY LICENSE pipe.yml /pipe/
COPY docs/bitbucket-pipe.md /pipe/README.md
COPY dist/pipe/ /pipe/dist/pipe/

ENTRYPOINT ["node", "/pipe/dist/pipe/index.js"]
