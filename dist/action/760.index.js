export const id = 760;
export const ids = [760];
export const modules = {

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   routingAgents: () => (/* binding */ routingAgents)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8947);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1566);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1245);
// The agents that send calls through a proxy: CONNECT tunnels for https:// (https-proxy-agent),
// absolute-form requests for http:// (http-proxy-agent), and direct connections for the hosts
// NO_PROXY exempts. Loaded (by run.ts) only when a proxy is set.






/**
 * As many sockets per endpoint as the CodeBuild pool without a proxy (codebuild.ts), kept
 * alive: the accounts of a region reuse one tunnel per socket.
 */
const POOL = { keepAlive: true, maxSockets: 128 };
/**
 * https-proxy-agent hands a refused CONNECT (407, 403, 502) to the request as if it were the
 * server's answer, so the provider would be blamed for the proxy's refusal. This agent fails
 * the request instead, with an error that names the proxy (ProxyRefusedError).
 */
class TunnelAgent extends https_proxy_agent__WEBPACK_IMPORTED_MODULE_4__/* .HttpsProxyAgent */ .b {
    proxyUrl;
    constructor(proxyUrl) {
        super(proxyUrl.url, POOL);
        this.proxyUrl = proxyUrl;
    }
    async connect(...[request, options]) {
        let refusal;
        request.once('proxyConnect', (answer) => {
            if (answer.statusCode !== 200)
                refusal = answer;
        });
        const socket = await super.connect(request, options);
        if (!refusal)
            return socket;
        socket.destroy();
        throw new _proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .ProxyRefusedError */ .Ne(this.proxyUrl, `${options.host}:${options.port}`, refusal.statusCode, refusal.statusText);
    }
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
            proxy && (secure ? new TunnelAgent(proxy) : new http_proxy_agent__WEBPACK_IMPORTED_MODULE_3__/* .HttpProxyAgent */ .s(proxy.url, POOL));
    }
    addRequest(request, options) {
        const host = options.host ?? '';
        const target = {
            protocol: this.secure ? 'https:' : 'http:',
            // As URL.hostname spells it (NO_PROXY's entries do): an IPv6 address in brackets.
            hostname: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6)(host) ? `[${host}]` : host,
            port: options.port,
        };
        const agent = this.proxied && (0,_proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyFor */ .iJ)(this.settings, target) ? this.proxied : this.direct;
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
        request.destroy(new _proxy_js__WEBPACK_IMPORTED_MODULE_5__/* .ProxyRefusedError */ .Ne(proxy, target, 407, answer.statusMessage ?? ''));
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