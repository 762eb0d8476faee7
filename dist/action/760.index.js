export const id = 760;
export const ids = [760];
export const modules = {

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CONNECT_HEAD: () => (/* binding */ MAX_CONNECT_HEAD),
/* harmony export */   routingAgents: () => (/* binding */ routingAgents)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8947);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1566);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1245);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6232);
// The agents that send calls through a proxy: CONNECT tunnels for https:// (https-proxy-agent),
// absolute-form requests for http:// (http-proxy-agent), and direct connections for the hosts
// NO_PROXY exempts. Loaded (by run.ts) only when a proxy is set.








/**
 * As many sockets per endpoint as the CodeBuild pool without a proxy (codebuild.ts), kept
 * alive: the accounts of a region reuse one tunnel per socket.
 */
const POOL = { keepAlive: true, maxSockets: 128 };
/** The most a proxy's answer to CONNECT may hold before the end of its head (Node's limit for an answer's head). */
const MAX_CONNECT_HEAD = 16 * 1024;
/**
 * The tunnel to an https:// endpoint through the proxy: CONNECT, then TLS over it, as
 * https-proxy-agent does, with two rules of ours. The proxy's answer must end its head within
 * MAX_CONNECT_HEAD (https-proxy-agent gathers it without a bound, copying it whole at every
 * chunk: an endless answer filled memory and the CPU past every limit), and a request given up
 * (its attempt's time, the run's end) ends the tunnel being made for it, which would otherwise
 * go on reading. A refusal (407, 403, 502) fails the request with an error naming the proxy
 * (ProxyRefusedError), never handed to it as the server's answer.
 */
class TunnelAgent extends https_proxy_agent__WEBPACK_IMPORTED_MODULE_5__/* .HttpsProxyAgent */ .b {
    proxyUrl;
    constructor(proxyUrl) {
        super(proxyUrl.url, POOL);
        this.proxyUrl = proxyUrl;
    }
    async connect(...[request, options]) {
        const proxy = this.proxy;
        const socket = proxy.protocol === 'https:'
            ? (0,node_tls__WEBPACK_IMPORTED_MODULE_3__.connect)({
                ...this.connectOpts,
                ...((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(this.connectOpts.host ?? '') ? {} : { servername: this.connectOpts.host }),
            })
            : (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)(this.connectOpts);
        const host = (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6)(options.host ?? '') ? `[${options.host}]` : options.host;
        const target = `${host}:${options.port}`;
        const headers = {
            Host: target,
            'Proxy-Connection': this.keepAlive ? 'Keep-Alive' : 'close',
        };
        if (proxy.username || proxy.password) {
            const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
        }
        const abandon = () => socket.destroy();
        request.once('close', abandon);
        let answer;
        try {
            answer = await connectAnswer(socket, this.proxyUrl, target);
        }
        catch (error) {
            socket.destroy();
            throw error;
        }
        finally {
            request.off('close', abandon);
        }
        request.emit('proxyConnect', answer);
        if (answer.statusCode !== 200) {
            socket.destroy();
            throw new _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyRefusedError */ .Ne(this.proxyUrl, target, answer.statusCode, answer.statusText);
        }
        request.once('socket', (s) => s.resume());
        // The request's options but where to connect: the tunnel is the connection.
        const tlsOptions = { ...options };
        delete tlsOptions.host;
        delete tlsOptions.path;
        delete tlsOptions.port;
        const servername = tlsOptions.servername ?? ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(options.host ?? '') ? undefined : options.host);
        return (0,node_tls__WEBPACK_IMPORTED_MODULE_3__.connect)({ ...tlsOptions, ...(servername ? { servername } : {}), socket });
        /** Writes the CONNECT once the answer is being listened for. */
        function connectAnswer(s, proxyUrl, to) {
            const lines = [
                `CONNECT ${to} HTTP/1.1`,
                ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
            ];
            const heard = readConnectAnswer(s, proxyUrl, to);
            s.write(`${lines.join('\r\n')}\r\n\r\n`);
            return heard;
        }
    }
}
/** The proxy's answer to CONNECT: its status line, once its head has ended, within MAX_CONNECT_HEAD. */
function readConnectAnswer(socket, proxy, target) {
    return new Promise((resolve, reject) => {
        let head = Buffer.alloc(0);
        const done = (error, answer) => {
            socket.off('data', onData);
            socket.off('end', onEnd);
            socket.off('error', onError);
            if (error)
                reject(error);
            else
                resolve(answer);
        };
        const onError = (error) => done(error);
        const onEnd = () => done(Object.assign(new Error(`the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .describeProxy */ .GK)(proxy)} closed the connection before it answered CONNECT to ${target}`), {
            code: 'ECONNRESET',
        }));
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > MAX_CONNECT_HEAD)
                    done(new _wire_js__WEBPACK_IMPORTED_MODULE_7__/* .WireError */ .cC(`the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .describeProxy */ .GK)(proxy)} answered CONNECT to ${target} with more than ${MAX_CONNECT_HEAD / 1024} KiB before the end of its headers, which no proxy's answer has: the proxy is at fault`, 'ANSWER_MALFORMED'));
                return;
            }
            socket.pause();
            const rest = head.subarray(end + 4);
            if (rest.length)
                socket.unshift(rest);
            const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(head.subarray(0, head.indexOf('\r\n')).toString('latin1'));
            if (!status)
                return done(new _wire_js__WEBPACK_IMPORTED_MODULE_7__/* .WireError */ .cC(`the proxy ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .describeProxy */ .GK)(proxy)} answered CONNECT to ${target} with something that is not HTTP: the proxy is at fault`, 'ANSWER_MALFORMED'));
            done(undefined, { statusCode: Number(status[1]), statusText: status[2] ?? '' });
        };
        socket.on('data', onData);
        socket.once('end', onEnd);
        socket.once('error', onError);
    });
}
/**
 * Picks, for each request, the proxy's agent or a direct one, by its host (proxyFor). It
 * hands the request over at once, before its headers are written, so that the http proxy's
 * agent can put the absolute URL in the request line even on a kept-alive socket.
 */
class RoutingAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent {
    settings;
    secure;
    direct;
    proxied;
    proxy;
    constructor(settings, secure, direct) {
        super(POOL);
        this.settings = settings;
        this.secure = secure;
        this.direct = direct;
        const proxy = (this.proxy = secure ? settings.https : settings.http);
        this.proxied =
            proxy && (secure ? new TunnelAgent(proxy) : new http_proxy_agent__WEBPACK_IMPORTED_MODULE_4__/* .HttpProxyAgent */ .s(proxy.url, POOL));
    }
    addRequest(request, options) {
        const host = options.host ?? '';
        const target = {
            protocol: this.secure ? 'https:' : 'http:',
            // As URL.hostname spells it (NO_PROXY's entries do): an IPv6 address in brackets.
            hostname: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6)(host) ? `[${host}]` : host,
            port: options.port,
        };
        const agent = this.proxied && (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyFor */ .iJ)(this.settings, target) ? this.proxied : this.direct;
        if (agent === this.proxied && this.proxy && !this.secure)
            refuseOn407(request, this.proxy, `${target.hostname}:${options.port}`);
        agent.addRequest(request, {
            ...options,
            secureEndpoint: this.secure,
        });
    }
    destroy() {
        this.proxied?.destroy();
        this.direct.destroy();
        super.destroy();
    }
}
/**
 * A request sent to the proxy in absolute form (http://) gets the proxy's refusal as its
 * answer, which the caller would take for the server's. 407 is only ever a proxy's: it fails
 * the request with ProxyRefusedError, as a refused CONNECT does, and its socket is dropped
 * (never reused for a later request). A 403 or 502 here may be the server's own answer
 * relayed by the proxy, which cannot be told apart: those reach the caller as they are.
 */
function refuseOn407(request, proxy, target) {
    const emit = request.emit;
    request.emit = function (event, ...args) {
        const answer = args[0];
        if (event !== 'response' || answer.statusCode !== 407)
            return emit.apply(this, [event, ...args]);
        request.emit = emit;
        // The answer is dumped and the socket destroyed; the request fails with this error.
        request.destroy(new _proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .ProxyRefusedError */ .Ne(proxy, target, 407, answer.statusMessage ?? ''));
        return true;
    };
}
function routingAgents(settings) {
    return {
        httpAgent: new RoutingAgent(settings, false, new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(POOL)),
        // https.request takes any agent whose protocol is https:.
        httpsAgent: Object.assign(new RoutingAgent(settings, true, new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(POOL)), {
            protocol: 'https:',
            defaultPort: 443,
        }),
    };
}


/***/ })

};

//# sourceMappingURL=760.index.js.map