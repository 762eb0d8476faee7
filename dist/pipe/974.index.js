export const id = 974;
export const ids = [974];
export const modules = {

/***/ 6974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCodeBuildSecret: () => (/* binding */ readCodeBuildSecret)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2994);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2530);
/* harmony import */ var _wire_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1319);
/* harmony import */ var _base_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5127);





const PROVIDER_TAG = {
    GITHUB: 'github',
    GITHUB_ENTERPRISE: 'github_enterprise',
    BITBUCKET: 'bitbucket',
};
const TYPE_TAG = {
    PERSONAL_ACCESS_TOKEN: 'personal_access_token',
    BASIC_AUTH: 'basic_auth',
};
/**
 * Reads a secret CodeBuild is to use (SECRETS_MANAGER auth type) and checks it
 * against CodeBuild's user guide ("Create and store a token in a Secrets Manager
 * secret"): JSON with ServerType, AuthType, Token (and Username for BASIC_AUTH),
 * tagged codebuild:source:provider and codebuild:source:type.
 */
async function readCodeBuildSecret(secretArn, serverType, credentials, limits = (0,_wire_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .callLimitsFor */ .qQ)()) {
    const client = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._H({
        region: (0,_accounts_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOfArn */ .b2)(secretArn) ?? 'us-east-1',
        credentials,
        customUserAgent: _base_version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        ...(await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRequestHandler */ .lk)(limits, 'Secrets Manager')),
    });
    const result = { problems: [], warnings: [] };
    const region = (0,_accounts_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOfArn */ .b2)(secretArn) ?? 'us-east-1';
    const call = (operation, send) => {
        const what = `Secrets Manager ${operation} in ${region}`;
        return limits.waiting ? limits.waiting.on(what, send) : send();
    };
    try {
        const described = await call('DescribeSecret', () => client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .DescribeSecretCommand */ .X5({ SecretId: secretArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits)));
        const tags = new Map((described.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const value = await call('GetSecretValue', () => client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .GetSecretValueCommand */ .d2({ SecretId: secretArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits)));
        let body = {};
        try {
            body = JSON.parse(value.SecretString ?? '');
        }
        catch {
            result.problems.push('The secret is not JSON: CodeBuild expects {"ServerType": ..., "AuthType": ..., "Token": ...}.');
            return result;
        }
        const field = (name) => typeof body[name] === 'string' ? body[name].trim() : undefined;
        result.token = field('Token');
        result.authType = field('AuthType');
        result.username = field('Username');
        if (!result.token)
            result.problems.push('The secret has no "Token" field.');
        if (field('ServerType') !== serverType) {
            result.problems.push(`The secret's "ServerType" is ${field('ServerType') ?? 'missing'}; it must be ${serverType}.`);
        }
        if (!result.authType || !TYPE_TAG[result.authType]) {
            result.problems.push(`The secret's "AuthType" is ${result.authType ?? 'missing'}; it must be PERSONAL_ACCESS_TOKEN or BASIC_AUTH.`);
        }
        else if (result.authType === 'BASIC_AUTH' &&
            (serverType !== 'BITBUCKET' || !result.username)) {
            result.problems.push('The secret\'s "AuthType" is BASIC_AUTH: that is only for Bitbucket app passwords, with a "Username" field.');
        }
        const provider = tags.get('codebuild:source:provider');
        if (provider !== PROVIDER_TAG[serverType]) {
            result.problems.push(`The secret's tag codebuild:source:provider is ${provider === undefined ? 'missing' : `"${provider}"`}; it must be "${PROVIDER_TAG[serverType]}".`);
        }
        const type = tags.get('codebuild:source:type');
        const expectedType = result.authType ? TYPE_TAG[result.authType] : undefined;
        if (expectedType && type !== expectedType) {
            result.problems.push(`The secret's tag codebuild:source:type is ${type === undefined ? 'missing' : `"${type}"`}; it must be "${expectedType}".`);
        }
        if (!tags.has('codebuild:source'))
            result.warnings.push('The secret lacks the tag codebuild:source (empty value), which the CodeBuild console uses to list it.');
        return result;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException') {
            result.problems.push(`The secret ${secretArn} does not exist (or is in another account or region).`);
            return result;
        }
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Reading secret ${secretArn}`, 'secretsmanager:DescribeSecret and secretsmanager:GetSecretValue', limits);
    }
    finally {
        client.destroy();
    }
}


/***/ })

};

//# sourceMappingURL=974.index.js.map