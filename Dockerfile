# The Bitbucket Pipe image: Node 24 and the prebuilt, self-contained bundle.
# Build `dist/pipe` first (`npm run build:pipe`; it is committed), then:
#   docker build -t codebuild-credential-sync/pipe:1.0.0 .
# No npm install and no build tools: every dependency is inside dist/pipe/index.js.
FROM node:24-alpine

# Runs as root, on purpose. Bitbucket bind-mounts the clone directory (and
# BITBUCKET_PIPE_SHARED_STORAGE_DIR) owned by root and gives pipes no way to
# change the user, so a non-root USER could not write the report file the pipe
# leaves there. The container is short-lived, listens on nothing and holds only
# what the step passes in; the OIDC token file goes to a fresh 0700 directory
# under /tmp either way. Atlassian's own pipe images also run as root.

COPY LICENSE pipe.yml README.md /pipe/
COPY dist/pipe/ /pipe/dist/pipe/

ENTRYPOINT ["node", "/pipe/dist/pipe/index.js"]
