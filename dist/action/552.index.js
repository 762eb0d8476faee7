export const id = 552;
export const ids = [552];
export const modules = {

/***/ 3552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectConnection: () => (/* binding */ inspectConnection)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3090);
/* harmony import */ var _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5127);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8858);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8413);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1319);





const PROVIDER_FOR = {
    GITHUB: 'GitHub',
    GITHUB_ENTERPRISE: 'GitHubEnterpriseServer',
    BITBUCKET: 'Bitbucket',
};
const CONSOLE_STEPS = 'A connection created with the CLI or SDK stays PENDING until someone completes it in the console: open Developer Tools > Settings > Connections in the AWS console (in the connection\'s region), choose the connection, choose "Update pending connection" and authorize the provider.';
/**
 * Reads a CodeConnections connection (GetConnection) and judges whether CodeBuild
 * can use it: only an AVAILABLE connection of the right provider may be imported.
 */
async function inspectConnection(connectionArn, serverType, credentials, limits = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_0__/* .callLimitsFor */ .qQ)()) {
    const region = (0,_accounts_js__WEBPACK_IMPORTED_MODULE_1__/* .regionOfArn */ .b2)(connectionArn) ?? 'us-east-1';
    const client = new _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_2__.CodeStarConnectionsClient({
        region,
        credentials,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._O,
        ...(await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_4__/* .awsRequestHandler */ .lk)(limits, 'CodeConnections')),
    });
    let connection;
    const send = () => client.send(new _aws_sdk_client_codestar_connections__WEBPACK_IMPORTED_MODULE_2__.GetConnectionCommand({ ConnectionArn: connectionArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_4__/* .sendOptions */ .$Y)(limits));
    const what = `CodeConnections GetConnection in ${region}`;
    try {
        connection = (await (limits.waiting ? limits.waiting.on(what, send) : send())).Connection;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException') {
            const token = rejected(`The connection ${connectionArn} does not exist (or is in another account or region).`);
            return { token };
        }
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_4__/* .describeAwsError */ .Pp)(error, `Reading connection ${connectionArn}`, 'codestar-connections:GetConnection (or codeconnections:GetConnection)', limits);
    }
    finally {
        client.destroy();
    }
    const status = connection?.ConnectionStatus;
    const provider = connection?.ProviderType;
    const name = connection?.ConnectionName === undefined ? undefined : (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(connection.ConnectionName);
    const base = {
        kind: 'codeconnection',
        description: `AWS CodeConnections connection${provider ? ` (${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(provider)})` : ''}`,
        identity: name,
        required: [],
    };
    if (status === 'PENDING') {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is PENDING. ${CONSOLE_STEPS}`,
            },
        };
    }
    if (status !== 'AVAILABLE') {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is ${status ? (0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(status) : 'in an unknown state'}: delete it and create a new one, then complete it in the console.`,
            },
        };
    }
    if (provider !== PROVIDER_FOR[serverType]) {
        return {
            status,
            token: {
                ...base,
                accepted: false,
                problem: `The connection ${name ?? connectionArn} is for ${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_5__/* .outside */ .qY)(provider)}, but the server type is ${serverType} (needs a ${PROVIDER_FOR[serverType]} connection).`,
            },
        };
    }
    return { status, token: { ...base, accepted: true } };
}
function rejected(problem) {
    return {
        kind: 'codeconnection',
        description: 'AWS CodeConnections connection',
        accepted: false,
        required: [],
        problem,
    };
}


/***/ })

};

//# sourceMappingURL=552.index.js.map