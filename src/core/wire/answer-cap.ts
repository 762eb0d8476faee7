// No answer read by any node:http client of the process can fill memory, whoever asked for
// it: ours (http.ts) and the AWS SDK's through our handler (aws/http.ts) have their own cap,
// which names the service first; the SDK's own credential fetches (a container's
// credentials endpoint, AWS_CONTAINER_CREDENTIALS_FULL_URI or _RELATIVE_URI, and the
// instance metadata service) take no handler of ours and read whatever is sent, whole.
// One subscriber to Node's `http.client.request.start` channel holds every answer to
// MAX_ANY_ANSWER_BYTES of body, then destroys the request.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { MAX_ANSWER_BYTES, WireError } from './wire.js';

/** The most any answer may hold: above the callers' own cap, so theirs fires first. */
export const MAX_ANY_ANSWER_BYTES = 2 * MAX_ANSWER_BYTES;

let installed = false;

/** Holds every node:http answer of the process to MAX_ANY_ANSWER_BYTES (once; later calls do nothing). */
export function capEveryAnswer(): void {
  if (installed) return;
  installed = true;
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    request.once('response', (response: IncomingMessage) => cap(request, response));
  });
}

/** Counts the body as the parser hands it over (before any reader sees it: the stream's flow is not touched). */
function cap(request: ClientRequest, response: IncomingMessage): void {
  let size = 0;
  const push = response.push.bind(response);
  response.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      size += (chunk as { length: number }).length;
      if (size > MAX_ANY_ANSWER_BYTES) {
        const error = new WireError(
          `${request.host} answered with more than ${MAX_ANY_ANSWER_BYTES / 1024 / 1024} MiB, so the answer was abandoned`,
          'ANSWER_TOO_LARGE',
        );
        response.destroy(error);
        request.destroy(error);
        return false;
      }
    }
    return push(chunk, encoding);
  };
}
