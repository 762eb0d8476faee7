// Whether a request reached its server: the bytes of a request can reach the server's
// application only over a connection that was made, and, for https, only after the TLS
// handshake with that server finished. A proxy that never answered CONNECT, or a tunnel (or
// a direct connection) whose handshake never finished, carried nothing to the server. The
// run says "the import was sent, so whether it took effect is unknown" only when one of the
// write's attempts got that far (run/targets.ts, aws/codebuild.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

/** What to call once a request made in this context reached its server. */
const sending = new AsyncLocalStorage<() => void>();
let subscribed = false;

/** Calls `reached` once `socket` is connected to the server (https: its handshake done). */
function onceConnected(socket: Socket, reached: () => void): void {
  const tls = socket as Partial<TLSSocket>;
  if (tls.encrypted) {
    // No cipher until the handshake is done (the protocol is named before it: no use here).
    if (tls.getCipher?.()) reached();
    else socket.once('secureConnect', reached);
  } else if (socket.connecting) socket.once('connect', reached);
  else reached();
}

function watch({ request }: { request: ClientRequest }): void {
  const reached = sending.getStore();
  if (!reached) return;
  // A kept-alive socket already carried a request to this server.
  if (request.reusedSocket) return reached();
  if (request.socket) onceConnected(request.socket, reached);
  else request.once('socket', (socket: Socket) => onceConnected(socket, reached));
}

/**
 * Runs `send` (one attempt of a request, made with node:http or node:https), calling
 * `reached` at most once, as soon as a request it made was connected to its server.
 */
export function whileSending<T>(reached: () => void, send: () => Promise<T>): Promise<T> {
  if (!subscribed) {
    subscribed = true;
    subscribe('http.client.request.start', watch as (message: unknown) => void);
  }
  let once = false;
  return sending.run(() => {
    if (once) return;
    once = true;
    reached();
  }, send);
}
