export const id = 513;
export const ids = [513];
export const modules = {

/***/ 5513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BoundedHttpHandler: () => (/* binding */ BoundedHttpHandler),
/* harmony export */   awsRequestHandler: () => (/* binding */ awsRequestHandler)
/* harmony export */ });
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1279);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6232);
// The AWS SDK's request handler, held to what wire.ts promises: every answer read as a
// stream and abandoned past MAX_ANSWER_BYTES or MAX_NESTING, a malformed HTTP answer
// named as such, and nothing sent over plain http to another machine (the session token
// and an imported token travel in these requests).



/** NodeHttpHandler with bounded answers; the SDK takes it as it takes its own. */
class BoundedHttpHandler {
    service;
    shared;
    metadata = { handlerProtocol: 'http/1.1' };
    inner;
    constructor(options, 
    /** Who answers ("CodeBuild"), for the errors. */
    service, 
    /** The agents are shared with other clients: destroying this handler leaves them to their owner. */
    shared = false) {
        this.service = service;
        this.shared = shared;
        this.inner = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__.NodeHttpHandler(options);
    }
    async handle(...[request, options]) {
        const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`;
        const peer = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .clearTextPeer */ .d2)(url);
        if (peer) {
            throw new _wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .WireError */ .cC(`the request to ${this.service} was not sent: plain http would carry credentials in clear text to ${peer}; use an https endpoint (${url.replace(/^http:/i, 'https:').replace(/\/+$/, '')})`, 'CLEAR_TEXT_REFUSED');
        }
        // The SDK's requestTimeout is a socket's idle time: an answer that trickles a byte at a
        // time never trips it. One attempt, headers and body, is held to the whole limit here;
        // past it, it fails as the SDK's own timeout does (a TimeoutError, which it retries).
        const limit = this.inner.httpHandlerConfigs().requestTimeout;
        const started = Date.now();
        const stop = new AbortController();
        const given = options?.abortSignal;
        let timer;
        let out;
        try {
            const handled = this.inner.handle(request, {
                ...options,
                abortSignal: given instanceof AbortSignal
                    ? AbortSignal.any([given, stop.signal])
                    : (given ?? stop.signal),
            });
            out = limit
                ? await Promise.race([
                    handled,
                    new Promise((_, reject) => {
                        timer = setTimeout(() => {
                            reject(attemptTimedOut(limit));
                            stop.abort();
                        }, limit);
                    }),
                ])
                : await handled;
        }
        catch (error) {
            throw (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .malformedAnswer */ .eA)(this.service, error) ?? error;
        }
        finally {
            clearTimeout(timer);
        }
        const body = out.response.body;
        if (body && typeof body.pipe === 'function')
            out.response.body = bounded(body, this.service, limit ? { limit, left: limit - (Date.now() - started) } : undefined);
        return out;
    }
    updateHttpClientConfig(key, value) {
        this.inner.updateHttpClientConfig(key, value);
    }
    httpHandlerConfigs() {
        return this.inner.httpHandlerConfigs();
    }
    destroy() {
        // NodeHttpHandler.destroy() destroys its agents, sockets in use by other clients included.
        if (!this.shared)
            this.inner.destroy();
    }
}
/** The body as it arrives, up to the limits; past them the connection is dropped and the read fails. */
function bounded(body, service, attempt) {
    let size = 0;
    const gauge = new _wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NestingGauge */ .GS(service);
    // What is left of the attempt's limit (handle): a body still arriving then is cut.
    const timer = attempt &&
        setTimeout(() => {
            body.destroy();
            out.destroy(attemptTimedOut(attempt.limit));
        }, Math.max(0, attempt.left)).unref();
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        final(callback) {
            clearTimeout(timer);
            callback();
        },
        transform(chunk, _encoding, callback) {
            size += chunk.length;
            const refused = size > _wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ANSWER_BYTES */ .gB ? (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .answerTooLarge */ .AU)(service) : gauge.feed(chunk);
            if (refused) {
                body.destroy();
                callback(refused);
            }
            else
                callback(null, chunk);
        },
    });
    body.on('error', (error) => out.destroy((0,_wire_index_js__WEBPACK_IMPORTED_MODULE_2__/* .malformedAnswer */ .eA)(service, error) ?? error));
    out.on('close', () => clearTimeout(timer));
    return body.pipe(out);
}
/** The error the SDK's NodeHttpHandler gives when its requestTimeout passes: retried as a timeout. */
function attemptTimedOut(limitMs) {
    return Object.assign(new Error(`Connection timed out after ${limitMs} ms`), {
        name: 'TimeoutError',
    });
}
/**
 * The request handler of an AWS client: each attempt must connect and be answered in
 * time (the SDK retries a timed-out attempt like a 5xx), answers bounded as above.
 * `agents` share keep-alive sockets between clients; their owner destroys them, not the handler.
 */
function awsRequestHandler(limits, service, 
// Through the proxy, when one is set (proxy.ts).
agents) {
    const given = agents ?? limits.agents;
    return new BoundedHttpHandler({
        connectionTimeout: limits.connectTimeoutMs,
        requestTimeout: limits.callTimeoutMs,
        throwOnRequestTimeout: true,
        ...given,
    }, service, given !== undefined);
}


/***/ })

};

//# sourceMappingURL=513.index.js.map