export const id = 974;
export const ids = [974];
export const modules = {

/***/ 6974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCodeBuildSecret: () => (/* binding */ readCodeBuildSecret)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2994);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
/* harmony import */ var _codebuild_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8413);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1319);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5127);





const PROVIDER_TAG = {
    GITHUB: 'github',
    GITHUB_ENTERPRISE: 'github_enterprise',
    BITBUCKET: 'bitbucket',
};
const TYPE_TAG = {
    PERSONAL_ACCESS_TOKEN: 'personal_access_token',
    BASIC_AUTH: 'basic_auth',
};
/** CodeBuild's own words in a secret (its server and auth types): not secret, and named in messages. */
const CONSTANTS = new Set([
    'GITHUB',
    'GITHUB_ENTERPRISE',
    'BITBUCKET',
    'PERSONAL_ACCESS_TOKEN',
    'BASIC_AUTH',
]);
/**
 * A field's value as a message may show it: only one of CodeBuild's own words; anything
 * else may be the token in the wrong field, and is never shown.
 */
function shownValue(value) {
    if (value === undefined)
        return 'is missing';
    return CONSTANTS.has(value) ? `is ${value}` : 'holds a value CodeBuild does not take (not shown)';
}
/** Every string in a parsed secret, at any depth (a secret is at most 64 KB: bounded). */
function stringsIn(value, depth = 0) {
    if (typeof value === 'string')
        return [value];
    if (!value || typeof value !== 'object' || depth > 16)
        return [];
    return Object.values(value).flatMap((v) => stringsIn(v, depth + 1));
}
/** The secret's fields as CodeBuild reads them: Token, AuthType, Username and ServerType. */
function checkFields(result, body, serverType) {
    const field = (name) => typeof body[name] === 'string' ? body[name].trim() : undefined;
    result.token = field('Token');
    result.authType = field('AuthType');
    result.username = field('Username');
    if (result.token && CONSTANTS.has(result.token)) {
        // Not a token: CodeBuild's own word, so the fields are likely swapped.
        result.token = undefined;
        result.problems.push(`The secret's "Token" field holds ${field('Token')}, not a token: are the secret's fields swapped?`);
    }
    else if (!result.token)
        result.problems.push('The secret has no "Token" field.');
    if (field('ServerType') !== serverType) {
        result.problems.push(`The secret's "ServerType" ${shownValue(field('ServerType'))}; it must be ${serverType}.`);
    }
    if (!result.authType || !TYPE_TAG[result.authType]) {
        result.problems.push(`The secret's "AuthType" ${shownValue(result.authType)}; it must be PERSONAL_ACCESS_TOKEN or BASIC_AUTH.`);
    }
    else if (result.authType === 'BASIC_AUTH' && (serverType !== 'BITBUCKET' || !result.username)) {
        result.problems.push('The secret\'s "AuthType" is BASIC_AUTH: that is only for Bitbucket app passwords, with a "Username" field.');
    }
}
/** The tags CodeBuild reads to list the secret and match it to a source. */
function checkTags(result, tags, serverType) {
    const provider = tags.get('codebuild:source:provider');
    if (provider !== PROVIDER_TAG[serverType]) {
        result.problems.push(`The secret's tag codebuild:source:provider is ${provider === undefined ? 'missing' : `"${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(provider, 60)}"`}; it must be "${PROVIDER_TAG[serverType]}".`);
    }
    const type = tags.get('codebuild:source:type');
    const expectedType = result.authType ? TYPE_TAG[result.authType] : undefined;
    if (expectedType && type !== expectedType) {
        result.problems.push(`The secret's tag codebuild:source:type is ${type === undefined ? 'missing' : `"${(0,_base_index_js__WEBPACK_IMPORTED_MODULE_0__/* .outside */ .qY)(type, 60)}"`}; it must be "${expectedType}".`);
    }
    if (!tags.has('codebuild:source'))
        result.warnings.push('The secret lacks the tag codebuild:source (empty value), which the CodeBuild console uses to list it.');
}
/**
 * Reads a secret CodeBuild is to use (SECRETS_MANAGER auth type) and checks it
 * against CodeBuild's user guide ("Create and store a token in a Secrets Manager
 * secret"): JSON with ServerType, AuthType, Token (and Username for BASIC_AUTH),
 * tagged codebuild:source:provider and codebuild:source:type.
 */
async function readCodeBuildSecret(secretArn, serverType, credentials, limits = (0,_wire_index_js__WEBPACK_IMPORTED_MODULE_1__/* .callLimitsFor */ .qQ)()) {
    const client = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .SecretsManagerClient */ ._H({
        region: (0,_accounts_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOfArn */ .b2)(secretArn) ?? 'us-east-1',
        credentials,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._O,
        ...(await (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_5__/* .awsRequestHandler */ .lk)(limits, 'Secrets Manager')),
    });
    const result = { values: [], problems: [], warnings: [] };
    const region = (0,_accounts_js__WEBPACK_IMPORTED_MODULE_3__/* .regionOfArn */ .b2)(secretArn) ?? 'us-east-1';
    const call = (operation, send) => {
        const what = `Secrets Manager ${operation} in ${region}`;
        return limits.waiting ? limits.waiting.on(what, send) : send();
    };
    try {
        const described = await call('DescribeSecret', () => client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .DescribeSecretCommand */ .X5({ SecretId: secretArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_5__/* .sendOptions */ .$Y)(limits)));
        const tags = new Map((described.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const value = await call('GetSecretValue', () => client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_2__/* .GetSecretValueCommand */ .d2({ SecretId: secretArn }), (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_5__/* .sendOptions */ .$Y)(limits)));
        let body = {};
        result.whole = value.SecretString;
        try {
            body = JSON.parse(value.SecretString ?? '');
            if (!body || typeof body !== 'object' || Array.isArray(body))
                throw new TypeError('not an object');
            result.values = stringsIn(body).filter((v) => !CONSTANTS.has(v.trim()));
        }
        catch {
            // A plain-text secret may be the token itself.
            if (value.SecretString)
                result.values = [value.SecretString];
            result.problems.push('The secret is not JSON: CodeBuild expects {"ServerType": ..., "AuthType": ..., "Token": ...}.');
            return result;
        }
        checkFields(result, body, serverType);
        checkTags(result, tags, serverType);
        return result;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException') {
            result.problems.push(`The secret ${secretArn} does not exist (or is in another account or region).`);
            return result;
        }
        throw (0,_codebuild_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAwsError */ .Pp)(error, `Reading secret ${secretArn}`, 'secretsmanager:DescribeSecret and secretsmanager:GetSecretValue', limits);
    }
    finally {
        client.destroy();
    }
}


/***/ })

};

//# sourceMappingURL=974.index.js.map