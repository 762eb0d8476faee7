export const id = 90;
export const ids = [90];
export const modules = {

/***/ 7101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultCodeStarConnectionsHttpAuthSchemeProvider = exports.defaultCodeStarConnectionsHttpAuthSchemeParametersProvider = void 0;
const core_1 = __webpack_require__(8704);
const util_middleware_1 = __webpack_require__(6324);
const defaultCodeStarConnectionsHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, util_middleware_1.getSmithyContext)(context).operation,
        region: await (0, util_middleware_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultCodeStarConnectionsHttpAuthSchemeParametersProvider = defaultCodeStarConnectionsHttpAuthSchemeParametersProvider;
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "codestar-connections",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCodeStarConnectionsHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
exports.defaultCodeStarConnectionsHttpAuthSchemeProvider = defaultCodeStarConnectionsHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, core_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, util_middleware_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const util_endpoints_1 = __webpack_require__(3068);
const util_endpoints_2 = __webpack_require__(9674);
const ruleset_1 = __webpack_require__(8264);
const cache = new util_endpoints_2.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0, util_endpoints_2.resolveEndpoint)(ruleset_1.ruleSet, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
exports.defaultEndpointResolver = defaultEndpointResolver;
util_endpoints_2.customEndpointFunctions.aws = util_endpoints_1.awsEndpointFunctions;


/***/ }),

/***/ 8264:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ruleSet = void 0;
const s = "required", t = "fn", u = "argv", v = "ref";
const a = true, b = "isSet", c = "booleanEquals", d = "error", e = "endpoint", f = "tree", g = "PartitionResult", h = { [s]: false, "type": "string" }, i = { [s]: true, "default": false, "type": "boolean" }, j = { [v]: "Endpoint" }, k = { [t]: c, [u]: [{ [v]: "UseFIPS" }, true] }, l = { [t]: c, [u]: [{ [v]: "UseDualStack" }, true] }, m = {}, n = { [t]: "getAttr", [u]: [{ [v]: g }, "supportsFIPS"] }, o = { [t]: c, [u]: [true, { [t]: "getAttr", [u]: [{ [v]: g }, "supportsDualStack"] }] }, p = [k], q = [l], r = [{ [v]: "Region" }];
const _data = { version: "1.0", parameters: { Region: h, UseDualStack: i, UseFIPS: i, Endpoint: h }, rules: [{ conditions: [{ [t]: b, [u]: [j] }], rules: [{ conditions: p, error: "Invalid Configuration: FIPS and custom endpoint are not supported", type: d }, { conditions: q, error: "Invalid Configuration: Dualstack and custom endpoint are not supported", type: d }, { endpoint: { url: j, properties: m, headers: m }, type: e }], type: f }, { conditions: [{ [t]: b, [u]: r }], rules: [{ conditions: [{ [t]: "aws.partition", [u]: r, assign: g }], rules: [{ conditions: [k, l], rules: [{ conditions: [{ [t]: c, [u]: [a, n] }, o], rules: [{ endpoint: { url: "https://codestar-connections-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS and DualStack are enabled, but this partition does not support one or both", type: d }], type: f }, { conditions: p, rules: [{ conditions: [{ [t]: c, [u]: [n, a] }], rules: [{ endpoint: { url: "https://codestar-connections-fips.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS is enabled but this partition does not support FIPS", type: d }], type: f }, { conditions: q, rules: [{ conditions: [o], rules: [{ endpoint: { url: "https://codestar-connections.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "DualStack is enabled but this partition does not support DualStack", type: d }], type: f }, { endpoint: { url: "https://codestar-connections.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }], type: f }, { error: "Invalid Configuration: Missing Region", type: d }] };
exports.ruleSet = _data;


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var middlewareHostHeader = __webpack_require__(2590);
var middlewareLogger = __webpack_require__(5242);
var middlewareRecursionDetection = __webpack_require__(1568);
var middlewareUserAgent = __webpack_require__(2959);
var configResolver = __webpack_require__(9316);
var core = __webpack_require__(402);
var schema = __webpack_require__(6890);
var middlewareContentLength = __webpack_require__(7212);
var middlewareEndpoint = __webpack_require__(99);
var middlewareRetry = __webpack_require__(9618);
var smithyClient = __webpack_require__(1411);
var httpAuthSchemeProvider = __webpack_require__(7101);
var runtimeConfig = __webpack_require__(8916);
var regionConfigResolver = __webpack_require__(6463);
var protocolHttp = __webpack_require__(2356);
var schemas_0 = __webpack_require__(2058);
var errors = __webpack_require__(7374);
var CodeStarConnectionsServiceException = __webpack_require__(123);

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "codestar-connections",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(regionConfigResolver.getAwsRegionExtensionConfiguration(runtimeConfig), smithyClient.getDefaultExtensionConfiguration(runtimeConfig), protocolHttp.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, regionConfigResolver.resolveAwsRegionExtensionConfiguration(extensionConfiguration), smithyClient.resolveDefaultRuntimeConfig(extensionConfiguration), protocolHttp.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CodeStarConnectionsClient extends smithyClient.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = middlewareUserAgent.resolveUserAgentConfig(_config_1);
        const _config_3 = middlewareRetry.resolveRetryConfig(_config_2);
        const _config_4 = configResolver.resolveRegionConfig(_config_3);
        const _config_5 = middlewareHostHeader.resolveHostHeaderConfig(_config_4);
        const _config_6 = middlewareEndpoint.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(middlewareUserAgent.getUserAgentPlugin(this.config));
        this.middlewareStack.use(middlewareRetry.getRetryPlugin(this.config));
        this.middlewareStack.use(middlewareContentLength.getContentLengthPlugin(this.config));
        this.middlewareStack.use(middlewareHostHeader.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(middlewareLogger.getLoggerPlugin(this.config));
        this.middlewareStack.use(middlewareRecursionDetection.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultCodeStarConnectionsHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class CreateConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "CreateConnection", {})
    .n("CodeStarConnectionsClient", "CreateConnectionCommand")
    .sc(schemas_0.CreateConnection$)
    .build() {
}

class CreateHostCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "CreateHost", {})
    .n("CodeStarConnectionsClient", "CreateHostCommand")
    .sc(schemas_0.CreateHost$)
    .build() {
}

class CreateRepositoryLinkCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "CreateRepositoryLink", {})
    .n("CodeStarConnectionsClient", "CreateRepositoryLinkCommand")
    .sc(schemas_0.CreateRepositoryLink$)
    .build() {
}

class CreateSyncConfigurationCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "CreateSyncConfiguration", {})
    .n("CodeStarConnectionsClient", "CreateSyncConfigurationCommand")
    .sc(schemas_0.CreateSyncConfiguration$)
    .build() {
}

class DeleteConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "DeleteConnection", {})
    .n("CodeStarConnectionsClient", "DeleteConnectionCommand")
    .sc(schemas_0.DeleteConnection$)
    .build() {
}

class DeleteHostCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "DeleteHost", {})
    .n("CodeStarConnectionsClient", "DeleteHostCommand")
    .sc(schemas_0.DeleteHost$)
    .build() {
}

class DeleteRepositoryLinkCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "DeleteRepositoryLink", {})
    .n("CodeStarConnectionsClient", "DeleteRepositoryLinkCommand")
    .sc(schemas_0.DeleteRepositoryLink$)
    .build() {
}

class DeleteSyncConfigurationCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "DeleteSyncConfiguration", {})
    .n("CodeStarConnectionsClient", "DeleteSyncConfigurationCommand")
    .sc(schemas_0.DeleteSyncConfiguration$)
    .build() {
}

class GetConnectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetConnection", {})
    .n("CodeStarConnectionsClient", "GetConnectionCommand")
    .sc(schemas_0.GetConnection$)
    .build() {
}

class GetHostCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetHost", {})
    .n("CodeStarConnectionsClient", "GetHostCommand")
    .sc(schemas_0.GetHost$)
    .build() {
}

class GetRepositoryLinkCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetRepositoryLink", {})
    .n("CodeStarConnectionsClient", "GetRepositoryLinkCommand")
    .sc(schemas_0.GetRepositoryLink$)
    .build() {
}

class GetRepositorySyncStatusCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetRepositorySyncStatus", {})
    .n("CodeStarConnectionsClient", "GetRepositorySyncStatusCommand")
    .sc(schemas_0.GetRepositorySyncStatus$)
    .build() {
}

class GetResourceSyncStatusCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetResourceSyncStatus", {})
    .n("CodeStarConnectionsClient", "GetResourceSyncStatusCommand")
    .sc(schemas_0.GetResourceSyncStatus$)
    .build() {
}

class GetSyncBlockerSummaryCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetSyncBlockerSummary", {})
    .n("CodeStarConnectionsClient", "GetSyncBlockerSummaryCommand")
    .sc(schemas_0.GetSyncBlockerSummary$)
    .build() {
}

class GetSyncConfigurationCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "GetSyncConfiguration", {})
    .n("CodeStarConnectionsClient", "GetSyncConfigurationCommand")
    .sc(schemas_0.GetSyncConfiguration$)
    .build() {
}

class ListConnectionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListConnections", {})
    .n("CodeStarConnectionsClient", "ListConnectionsCommand")
    .sc(schemas_0.ListConnections$)
    .build() {
}

class ListHostsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListHosts", {})
    .n("CodeStarConnectionsClient", "ListHostsCommand")
    .sc(schemas_0.ListHosts$)
    .build() {
}

class ListRepositoryLinksCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListRepositoryLinks", {})
    .n("CodeStarConnectionsClient", "ListRepositoryLinksCommand")
    .sc(schemas_0.ListRepositoryLinks$)
    .build() {
}

class ListRepositorySyncDefinitionsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListRepositorySyncDefinitions", {})
    .n("CodeStarConnectionsClient", "ListRepositorySyncDefinitionsCommand")
    .sc(schemas_0.ListRepositorySyncDefinitions$)
    .build() {
}

class ListSyncConfigurationsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListSyncConfigurations", {})
    .n("CodeStarConnectionsClient", "ListSyncConfigurationsCommand")
    .sc(schemas_0.ListSyncConfigurations$)
    .build() {
}

class ListTagsForResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "ListTagsForResource", {})
    .n("CodeStarConnectionsClient", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class TagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "TagResource", {})
    .n("CodeStarConnectionsClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "UntagResource", {})
    .n("CodeStarConnectionsClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateHostCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "UpdateHost", {})
    .n("CodeStarConnectionsClient", "UpdateHostCommand")
    .sc(schemas_0.UpdateHost$)
    .build() {
}

class UpdateRepositoryLinkCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "UpdateRepositoryLink", {})
    .n("CodeStarConnectionsClient", "UpdateRepositoryLinkCommand")
    .sc(schemas_0.UpdateRepositoryLink$)
    .build() {
}

class UpdateSyncBlockerCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "UpdateSyncBlocker", {})
    .n("CodeStarConnectionsClient", "UpdateSyncBlockerCommand")
    .sc(schemas_0.UpdateSyncBlocker$)
    .build() {
}

class UpdateSyncConfigurationCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("CodeStar_connections_20191201", "UpdateSyncConfiguration", {})
    .n("CodeStarConnectionsClient", "UpdateSyncConfigurationCommand")
    .sc(schemas_0.UpdateSyncConfiguration$)
    .build() {
}

const paginateListConnections = core.createPaginator(CodeStarConnectionsClient, ListConnectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListHosts = core.createPaginator(CodeStarConnectionsClient, ListHostsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRepositoryLinks = core.createPaginator(CodeStarConnectionsClient, ListRepositoryLinksCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSyncConfigurations = core.createPaginator(CodeStarConnectionsClient, ListSyncConfigurationsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    CreateConnectionCommand,
    CreateHostCommand,
    CreateRepositoryLinkCommand,
    CreateSyncConfigurationCommand,
    DeleteConnectionCommand,
    DeleteHostCommand,
    DeleteRepositoryLinkCommand,
    DeleteSyncConfigurationCommand,
    GetConnectionCommand,
    GetHostCommand,
    GetRepositoryLinkCommand,
    GetRepositorySyncStatusCommand,
    GetResourceSyncStatusCommand,
    GetSyncBlockerSummaryCommand,
    GetSyncConfigurationCommand,
    ListConnectionsCommand,
    ListHostsCommand,
    ListRepositoryLinksCommand,
    ListRepositorySyncDefinitionsCommand,
    ListSyncConfigurationsCommand,
    ListTagsForResourceCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateHostCommand,
    UpdateRepositoryLinkCommand,
    UpdateSyncBlockerCommand,
    UpdateSyncConfigurationCommand,
};
const paginators = {
    paginateListConnections,
    paginateListHosts,
    paginateListRepositoryLinks,
    paginateListSyncConfigurations,
};
class CodeStarConnections extends CodeStarConnectionsClient {
}
smithyClient.createAggregatedClient(commands, CodeStarConnections, { paginators });

const BlockerStatus = {
    ACTIVE: "ACTIVE",
    RESOLVED: "RESOLVED",
};
const BlockerType = {
    AUTOMATED: "AUTOMATED",
};
const ProviderType = {
    BITBUCKET: "Bitbucket",
    GITHUB: "GitHub",
    GITHUB_ENTERPRISE_SERVER: "GitHubEnterpriseServer",
    GITLAB: "GitLab",
    GITLAB_SELF_MANAGED: "GitLabSelfManaged",
};
const PublishDeploymentStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const SyncConfigurationType = {
    CFN_STACK_SYNC: "CFN_STACK_SYNC",
};
const TriggerResourceUpdateOn = {
    ANY_CHANGE: "ANY_CHANGE",
    FILE_CHANGE: "FILE_CHANGE",
};
const ConnectionStatus = {
    AVAILABLE: "AVAILABLE",
    ERROR: "ERROR",
    PENDING: "PENDING",
};
const RepositorySyncStatus = {
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    IN_PROGRESS: "IN_PROGRESS",
    QUEUED: "QUEUED",
    SUCCEEDED: "SUCCEEDED",
};
const ResourceSyncStatus = {
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};

exports.$Command = smithyClient.Command;
exports.__Client = smithyClient.Client;
exports.CodeStarConnectionsServiceException = CodeStarConnectionsServiceException.CodeStarConnectionsServiceException;
exports.BlockerStatus = BlockerStatus;
exports.BlockerType = BlockerType;
exports.CodeStarConnections = CodeStarConnections;
exports.CodeStarConnectionsClient = CodeStarConnectionsClient;
exports.ConnectionStatus = ConnectionStatus;
exports.CreateConnectionCommand = CreateConnectionCommand;
exports.CreateHostCommand = CreateHostCommand;
exports.CreateRepositoryLinkCommand = CreateRepositoryLinkCommand;
exports.CreateSyncConfigurationCommand = CreateSyncConfigurationCommand;
exports.DeleteConnectionCommand = DeleteConnectionCommand;
exports.DeleteHostCommand = DeleteHostCommand;
exports.DeleteRepositoryLinkCommand = DeleteRepositoryLinkCommand;
exports.DeleteSyncConfigurationCommand = DeleteSyncConfigurationCommand;
exports.GetConnectionCommand = GetConnectionCommand;
exports.GetHostCommand = GetHostCommand;
exports.GetRepositoryLinkCommand = GetRepositoryLinkCommand;
exports.GetRepositorySyncStatusCommand = GetRepositorySyncStatusCommand;
exports.GetResourceSyncStatusCommand = GetResourceSyncStatusCommand;
exports.GetSyncBlockerSummaryCommand = GetSyncBlockerSummaryCommand;
exports.GetSyncConfigurationCommand = GetSyncConfigurationCommand;
exports.ListConnectionsCommand = ListConnectionsCommand;
exports.ListHostsCommand = ListHostsCommand;
exports.ListRepositoryLinksCommand = ListRepositoryLinksCommand;
exports.ListRepositorySyncDefinitionsCommand = ListRepositorySyncDefinitionsCommand;
exports.ListSyncConfigurationsCommand = ListSyncConfigurationsCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ProviderType = ProviderType;
exports.PublishDeploymentStatus = PublishDeploymentStatus;
exports.RepositorySyncStatus = RepositorySyncStatus;
exports.ResourceSyncStatus = ResourceSyncStatus;
exports.SyncConfigurationType = SyncConfigurationType;
exports.TagResourceCommand = TagResourceCommand;
exports.TriggerResourceUpdateOn = TriggerResourceUpdateOn;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateHostCommand = UpdateHostCommand;
exports.UpdateRepositoryLinkCommand = UpdateRepositoryLinkCommand;
exports.UpdateSyncBlockerCommand = UpdateSyncBlockerCommand;
exports.UpdateSyncConfigurationCommand = UpdateSyncConfigurationCommand;
exports.paginateListConnections = paginateListConnections;
exports.paginateListHosts = paginateListHosts;
exports.paginateListRepositoryLinks = paginateListRepositoryLinks;
exports.paginateListSyncConfigurations = paginateListSyncConfigurations;
Object.prototype.hasOwnProperty.call(schemas_0, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: schemas_0['__proto__']
    });

Object.keys(schemas_0).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
});
Object.prototype.hasOwnProperty.call(errors, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: errors['__proto__']
    });

Object.keys(errors).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
});


/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeStarConnectionsServiceException = exports.__ServiceException = void 0;
const smithy_client_1 = __webpack_require__(1411);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return smithy_client_1.ServiceException; } }));
class CodeStarConnectionsServiceException extends smithy_client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CodeStarConnectionsServiceException.prototype);
    }
}
exports.CodeStarConnectionsServiceException = CodeStarConnectionsServiceException;


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SyncBlockerDoesNotExistException = exports.RetryLatestCommitFailedException = exports.UpdateOutOfSyncException = exports.ConditionalCheckFailedException = exports.UnsupportedOperationException = exports.ConflictException = exports.UnsupportedProviderTypeException = exports.SyncConfigurationStillExistsException = exports.ThrottlingException = exports.ResourceAlreadyExistsException = exports.InvalidInputException = exports.InternalServerException = exports.ConcurrentModificationException = exports.ResourceUnavailableException = exports.ResourceNotFoundException = exports.LimitExceededException = exports.AccessDeniedException = void 0;
const CodeStarConnectionsServiceException_1 = __webpack_require__(123);
class AccessDeniedException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
exports.AccessDeniedException = AccessDeniedException;
class LimitExceededException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "LimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
exports.LimitExceededException = LimitExceededException;
class ResourceNotFoundException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
exports.ResourceNotFoundException = ResourceNotFoundException;
class ResourceUnavailableException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ResourceUnavailableException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceUnavailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceUnavailableException.prototype);
        this.Message = opts.Message;
    }
}
exports.ResourceUnavailableException = ResourceUnavailableException;
class ConcurrentModificationException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
exports.ConcurrentModificationException = ConcurrentModificationException;
class InternalServerException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "InternalServerException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.Message = opts.Message;
    }
}
exports.InternalServerException = InternalServerException;
class InvalidInputException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "InvalidInputException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidInputException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
        this.Message = opts.Message;
    }
}
exports.InvalidInputException = InvalidInputException;
class ResourceAlreadyExistsException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ResourceAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
class ThrottlingException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
exports.ThrottlingException = ThrottlingException;
class SyncConfigurationStillExistsException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "SyncConfigurationStillExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SyncConfigurationStillExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SyncConfigurationStillExistsException.prototype);
        this.Message = opts.Message;
    }
}
exports.SyncConfigurationStillExistsException = SyncConfigurationStillExistsException;
class UnsupportedProviderTypeException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "UnsupportedProviderTypeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedProviderTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedProviderTypeException.prototype);
        this.Message = opts.Message;
    }
}
exports.UnsupportedProviderTypeException = UnsupportedProviderTypeException;
class ConflictException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
exports.ConflictException = ConflictException;
class UnsupportedOperationException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "UnsupportedOperationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
        this.Message = opts.Message;
    }
}
exports.UnsupportedOperationException = UnsupportedOperationException;
class ConditionalCheckFailedException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "ConditionalCheckFailedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConditionalCheckFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConditionalCheckFailedException.prototype);
        this.Message = opts.Message;
    }
}
exports.ConditionalCheckFailedException = ConditionalCheckFailedException;
class UpdateOutOfSyncException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "UpdateOutOfSyncException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UpdateOutOfSyncException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UpdateOutOfSyncException.prototype);
        this.Message = opts.Message;
    }
}
exports.UpdateOutOfSyncException = UpdateOutOfSyncException;
class RetryLatestCommitFailedException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "RetryLatestCommitFailedException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "RetryLatestCommitFailedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, RetryLatestCommitFailedException.prototype);
        this.Message = opts.Message;
    }
}
exports.RetryLatestCommitFailedException = RetryLatestCommitFailedException;
class SyncBlockerDoesNotExistException extends CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException {
    name = "SyncBlockerDoesNotExistException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SyncBlockerDoesNotExistException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SyncBlockerDoesNotExistException.prototype);
        this.Message = opts.Message;
    }
}
exports.SyncBlockerDoesNotExistException = SyncBlockerDoesNotExistException;


/***/ }),

/***/ 8916:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(1860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(6106));
const core_1 = __webpack_require__(8704);
const credential_provider_node_1 = __webpack_require__(5861);
const util_user_agent_node_1 = __webpack_require__(1656);
const config_resolver_1 = __webpack_require__(9316);
const hash_node_1 = __webpack_require__(2711);
const middleware_retry_1 = __webpack_require__(9618);
const node_config_provider_1 = __webpack_require__(5704);
const node_http_handler_1 = __webpack_require__(1279);
const smithy_client_1 = __webpack_require__(1411);
const util_body_length_node_1 = __webpack_require__(3638);
const util_defaults_mode_node_1 = __webpack_require__(5435);
const util_retry_1 = __webpack_require__(5518);
const runtimeConfig_shared_1 = __webpack_require__(3189);
const getRuntimeConfig = (config) => {
    (0, smithy_client_1.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0, util_defaults_mode_node_1.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(smithy_client_1.loadConfigsForDefaultMode);
    const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
    (0, core_1.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, node_config_provider_1.loadConfig)(core_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? util_body_length_node_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, util_user_agent_node_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, node_config_provider_1.loadConfig)(middleware_retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_REGION_CONFIG_OPTIONS, { ...config_resolver_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0, node_config_provider_1.loadConfig)({
                ...middleware_retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_1.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? hash_node_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, node_config_provider_1.loadConfig)(util_user_agent_node_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const core_1 = __webpack_require__(8704);
const protocols_1 = __webpack_require__(7288);
const smithy_client_1 = __webpack_require__(1411);
const url_parser_1 = __webpack_require__(4494);
const util_base64_1 = __webpack_require__(8385);
const util_utf8_1 = __webpack_require__(1577);
const httpAuthSchemeProvider_1 = __webpack_require__(7101);
const endpointResolver_1 = __webpack_require__(5795);
const schemas_0_1 = __webpack_require__(2058);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2019-12-01",
        base64Decoder: config?.base64Decoder ?? util_base64_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? util_base64_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultCodeStarConnectionsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new core_1.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new smithy_client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsJson1_0Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.codestarconnections",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2019-12-01",
            serviceTarget: "CodeStar_connections_20191201",
        },
        serviceId: config?.serviceId ?? "CodeStar connections",
        urlParser: config?.urlParser ?? url_parser_1.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? util_utf8_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? util_utf8_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 2058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GetSyncConfigurationOutput$ = exports.GetSyncConfigurationInput$ = exports.GetSyncBlockerSummaryOutput$ = exports.GetSyncBlockerSummaryInput$ = exports.GetResourceSyncStatusOutput$ = exports.GetResourceSyncStatusInput$ = exports.GetRepositorySyncStatusOutput$ = exports.GetRepositorySyncStatusInput$ = exports.GetRepositoryLinkOutput$ = exports.GetRepositoryLinkInput$ = exports.GetHostOutput$ = exports.GetHostInput$ = exports.GetConnectionOutput$ = exports.GetConnectionInput$ = exports.DeleteSyncConfigurationOutput$ = exports.DeleteSyncConfigurationInput$ = exports.DeleteRepositoryLinkOutput$ = exports.DeleteRepositoryLinkInput$ = exports.DeleteHostOutput$ = exports.DeleteHostInput$ = exports.DeleteConnectionOutput$ = exports.DeleteConnectionInput$ = exports.CreateSyncConfigurationOutput$ = exports.CreateSyncConfigurationInput$ = exports.CreateRepositoryLinkOutput$ = exports.CreateRepositoryLinkInput$ = exports.CreateHostOutput$ = exports.CreateHostInput$ = exports.CreateConnectionOutput$ = exports.CreateConnectionInput$ = exports.Connection$ = exports.errorTypeRegistries = exports.UpdateOutOfSyncException$ = exports.UnsupportedProviderTypeException$ = exports.UnsupportedOperationException$ = exports.ThrottlingException$ = exports.SyncConfigurationStillExistsException$ = exports.SyncBlockerDoesNotExistException$ = exports.RetryLatestCommitFailedException$ = exports.ResourceUnavailableException$ = exports.ResourceNotFoundException$ = exports.ResourceAlreadyExistsException$ = exports.LimitExceededException$ = exports.InvalidInputException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.ConditionalCheckFailedException$ = exports.ConcurrentModificationException$ = exports.AccessDeniedException$ = exports.CodeStarConnectionsServiceException$ = void 0;
exports.GetRepositorySyncStatus$ = exports.GetRepositoryLink$ = exports.GetHost$ = exports.GetConnection$ = exports.DeleteSyncConfiguration$ = exports.DeleteRepositoryLink$ = exports.DeleteHost$ = exports.DeleteConnection$ = exports.CreateSyncConfiguration$ = exports.CreateRepositoryLink$ = exports.CreateHost$ = exports.CreateConnection$ = exports.VpcConfiguration$ = exports.UpdateSyncConfigurationOutput$ = exports.UpdateSyncConfigurationInput$ = exports.UpdateSyncBlockerOutput$ = exports.UpdateSyncBlockerInput$ = exports.UpdateRepositoryLinkOutput$ = exports.UpdateRepositoryLinkInput$ = exports.UpdateHostOutput$ = exports.UpdateHostInput$ = exports.UntagResourceOutput$ = exports.UntagResourceInput$ = exports.TagResourceOutput$ = exports.TagResourceInput$ = exports.Tag$ = exports.SyncConfiguration$ = exports.SyncBlockerSummary$ = exports.SyncBlockerContext$ = exports.SyncBlocker$ = exports.Revision$ = exports.ResourceSyncEvent$ = exports.ResourceSyncAttempt$ = exports.RepositorySyncEvent$ = exports.RepositorySyncDefinition$ = exports.RepositorySyncAttempt$ = exports.RepositoryLinkInfo$ = exports.ListTagsForResourceOutput$ = exports.ListTagsForResourceInput$ = exports.ListSyncConfigurationsOutput$ = exports.ListSyncConfigurationsInput$ = exports.ListRepositorySyncDefinitionsOutput$ = exports.ListRepositorySyncDefinitionsInput$ = exports.ListRepositoryLinksOutput$ = exports.ListRepositoryLinksInput$ = exports.ListHostsOutput$ = exports.ListHostsInput$ = exports.ListConnectionsOutput$ = exports.ListConnectionsInput$ = exports.Host$ = void 0;
exports.UpdateSyncConfiguration$ = exports.UpdateSyncBlocker$ = exports.UpdateRepositoryLink$ = exports.UpdateHost$ = exports.UntagResource$ = exports.TagResource$ = exports.ListTagsForResource$ = exports.ListSyncConfigurations$ = exports.ListRepositorySyncDefinitions$ = exports.ListRepositoryLinks$ = exports.ListHosts$ = exports.ListConnections$ = exports.GetSyncConfiguration$ = exports.GetSyncBlockerSummary$ = exports.GetResourceSyncStatus$ = void 0;
const _ADE = "AccessDeniedException";
const _B = "Branch";
const _C = "Connection";
const _CA = "ConnectionArn";
const _CAr = "CreatedAt";
const _CC = "CreateConnection";
const _CCFE = "ConditionalCheckFailedException";
const _CCI = "CreateConnectionInput";
const _CCO = "CreateConnectionOutput";
const _CE = "ConflictException";
const _CF = "ConfigFile";
const _CH = "CreateHost";
const _CHI = "CreateHostInput";
const _CHO = "CreateHostOutput";
const _CL = "ConnectionList";
const _CME = "ConcurrentModificationException";
const _CN = "ConnectionName";
const _CR = "CreatedReason";
const _CRL = "CreateRepositoryLink";
const _CRLI = "CreateRepositoryLinkInput";
const _CRLO = "CreateRepositoryLinkOutput";
const _CS = "ConnectionStatus";
const _CSC = "CreateSyncConfiguration";
const _CSCI = "CreateSyncConfigurationInput";
const _CSCO = "CreateSyncConfigurationOutput";
const _Co = "Connections";
const _Con = "Contexts";
const _D = "Directory";
const _DC = "DeleteConnection";
const _DCI = "DeleteConnectionInput";
const _DCO = "DeleteConnectionOutput";
const _DH = "DeleteHost";
const _DHI = "DeleteHostInput";
const _DHO = "DeleteHostOutput";
const _DRL = "DeleteRepositoryLink";
const _DRLI = "DeleteRepositoryLinkInput";
const _DRLO = "DeleteRepositoryLinkOutput";
const _DS = "DesiredState";
const _DSC = "DeleteSyncConfiguration";
const _DSCI = "DeleteSyncConfigurationInput";
const _DSCO = "DeleteSyncConfigurationOutput";
const _E = "Events";
const _EI = "ExternalId";
const _EKA = "EncryptionKeyArn";
const _Ev = "Event";
const _GC = "GetConnection";
const _GCI = "GetConnectionInput";
const _GCO = "GetConnectionOutput";
const _GH = "GetHost";
const _GHI = "GetHostInput";
const _GHO = "GetHostOutput";
const _GRL = "GetRepositoryLink";
const _GRLI = "GetRepositoryLinkInput";
const _GRLO = "GetRepositoryLinkOutput";
const _GRSS = "GetRepositorySyncStatus";
const _GRSSI = "GetRepositorySyncStatusInput";
const _GRSSIe = "GetResourceSyncStatusInput";
const _GRSSO = "GetRepositorySyncStatusOutput";
const _GRSSOe = "GetResourceSyncStatusOutput";
const _GRSSe = "GetResourceSyncStatus";
const _GSBS = "GetSyncBlockerSummary";
const _GSBSI = "GetSyncBlockerSummaryInput";
const _GSBSO = "GetSyncBlockerSummaryOutput";
const _GSC = "GetSyncConfiguration";
const _GSCI = "GetSyncConfigurationInput";
const _GSCO = "GetSyncConfigurationOutput";
const _H = "Host";
const _HA = "HostArn";
const _HAF = "HostArnFilter";
const _HL = "HostList";
const _Ho = "Hosts";
const _I = "Id";
const _IIE = "InvalidInputException";
const _IR = "InitialRevision";
const _ISE = "InternalServerException";
const _K = "Key";
const _LB = "LatestBlockers";
const _LC = "ListConnections";
const _LCI = "ListConnectionsInput";
const _LCO = "ListConnectionsOutput";
const _LEE = "LimitExceededException";
const _LH = "ListHosts";
const _LHI = "ListHostsInput";
const _LHO = "ListHostsOutput";
const _LRL = "ListRepositoryLinks";
const _LRLI = "ListRepositoryLinksInput";
const _LRLO = "ListRepositoryLinksOutput";
const _LRSD = "ListRepositorySyncDefinitions";
const _LRSDI = "ListRepositorySyncDefinitionsInput";
const _LRSDO = "ListRepositorySyncDefinitionsOutput";
const _LS = "LatestSync";
const _LSBL = "LatestSyncBlockerList";
const _LSC = "ListSyncConfigurations";
const _LSCI = "ListSyncConfigurationsInput";
const _LSCO = "ListSyncConfigurationsOutput";
const _LSS = "LatestSuccessfulSync";
const _LTFR = "ListTagsForResource";
const _LTFRI = "ListTagsForResourceInput";
const _LTFRO = "ListTagsForResourceOutput";
const _M = "Message";
const _MR = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _OAI = "OwnerAccountId";
const _OI = "OwnerId";
const _P = "Parent";
const _PDS = "PublishDeploymentStatus";
const _PE = "ProviderEndpoint";
const _PRN = "ParentResourceName";
const _PT = "ProviderType";
const _PTF = "ProviderTypeFilter";
const _R = "Revision";
const _RA = "RoleArn";
const _RAEE = "ResourceAlreadyExistsException";
const _RAe = "ResourceArn";
const _RAes = "ResolvedAt";
const _RL = "RepositoryLinks";
const _RLA = "RepositoryLinkArn";
const _RLCFE = "RetryLatestCommitFailedException";
const _RLI = "RepositoryLinkInfo";
const _RLIe = "RepositoryLinkId";
const _RLL = "RepositoryLinkList";
const _RN = "RepositoryName";
const _RNFE = "ResourceNotFoundException";
const _RNe = "ResourceName";
const _RR = "ResolvedReason";
const _RSA = "RepositorySyncAttempt";
const _RSAe = "ResourceSyncAttempt";
const _RSD = "RepositorySyncDefinitions";
const _RSDL = "RepositorySyncDefinitionList";
const _RSDe = "RepositorySyncDefinition";
const _RSE = "RepositorySyncEvent";
const _RSEL = "RepositorySyncEventList";
const _RSELe = "ResourceSyncEventList";
const _RSEe = "ResourceSyncEvent";
const _RUE = "ResourceUnavailableException";
const _S = "Status";
const _SA = "StartedAt";
const _SB = "SyncBlocker";
const _SBC = "SyncBlockerContext";
const _SBCL = "SyncBlockerContextList";
const _SBDNEE = "SyncBlockerDoesNotExistException";
const _SBS = "SyncBlockerSummary";
const _SC = "SyncConfiguration";
const _SCL = "SyncConfigurationList";
const _SCSEE = "SyncConfigurationStillExistsException";
const _SCy = "SyncConfigurations";
const _SGI = "SecurityGroupIds";
const _SI = "SubnetIds";
const _SM = "StatusMessage";
const _ST = "SyncType";
const _Sh = "Sha";
const _T = "Tags";
const _TC = "TlsCertificate";
const _TE = "ThrottlingException";
const _TK = "TagKeys";
const _TL = "TagList";
const _TR = "TargetRevision";
const _TRI = "TagResourceInput";
const _TRO = "TagResourceOutput";
const _TRUO = "TriggerResourceUpdateOn";
const _TRa = "TagResource";
const _Ta = "Target";
const _Tag = "Tag";
const _Ti = "Time";
const _Ty = "Type";
const _UH = "UpdateHost";
const _UHI = "UpdateHostInput";
const _UHO = "UpdateHostOutput";
const _UOE = "UnsupportedOperationException";
const _UOOSE = "UpdateOutOfSyncException";
const _UPTE = "UnsupportedProviderTypeException";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _URL = "UpdateRepositoryLink";
const _URLI = "UpdateRepositoryLinkInput";
const _URLO = "UpdateRepositoryLinkOutput";
const _URO = "UntagResourceOutput";
const _USB = "UpdateSyncBlocker";
const _USBI = "UpdateSyncBlockerInput";
const _USBO = "UpdateSyncBlockerOutput";
const _USC = "UpdateSyncConfiguration";
const _USCI = "UpdateSyncConfigurationInput";
const _USCO = "UpdateSyncConfigurationOutput";
const _V = "Value";
const _VC = "VpcConfiguration";
const _VI = "VpcId";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.codestarconnections";
const _se = "server";
const n0 = "com.amazonaws.codestarconnections";
const schema_1 = __webpack_require__(6890);
const CodeStarConnectionsServiceException_1 = __webpack_require__(123);
const errors_1 = __webpack_require__(7374);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.CodeStarConnectionsServiceException$ = [-3, _s, "CodeStarConnectionsServiceException", 0, [], []];
_s_registry.registerError(exports.CodeStarConnectionsServiceException$, CodeStarConnectionsServiceException_1.CodeStarConnectionsServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
exports.ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ConcurrentModificationException$, errors_1.ConcurrentModificationException);
exports.ConditionalCheckFailedException$ = [-3, n0, _CCFE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ConditionalCheckFailedException$, errors_1.ConditionalCheckFailedException);
exports.ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
exports.InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 503 },
    [_M],
    [0]
];
n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
exports.InvalidInputException$ = [-3, n0, _IIE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(exports.InvalidInputException$, errors_1.InvalidInputException);
exports.LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(exports.LimitExceededException$, errors_1.LimitExceededException);
exports.ResourceAlreadyExistsException$ = [-3, n0, _RAEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ResourceAlreadyExistsException$, errors_1.ResourceAlreadyExistsException);
exports.ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
exports.ResourceUnavailableException$ = [-3, n0, _RUE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ResourceUnavailableException$, errors_1.ResourceUnavailableException);
exports.RetryLatestCommitFailedException$ = [-3, n0, _RLCFE,
    { [_e]: _se, [_hE]: 503 },
    [_M],
    [0]
];
n0_registry.registerError(exports.RetryLatestCommitFailedException$, errors_1.RetryLatestCommitFailedException);
exports.SyncBlockerDoesNotExistException$ = [-3, n0, _SBDNEE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(exports.SyncBlockerDoesNotExistException$, errors_1.SyncBlockerDoesNotExistException);
exports.SyncConfigurationStillExistsException$ = [-3, n0, _SCSEE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.SyncConfigurationStillExistsException$, errors_1.SyncConfigurationStillExistsException);
exports.ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
exports.UnsupportedOperationException$ = [-3, n0, _UOE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(exports.UnsupportedOperationException$, errors_1.UnsupportedOperationException);
exports.UnsupportedProviderTypeException$ = [-3, n0, _UPTE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(exports.UnsupportedProviderTypeException$, errors_1.UnsupportedProviderTypeException);
exports.UpdateOutOfSyncException$ = [-3, n0, _UOOSE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(exports.UpdateOutOfSyncException$, errors_1.UpdateOutOfSyncException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
exports.Connection$ = [3, n0, _C,
    0,
    [_CN, _CA, _PT, _OAI, _CS, _HA],
    [0, 0, 0, 0, 0, 0]
];
exports.CreateConnectionInput$ = [3, n0, _CCI,
    0,
    [_CN, _PT, _T, _HA],
    [0, 0, () => TagList, 0], 1
];
exports.CreateConnectionOutput$ = [3, n0, _CCO,
    0,
    [_CA, _T],
    [0, () => TagList], 1
];
exports.CreateHostInput$ = [3, n0, _CHI,
    0,
    [_N, _PT, _PE, _VC, _T],
    [0, 0, 0, () => exports.VpcConfiguration$, () => TagList], 3
];
exports.CreateHostOutput$ = [3, n0, _CHO,
    0,
    [_HA, _T],
    [0, () => TagList]
];
exports.CreateRepositoryLinkInput$ = [3, n0, _CRLI,
    0,
    [_CA, _OI, _RN, _EKA, _T],
    [0, 0, 0, 0, () => TagList], 3
];
exports.CreateRepositoryLinkOutput$ = [3, n0, _CRLO,
    0,
    [_RLI],
    [() => exports.RepositoryLinkInfo$], 1
];
exports.CreateSyncConfigurationInput$ = [3, n0, _CSCI,
    0,
    [_B, _CF, _RLIe, _RNe, _RA, _ST, _PDS, _TRUO],
    [0, 0, 0, 0, 0, 0, 0, 0], 6
];
exports.CreateSyncConfigurationOutput$ = [3, n0, _CSCO,
    0,
    [_SC],
    [() => exports.SyncConfiguration$], 1
];
exports.DeleteConnectionInput$ = [3, n0, _DCI,
    0,
    [_CA],
    [0], 1
];
exports.DeleteConnectionOutput$ = [3, n0, _DCO,
    0,
    [],
    []
];
exports.DeleteHostInput$ = [3, n0, _DHI,
    0,
    [_HA],
    [0], 1
];
exports.DeleteHostOutput$ = [3, n0, _DHO,
    0,
    [],
    []
];
exports.DeleteRepositoryLinkInput$ = [3, n0, _DRLI,
    0,
    [_RLIe],
    [0], 1
];
exports.DeleteRepositoryLinkOutput$ = [3, n0, _DRLO,
    0,
    [],
    []
];
exports.DeleteSyncConfigurationInput$ = [3, n0, _DSCI,
    0,
    [_ST, _RNe],
    [0, 0], 2
];
exports.DeleteSyncConfigurationOutput$ = [3, n0, _DSCO,
    0,
    [],
    []
];
exports.GetConnectionInput$ = [3, n0, _GCI,
    0,
    [_CA],
    [0], 1
];
exports.GetConnectionOutput$ = [3, n0, _GCO,
    0,
    [_C],
    [() => exports.Connection$]
];
exports.GetHostInput$ = [3, n0, _GHI,
    0,
    [_HA],
    [0], 1
];
exports.GetHostOutput$ = [3, n0, _GHO,
    0,
    [_N, _S, _PT, _PE, _VC],
    [0, 0, 0, 0, () => exports.VpcConfiguration$]
];
exports.GetRepositoryLinkInput$ = [3, n0, _GRLI,
    0,
    [_RLIe],
    [0], 1
];
exports.GetRepositoryLinkOutput$ = [3, n0, _GRLO,
    0,
    [_RLI],
    [() => exports.RepositoryLinkInfo$], 1
];
exports.GetRepositorySyncStatusInput$ = [3, n0, _GRSSI,
    0,
    [_B, _RLIe, _ST],
    [0, 0, 0], 3
];
exports.GetRepositorySyncStatusOutput$ = [3, n0, _GRSSO,
    0,
    [_LS],
    [() => exports.RepositorySyncAttempt$], 1
];
exports.GetResourceSyncStatusInput$ = [3, n0, _GRSSIe,
    0,
    [_RNe, _ST],
    [0, 0], 2
];
exports.GetResourceSyncStatusOutput$ = [3, n0, _GRSSOe,
    0,
    [_LS, _DS, _LSS],
    [() => exports.ResourceSyncAttempt$, () => exports.Revision$, () => exports.ResourceSyncAttempt$], 1
];
exports.GetSyncBlockerSummaryInput$ = [3, n0, _GSBSI,
    0,
    [_ST, _RNe],
    [0, 0], 2
];
exports.GetSyncBlockerSummaryOutput$ = [3, n0, _GSBSO,
    0,
    [_SBS],
    [() => exports.SyncBlockerSummary$], 1
];
exports.GetSyncConfigurationInput$ = [3, n0, _GSCI,
    0,
    [_ST, _RNe],
    [0, 0], 2
];
exports.GetSyncConfigurationOutput$ = [3, n0, _GSCO,
    0,
    [_SC],
    [() => exports.SyncConfiguration$], 1
];
exports.Host$ = [3, n0, _H,
    0,
    [_N, _HA, _PT, _PE, _VC, _S, _SM],
    [0, 0, 0, 0, () => exports.VpcConfiguration$, 0, 0]
];
exports.ListConnectionsInput$ = [3, n0, _LCI,
    0,
    [_PTF, _HAF, _MR, _NT],
    [0, 0, 1, 0]
];
exports.ListConnectionsOutput$ = [3, n0, _LCO,
    0,
    [_Co, _NT],
    [() => ConnectionList, 0]
];
exports.ListHostsInput$ = [3, n0, _LHI,
    0,
    [_MR, _NT],
    [1, 0]
];
exports.ListHostsOutput$ = [3, n0, _LHO,
    0,
    [_Ho, _NT],
    [() => HostList, 0]
];
exports.ListRepositoryLinksInput$ = [3, n0, _LRLI,
    0,
    [_MR, _NT],
    [1, 0]
];
exports.ListRepositoryLinksOutput$ = [3, n0, _LRLO,
    0,
    [_RL, _NT],
    [() => RepositoryLinkList, 0], 1
];
exports.ListRepositorySyncDefinitionsInput$ = [3, n0, _LRSDI,
    0,
    [_RLIe, _ST],
    [0, 0], 2
];
exports.ListRepositorySyncDefinitionsOutput$ = [3, n0, _LRSDO,
    0,
    [_RSD, _NT],
    [() => RepositorySyncDefinitionList, 0], 1
];
exports.ListSyncConfigurationsInput$ = [3, n0, _LSCI,
    0,
    [_RLIe, _ST, _MR, _NT],
    [0, 0, 1, 0], 2
];
exports.ListSyncConfigurationsOutput$ = [3, n0, _LSCO,
    0,
    [_SCy, _NT],
    [() => SyncConfigurationList, 0], 1
];
exports.ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_RAe],
    [0], 1
];
exports.ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_T],
    [() => TagList]
];
exports.RepositoryLinkInfo$ = [3, n0, _RLI,
    0,
    [_CA, _OI, _PT, _RLA, _RLIe, _RN, _EKA],
    [0, 0, 0, 0, 0, 0, 0], 6
];
exports.RepositorySyncAttempt$ = [3, n0, _RSA,
    0,
    [_SA, _S, _E],
    [4, 0, () => RepositorySyncEventList], 3
];
exports.RepositorySyncDefinition$ = [3, n0, _RSDe,
    0,
    [_B, _D, _P, _Ta],
    [0, 0, 0, 0], 4
];
exports.RepositorySyncEvent$ = [3, n0, _RSE,
    0,
    [_Ev, _Ti, _Ty, _EI],
    [0, 4, 0, 0], 3
];
exports.ResourceSyncAttempt$ = [3, n0, _RSAe,
    0,
    [_E, _IR, _SA, _S, _TR, _Ta],
    [() => ResourceSyncEventList, () => exports.Revision$, 4, 0, () => exports.Revision$, 0], 6
];
exports.ResourceSyncEvent$ = [3, n0, _RSEe,
    0,
    [_Ev, _Ti, _Ty, _EI],
    [0, 4, 0, 0], 3
];
exports.Revision$ = [3, n0, _R,
    0,
    [_B, _D, _OI, _RN, _PT, _Sh],
    [0, 0, 0, 0, 0, 0], 6
];
exports.SyncBlocker$ = [3, n0, _SB,
    0,
    [_I, _Ty, _S, _CR, _CAr, _Con, _RR, _RAes],
    [0, 0, 0, 0, 4, () => SyncBlockerContextList, 0, 4], 5
];
exports.SyncBlockerContext$ = [3, n0, _SBC,
    0,
    [_K, _V],
    [0, 0], 2
];
exports.SyncBlockerSummary$ = [3, n0, _SBS,
    0,
    [_RNe, _PRN, _LB],
    [0, 0, () => LatestSyncBlockerList], 1
];
exports.SyncConfiguration$ = [3, n0, _SC,
    0,
    [_B, _OI, _PT, _RLIe, _RN, _RNe, _RA, _ST, _CF, _PDS, _TRUO],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 8
];
exports.Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 2
];
exports.TagResourceInput$ = [3, n0, _TRI,
    0,
    [_RAe, _T],
    [0, () => TagList], 2
];
exports.TagResourceOutput$ = [3, n0, _TRO,
    0,
    [],
    []
];
exports.UntagResourceInput$ = [3, n0, _URI,
    0,
    [_RAe, _TK],
    [0, 64 | 0], 2
];
exports.UntagResourceOutput$ = [3, n0, _URO,
    0,
    [],
    []
];
exports.UpdateHostInput$ = [3, n0, _UHI,
    0,
    [_HA, _PE, _VC],
    [0, 0, () => exports.VpcConfiguration$], 1
];
exports.UpdateHostOutput$ = [3, n0, _UHO,
    0,
    [],
    []
];
exports.UpdateRepositoryLinkInput$ = [3, n0, _URLI,
    0,
    [_RLIe, _CA, _EKA],
    [0, 0, 0], 1
];
exports.UpdateRepositoryLinkOutput$ = [3, n0, _URLO,
    0,
    [_RLI],
    [() => exports.RepositoryLinkInfo$], 1
];
exports.UpdateSyncBlockerInput$ = [3, n0, _USBI,
    0,
    [_I, _ST, _RNe, _RR],
    [0, 0, 0, 0], 4
];
exports.UpdateSyncBlockerOutput$ = [3, n0, _USBO,
    0,
    [_RNe, _SB, _PRN],
    [0, () => exports.SyncBlocker$, 0], 2
];
exports.UpdateSyncConfigurationInput$ = [3, n0, _USCI,
    0,
    [_RNe, _ST, _B, _CF, _RLIe, _RA, _PDS, _TRUO],
    [0, 0, 0, 0, 0, 0, 0, 0], 2
];
exports.UpdateSyncConfigurationOutput$ = [3, n0, _USCO,
    0,
    [_SC],
    [() => exports.SyncConfiguration$], 1
];
exports.VpcConfiguration$ = [3, n0, _VC,
    0,
    [_VI, _SI, _SGI, _TC],
    [0, 64 | 0, 64 | 0, 0], 3
];
var ConnectionList = [1, n0, _CL,
    0, () => exports.Connection$
];
var HostList = [1, n0, _HL,
    0, () => exports.Host$
];
var LatestSyncBlockerList = [1, n0, _LSBL,
    0, () => exports.SyncBlocker$
];
var RepositoryLinkList = [1, n0, _RLL,
    0, () => exports.RepositoryLinkInfo$
];
var RepositorySyncDefinitionList = [1, n0, _RSDL,
    0, () => exports.RepositorySyncDefinition$
];
var RepositorySyncEventList = [1, n0, _RSEL,
    0, () => exports.RepositorySyncEvent$
];
var ResourceSyncEventList = [1, n0, _RSELe,
    0, () => exports.ResourceSyncEvent$
];
var SecurityGroupIds = (/* unused pure expression or super */ null && (64 | 0));
var SubnetIds = (/* unused pure expression or super */ null && (64 | 0));
var SyncBlockerContextList = [1, n0, _SBCL,
    0, () => exports.SyncBlockerContext$
];
var SyncConfigurationList = [1, n0, _SCL,
    0, () => exports.SyncConfiguration$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => exports.Tag$
];
exports.CreateConnection$ = [9, n0, _CC,
    0, () => exports.CreateConnectionInput$, () => exports.CreateConnectionOutput$
];
exports.CreateHost$ = [9, n0, _CH,
    0, () => exports.CreateHostInput$, () => exports.CreateHostOutput$
];
exports.CreateRepositoryLink$ = [9, n0, _CRL,
    0, () => exports.CreateRepositoryLinkInput$, () => exports.CreateRepositoryLinkOutput$
];
exports.CreateSyncConfiguration$ = [9, n0, _CSC,
    0, () => exports.CreateSyncConfigurationInput$, () => exports.CreateSyncConfigurationOutput$
];
exports.DeleteConnection$ = [9, n0, _DC,
    0, () => exports.DeleteConnectionInput$, () => exports.DeleteConnectionOutput$
];
exports.DeleteHost$ = [9, n0, _DH,
    0, () => exports.DeleteHostInput$, () => exports.DeleteHostOutput$
];
exports.DeleteRepositoryLink$ = [9, n0, _DRL,
    0, () => exports.DeleteRepositoryLinkInput$, () => exports.DeleteRepositoryLinkOutput$
];
exports.DeleteSyncConfiguration$ = [9, n0, _DSC,
    0, () => exports.DeleteSyncConfigurationInput$, () => exports.DeleteSyncConfigurationOutput$
];
exports.GetConnection$ = [9, n0, _GC,
    0, () => exports.GetConnectionInput$, () => exports.GetConnectionOutput$
];
exports.GetHost$ = [9, n0, _GH,
    0, () => exports.GetHostInput$, () => exports.GetHostOutput$
];
exports.GetRepositoryLink$ = [9, n0, _GRL,
    0, () => exports.GetRepositoryLinkInput$, () => exports.GetRepositoryLinkOutput$
];
exports.GetRepositorySyncStatus$ = [9, n0, _GRSS,
    0, () => exports.GetRepositorySyncStatusInput$, () => exports.GetRepositorySyncStatusOutput$
];
exports.GetResourceSyncStatus$ = [9, n0, _GRSSe,
    0, () => exports.GetResourceSyncStatusInput$, () => exports.GetResourceSyncStatusOutput$
];
exports.GetSyncBlockerSummary$ = [9, n0, _GSBS,
    0, () => exports.GetSyncBlockerSummaryInput$, () => exports.GetSyncBlockerSummaryOutput$
];
exports.GetSyncConfiguration$ = [9, n0, _GSC,
    0, () => exports.GetSyncConfigurationInput$, () => exports.GetSyncConfigurationOutput$
];
exports.ListConnections$ = [9, n0, _LC,
    0, () => exports.ListConnectionsInput$, () => exports.ListConnectionsOutput$
];
exports.ListHosts$ = [9, n0, _LH,
    0, () => exports.ListHostsInput$, () => exports.ListHostsOutput$
];
exports.ListRepositoryLinks$ = [9, n0, _LRL,
    0, () => exports.ListRepositoryLinksInput$, () => exports.ListRepositoryLinksOutput$
];
exports.ListRepositorySyncDefinitions$ = [9, n0, _LRSD,
    0, () => exports.ListRepositorySyncDefinitionsInput$, () => exports.ListRepositorySyncDefinitionsOutput$
];
exports.ListSyncConfigurations$ = [9, n0, _LSC,
    0, () => exports.ListSyncConfigurationsInput$, () => exports.ListSyncConfigurationsOutput$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    0, () => exports.ListTagsForResourceInput$, () => exports.ListTagsForResourceOutput$
];
exports.TagResource$ = [9, n0, _TRa,
    0, () => exports.TagResourceInput$, () => exports.TagResourceOutput$
];
exports.UntagResource$ = [9, n0, _UR,
    0, () => exports.UntagResourceInput$, () => exports.UntagResourceOutput$
];
exports.UpdateHost$ = [9, n0, _UH,
    0, () => exports.UpdateHostInput$, () => exports.UpdateHostOutput$
];
exports.UpdateRepositoryLink$ = [9, n0, _URL,
    0, () => exports.UpdateRepositoryLinkInput$, () => exports.UpdateRepositoryLinkOutput$
];
exports.UpdateSyncBlocker$ = [9, n0, _USB,
    0, () => exports.UpdateSyncBlockerInput$, () => exports.UpdateSyncBlockerOutput$
];
exports.UpdateSyncConfiguration$ = [9, n0, _USC,
    0, () => exports.UpdateSyncConfigurationInput$, () => exports.UpdateSyncConfigurationOutput$
];


/***/ }),

/***/ 8704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { emitWarningIfUnsupportedVersion, getLongPollPlugin, setCredentialFeature, setFeature, setTokenFeature, state } = __webpack_require__(5152);
exports.emitWarningIfUnsupportedVersion = emitWarningIfUnsupportedVersion;
exports.getLongPollPlugin = getLongPollPlugin;
exports.setCredentialFeature = setCredentialFeature;
exports.setFeature = setFeature;
exports.setTokenFeature = setTokenFeature;
exports.state = state;
const { AwsSdkSigV4Signer: AWSSDKSigV4Signer, AwsSdkSigV4ASigner, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, NODE_SIGV4A_CONFIG_OPTIONS, getBearerTokenEnvKey, resolveAwsSdkSigV4Config: resolveAWSSDKSigV4Config, resolveAwsSdkSigV4AConfig, resolveAwsSdkSigV4Config, validateSigningProperties } = __webpack_require__(7523);
exports.AWSSDKSigV4Signer = AWSSDKSigV4Signer;
exports.AwsSdkSigV4ASigner = AwsSdkSigV4ASigner;
exports.AwsSdkSigV4Signer = AwsSdkSigV4Signer;
exports.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = NODE_AUTH_SCHEME_PREFERENCE_OPTIONS;
exports.NODE_SIGV4A_CONFIG_OPTIONS = NODE_SIGV4A_CONFIG_OPTIONS;
exports.getBearerTokenEnvKey = getBearerTokenEnvKey;
exports.resolveAWSSDKSigV4Config = resolveAWSSDKSigV4Config;
exports.resolveAwsSdkSigV4AConfig = resolveAwsSdkSigV4AConfig;
exports.resolveAwsSdkSigV4Config = resolveAwsSdkSigV4Config;
exports.validateSigningProperties = validateSigningProperties;
const { AwsEc2QueryProtocol, AwsJson1_0Protocol, AwsJson1_1Protocol, AwsJsonRpcProtocol, AwsQueryProtocol, AwsRestJsonProtocol, AwsRestXmlProtocol, AwsSmithyRpcV2CborProtocol, JsonCodec, JsonShapeDeserializer, JsonShapeSerializer, QueryShapeSerializer, XmlCodec, XmlShapeDeserializer, XmlShapeSerializer, _toBool, _toNum, _toStr, awsExpectUnion, loadJsonRpcErrorCode, loadRestJsonErrorCode, loadRestXmlErrorCode, parseJsonBody, parseJsonErrorBody, parseXmlBody, parseXmlErrorBody } = __webpack_require__(7288);
exports.AwsEc2QueryProtocol = AwsEc2QueryProtocol;
exports.AwsJson1_0Protocol = AwsJson1_0Protocol;
exports.AwsJson1_1Protocol = AwsJson1_1Protocol;
exports.AwsJsonRpcProtocol = AwsJsonRpcProtocol;
exports.AwsQueryProtocol = AwsQueryProtocol;
exports.AwsRestJsonProtocol = AwsRestJsonProtocol;
exports.AwsRestXmlProtocol = AwsRestXmlProtocol;
exports.AwsSmithyRpcV2CborProtocol = AwsSmithyRpcV2CborProtocol;
exports.JsonCodec = JsonCodec;
exports.JsonShapeDeserializer = JsonShapeDeserializer;
exports.JsonShapeSerializer = JsonShapeSerializer;
exports.QueryShapeSerializer = QueryShapeSerializer;
exports.XmlCodec = XmlCodec;
exports.XmlShapeDeserializer = XmlShapeDeserializer;
exports.XmlShapeSerializer = XmlShapeSerializer;
exports._toBool = _toBool;
exports._toNum = _toNum;
exports._toStr = _toStr;
exports.awsExpectUnion = awsExpectUnion;
exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode;
exports.loadRestJsonErrorCode = loadRestJsonErrorCode;
exports.loadRestXmlErrorCode = loadRestXmlErrorCode;
exports.parseJsonBody = parseJsonBody;
exports.parseJsonErrorBody = parseJsonErrorBody;
exports.parseXmlBody = parseXmlBody;
exports.parseXmlErrorBody = parseXmlErrorBody;


/***/ }),

/***/ 2590:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getHostHeaderPlugin, hostHeaderMiddleware, hostHeaderMiddlewareOptions, resolveHostHeaderConfig } = __webpack_require__(5152);
exports.getHostHeaderPlugin = getHostHeaderPlugin;
exports.hostHeaderMiddleware = hostHeaderMiddleware;
exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
exports.resolveHostHeaderConfig = resolveHostHeaderConfig;


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } = __webpack_require__(5152);
exports.getLoggerPlugin = getLoggerPlugin;
exports.loggerMiddleware = loggerMiddleware;
exports.loggerMiddlewareOptions = loggerMiddlewareOptions;


/***/ }),

/***/ 1568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getRecursionDetectionPlugin, recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } = __webpack_require__(5152);
exports.getRecursionDetectionPlugin = getRecursionDetectionPlugin;
exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;


/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { DEFAULT_UA_APP_ID, getUserAgentMiddlewareOptions, getUserAgentPlugin, resolveUserAgentConfig, userAgentMiddleware } = __webpack_require__(5152);
exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
exports.getUserAgentPlugin = getUserAgentPlugin;
exports.resolveUserAgentConfig = resolveUserAgentConfig;
exports.userAgentMiddleware = userAgentMiddleware;


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, REGION_ENV_NAME, REGION_INI_NAME, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveRegionConfig, stsRegionDefaultResolver, stsRegionWarning: warning } = __webpack_require__(5152);
exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
exports.REGION_ENV_NAME = REGION_ENV_NAME;
exports.REGION_INI_NAME = REGION_INI_NAME;
exports.getAwsRegionExtensionConfiguration = getAwsRegionExtensionConfiguration;
exports.resolveAwsRegionExtensionConfiguration = resolveAwsRegionExtensionConfiguration;
exports.resolveRegionConfig = resolveRegionConfig;
exports.stsRegionDefaultResolver = stsRegionDefaultResolver;
exports.warning = warning;


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, getUserAgentPrefix, isIpAddress, partition, resolveDefaultAwsRegionalEndpointsConfig, resolveEndpoint, setPartitionInfo, toEndpointV1, useDefaultPartitionInfo } = __webpack_require__(5152);
exports.awsEndpointFunctions = awsEndpointFunctions;
exports.getUserAgentPrefix = getUserAgentPrefix;
exports.isIpAddress = isIpAddress;
exports.partition = partition;
exports.resolveDefaultAwsRegionalEndpointsConfig = resolveDefaultAwsRegionalEndpointsConfig;
exports.resolveEndpoint = resolveEndpoint;
exports.setPartitionInfo = setPartitionInfo;
exports.toEndpointV1 = toEndpointV1;
exports.useDefaultPartitionInfo = useDefaultPartitionInfo;
const { EndpointError } = __webpack_require__(2085);
exports.EndpointError = EndpointError;


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_APP_ID_CONFIG_OPTIONS, UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, createDefaultUserAgentProvider, crtAvailability, defaultUserAgent } = __webpack_require__(5152);
exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
exports.crtAvailability = crtAvailability;
exports.defaultUserAgent = defaultUserAgent;


/***/ }),

/***/ 9316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRegionInfo = exports.resolveRegionConfig = exports.NODE_REGION_CONFIG_FILE_OPTIONS = exports.NODE_REGION_CONFIG_OPTIONS = exports.REGION_INI_NAME = exports.REGION_ENV_NAME = exports.resolveEndpointsConfig = exports.resolveCustomEndpointsConfig = exports.nodeFipsConfigSelectors = exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_FIPS_ENDPOINT = exports.CONFIG_USE_FIPS_ENDPOINT = exports.ENV_USE_FIPS_ENDPOINT = exports.nodeDualstackConfigSelectors = exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_DUALSTACK_ENDPOINT = exports.CONFIG_USE_DUALSTACK_ENDPOINT = exports.ENV_USE_DUALSTACK_ENDPOINT = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "ENV_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeDualstackConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeDualstackConfigSelectors; } }));
Object.defineProperty(exports, "ENV_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeFipsConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeFipsConfigSelectors; } }));
Object.defineProperty(exports, "resolveCustomEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveCustomEndpointsConfig; } }));
Object.defineProperty(exports, "resolveEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveEndpointsConfig; } }));
Object.defineProperty(exports, "REGION_ENV_NAME", ({ enumerable: true, get: function () { return config_1.REGION_ENV_NAME; } }));
Object.defineProperty(exports, "REGION_INI_NAME", ({ enumerable: true, get: function () { return config_1.REGION_INI_NAME; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_FILE_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_FILE_OPTIONS; } }));
Object.defineProperty(exports, "resolveRegionConfig", ({ enumerable: true, get: function () { return config_1.resolveRegionConfig; } }));
Object.defineProperty(exports, "getRegionInfo", ({ enumerable: true, get: function () { return config_1.getRegionInfo; } }));


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Hash = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "Hash", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getContentLengthPlugin = exports.contentLengthMiddlewareOptions = exports.contentLengthMiddleware = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "contentLengthMiddleware", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddleware; } }));
Object.defineProperty(exports, "contentLengthMiddlewareOptions", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddlewareOptions; } }));
Object.defineProperty(exports, "getContentLengthPlugin", ({ enumerable: true, get: function () { return protocols_1.getContentLengthPlugin; } }));


/***/ }),

/***/ 99:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveEndpointRequiredConfig = exports.resolveEndpointConfig = exports.getEndpointPlugin = exports.endpointMiddlewareOptions = exports.endpointMiddleware = exports.toEndpointV1 = exports.resolveParams = exports.getEndpointFromInstructions = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "getEndpointFromInstructions", ({ enumerable: true, get: function () { return endpoints_1.getEndpointFromInstructions; } }));
Object.defineProperty(exports, "resolveParams", ({ enumerable: true, get: function () { return endpoints_1.resolveParams; } }));
Object.defineProperty(exports, "toEndpointV1", ({ enumerable: true, get: function () { return endpoints_1.toEndpointV1; } }));
Object.defineProperty(exports, "endpointMiddleware", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddleware; } }));
Object.defineProperty(exports, "endpointMiddlewareOptions", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddlewareOptions; } }));
Object.defineProperty(exports, "getEndpointPlugin", ({ enumerable: true, get: function () { return endpoints_1.getEndpointPlugin; } }));
Object.defineProperty(exports, "resolveEndpointConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointConfig; } }));
Object.defineProperty(exports, "resolveEndpointRequiredConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointRequiredConfig; } }));


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryMiddlewareOptions = exports.retryMiddleware = exports.resolveRetryConfig = exports.omitRetryHeadersMiddlewareOptions = exports.omitRetryHeadersMiddleware = exports.getRetryPlugin = exports.getRetryAfterHint = exports.getOmitRetryHeadersPlugin = exports.defaultRetryDecider = exports.defaultDelayDecider = exports.NODE_RETRY_MODE_CONFIG_OPTIONS = exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = exports.ENV_RETRY_MODE = exports.ENV_MAX_ATTEMPTS = exports.CONFIG_RETRY_MODE = exports.CONFIG_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedAdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedStandardRetryStrategy; } }));
Object.defineProperty(exports, "CONFIG_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.CONFIG_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "CONFIG_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.CONFIG_RETRY_MODE; } }));
Object.defineProperty(exports, "ENV_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.ENV_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "ENV_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.ENV_RETRY_MODE; } }));
Object.defineProperty(exports, "NODE_MAX_ATTEMPT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_RETRY_MODE_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "defaultDelayDecider", ({ enumerable: true, get: function () { return retry_1.defaultDelayDecider; } }));
Object.defineProperty(exports, "defaultRetryDecider", ({ enumerable: true, get: function () { return retry_1.defaultRetryDecider; } }));
Object.defineProperty(exports, "getOmitRetryHeadersPlugin", ({ enumerable: true, get: function () { return retry_1.getOmitRetryHeadersPlugin; } }));
Object.defineProperty(exports, "getRetryAfterHint", ({ enumerable: true, get: function () { return retry_1.getRetryAfterHint; } }));
Object.defineProperty(exports, "getRetryPlugin", ({ enumerable: true, get: function () { return retry_1.getRetryPlugin; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddleware", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddleware; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddlewareOptions; } }));
Object.defineProperty(exports, "resolveRetryConfig", ({ enumerable: true, get: function () { return retry_1.resolveRetryConfig; } }));
Object.defineProperty(exports, "retryMiddleware", ({ enumerable: true, get: function () { return retry_1.retryMiddleware; } }));
Object.defineProperty(exports, "retryMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.retryMiddlewareOptions; } }));


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "loadConfig", ({ enumerable: true, get: function () { return config_1.loadConfig; } }));


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpHandlerRuntimeConfig = exports.getHttpHandlerExtensionConfiguration = exports.isValidHostname = exports.HttpResponse = exports.HttpRequest = exports.Fields = exports.Field = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "Field", ({ enumerable: true, get: function () { return protocols_1.Field; } }));
Object.defineProperty(exports, "Fields", ({ enumerable: true, get: function () { return protocols_1.Fields; } }));
Object.defineProperty(exports, "HttpRequest", ({ enumerable: true, get: function () { return protocols_1.HttpRequest; } }));
Object.defineProperty(exports, "HttpResponse", ({ enumerable: true, get: function () { return protocols_1.HttpResponse; } }));
Object.defineProperty(exports, "isValidHostname", ({ enumerable: true, get: function () { return protocols_1.isValidHostname; } }));
Object.defineProperty(exports, "getHttpHandlerExtensionConfiguration", ({ enumerable: true, get: function () { return protocols_1.getHttpHandlerExtensionConfiguration; } }));
Object.defineProperty(exports, "resolveHttpHandlerRuntimeConfig", ({ enumerable: true, get: function () { return protocols_1.resolveHttpHandlerRuntimeConfig; } }));


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAggregatedClient = exports.convertMap = exports._json = exports.ServiceException = exports.SENSITIVE_STRING = exports.NoOpLogger = exports.Command = exports.Client = exports.strictParseShort = exports.strictParseLong = exports.strictParseInt32 = exports.strictParseInt = exports.strictParseFloat32 = exports.strictParseFloat = exports.strictParseDouble = exports.strictParseByte = exports.splitHeader = exports.splitEvery = exports.quoteHeader = exports.parseRfc7231DateTime = exports.parseRfc3339DateTimeWithOffset = exports.parseRfc3339DateTime = exports.parseEpochTimestamp = exports.parseBoolean = exports.nv = exports.logger = exports.limitedParseFloat32 = exports.limitedParseFloat = exports.limitedParseDouble = exports.handleFloat = exports.generateIdempotencyToken = exports.expectUnion = exports.expectString = exports.expectShort = exports.expectObject = exports.expectNumber = exports.expectNonNull = exports.expectLong = exports.expectInt32 = exports.expectInt = exports.expectFloat32 = exports.expectByte = exports.expectBoolean = exports.dateToUtcString = exports.copyDocumentWithTransform = exports._parseRfc7231DateTime = exports._parseRfc3339DateTimeWithOffset = exports._parseEpochTimestamp = exports.NumericValue = exports.LazyJsonString = void 0;
exports.resolvedPath = exports.extendedEncodeURIComponent = exports.collectBody = exports.withBaseException = exports.throwDefaultError = exports.take = exports.serializeFloat = exports.serializeDateTime = exports.resolveDefaultRuntimeConfig = exports.map = exports.loadConfigsForDefaultMode = exports.isSerializableHeaderValue = exports.getValueFromTextNode = exports.getDefaultExtensionConfiguration = exports.getDefaultClientConfiguration = exports.getArrayIfSingleItem = exports.emitWarningIfUnsupportedVersion = exports.decorateServiceException = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "LazyJsonString", ({ enumerable: true, get: function () { return serde_1.LazyJsonString; } }));
Object.defineProperty(exports, "NumericValue", ({ enumerable: true, get: function () { return serde_1.NumericValue; } }));
Object.defineProperty(exports, "_parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1._parseEpochTimestamp; } }));
Object.defineProperty(exports, "_parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1._parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "_parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1._parseRfc7231DateTime; } }));
Object.defineProperty(exports, "copyDocumentWithTransform", ({ enumerable: true, get: function () { return serde_1.copyDocumentWithTransform; } }));
Object.defineProperty(exports, "dateToUtcString", ({ enumerable: true, get: function () { return serde_1.dateToUtcString; } }));
Object.defineProperty(exports, "expectBoolean", ({ enumerable: true, get: function () { return serde_1.expectBoolean; } }));
Object.defineProperty(exports, "expectByte", ({ enumerable: true, get: function () { return serde_1.expectByte; } }));
Object.defineProperty(exports, "expectFloat32", ({ enumerable: true, get: function () { return serde_1.expectFloat32; } }));
Object.defineProperty(exports, "expectInt", ({ enumerable: true, get: function () { return serde_1.expectInt; } }));
Object.defineProperty(exports, "expectInt32", ({ enumerable: true, get: function () { return serde_1.expectInt32; } }));
Object.defineProperty(exports, "expectLong", ({ enumerable: true, get: function () { return serde_1.expectLong; } }));
Object.defineProperty(exports, "expectNonNull", ({ enumerable: true, get: function () { return serde_1.expectNonNull; } }));
Object.defineProperty(exports, "expectNumber", ({ enumerable: true, get: function () { return serde_1.expectNumber; } }));
Object.defineProperty(exports, "expectObject", ({ enumerable: true, get: function () { return serde_1.expectObject; } }));
Object.defineProperty(exports, "expectShort", ({ enumerable: true, get: function () { return serde_1.expectShort; } }));
Object.defineProperty(exports, "expectString", ({ enumerable: true, get: function () { return serde_1.expectString; } }));
Object.defineProperty(exports, "expectUnion", ({ enumerable: true, get: function () { return serde_1.expectUnion; } }));
Object.defineProperty(exports, "generateIdempotencyToken", ({ enumerable: true, get: function () { return serde_1.generateIdempotencyToken; } }));
Object.defineProperty(exports, "handleFloat", ({ enumerable: true, get: function () { return serde_1.handleFloat; } }));
Object.defineProperty(exports, "limitedParseDouble", ({ enumerable: true, get: function () { return serde_1.limitedParseDouble; } }));
Object.defineProperty(exports, "limitedParseFloat", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat; } }));
Object.defineProperty(exports, "limitedParseFloat32", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat32; } }));
Object.defineProperty(exports, "logger", ({ enumerable: true, get: function () { return serde_1.logger; } }));
Object.defineProperty(exports, "nv", ({ enumerable: true, get: function () { return serde_1.nv; } }));
Object.defineProperty(exports, "parseBoolean", ({ enumerable: true, get: function () { return serde_1.parseBoolean; } }));
Object.defineProperty(exports, "parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1.parseEpochTimestamp; } }));
Object.defineProperty(exports, "parseRfc3339DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTime; } }));
Object.defineProperty(exports, "parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc7231DateTime; } }));
Object.defineProperty(exports, "quoteHeader", ({ enumerable: true, get: function () { return serde_1.quoteHeader; } }));
Object.defineProperty(exports, "splitEvery", ({ enumerable: true, get: function () { return serde_1.splitEvery; } }));
Object.defineProperty(exports, "splitHeader", ({ enumerable: true, get: function () { return serde_1.splitHeader; } }));
Object.defineProperty(exports, "strictParseByte", ({ enumerable: true, get: function () { return serde_1.strictParseByte; } }));
Object.defineProperty(exports, "strictParseDouble", ({ enumerable: true, get: function () { return serde_1.strictParseDouble; } }));
Object.defineProperty(exports, "strictParseFloat", ({ enumerable: true, get: function () { return serde_1.strictParseFloat; } }));
Object.defineProperty(exports, "strictParseFloat32", ({ enumerable: true, get: function () { return serde_1.strictParseFloat32; } }));
Object.defineProperty(exports, "strictParseInt", ({ enumerable: true, get: function () { return serde_1.strictParseInt; } }));
Object.defineProperty(exports, "strictParseInt32", ({ enumerable: true, get: function () { return serde_1.strictParseInt32; } }));
Object.defineProperty(exports, "strictParseLong", ({ enumerable: true, get: function () { return serde_1.strictParseLong; } }));
Object.defineProperty(exports, "strictParseShort", ({ enumerable: true, get: function () { return serde_1.strictParseShort; } }));
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "Client", ({ enumerable: true, get: function () { return client_1.Client; } }));
Object.defineProperty(exports, "Command", ({ enumerable: true, get: function () { return client_1.Command; } }));
Object.defineProperty(exports, "NoOpLogger", ({ enumerable: true, get: function () { return client_1.NoOpLogger; } }));
Object.defineProperty(exports, "SENSITIVE_STRING", ({ enumerable: true, get: function () { return client_1.SENSITIVE_STRING; } }));
Object.defineProperty(exports, "ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
Object.defineProperty(exports, "_json", ({ enumerable: true, get: function () { return client_1._json; } }));
Object.defineProperty(exports, "convertMap", ({ enumerable: true, get: function () { return client_1.convertMap; } }));
Object.defineProperty(exports, "createAggregatedClient", ({ enumerable: true, get: function () { return client_1.createAggregatedClient; } }));
Object.defineProperty(exports, "decorateServiceException", ({ enumerable: true, get: function () { return client_1.decorateServiceException; } }));
Object.defineProperty(exports, "emitWarningIfUnsupportedVersion", ({ enumerable: true, get: function () { return client_1.emitWarningIfUnsupportedVersion; } }));
Object.defineProperty(exports, "getArrayIfSingleItem", ({ enumerable: true, get: function () { return client_1.getArrayIfSingleItem; } }));
Object.defineProperty(exports, "getDefaultClientConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultClientConfiguration; } }));
Object.defineProperty(exports, "getDefaultExtensionConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultExtensionConfiguration; } }));
Object.defineProperty(exports, "getValueFromTextNode", ({ enumerable: true, get: function () { return client_1.getValueFromTextNode; } }));
Object.defineProperty(exports, "isSerializableHeaderValue", ({ enumerable: true, get: function () { return client_1.isSerializableHeaderValue; } }));
Object.defineProperty(exports, "loadConfigsForDefaultMode", ({ enumerable: true, get: function () { return client_1.loadConfigsForDefaultMode; } }));
Object.defineProperty(exports, "map", ({ enumerable: true, get: function () { return client_1.map; } }));
Object.defineProperty(exports, "resolveDefaultRuntimeConfig", ({ enumerable: true, get: function () { return client_1.resolveDefaultRuntimeConfig; } }));
Object.defineProperty(exports, "serializeDateTime", ({ enumerable: true, get: function () { return client_1.serializeDateTime; } }));
Object.defineProperty(exports, "serializeFloat", ({ enumerable: true, get: function () { return client_1.serializeFloat; } }));
Object.defineProperty(exports, "take", ({ enumerable: true, get: function () { return client_1.take; } }));
Object.defineProperty(exports, "throwDefaultError", ({ enumerable: true, get: function () { return client_1.throwDefaultError; } }));
Object.defineProperty(exports, "withBaseException", ({ enumerable: true, get: function () { return client_1.withBaseException; } }));
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "collectBody", ({ enumerable: true, get: function () { return protocols_1.collectBody; } }));
Object.defineProperty(exports, "extendedEncodeURIComponent", ({ enumerable: true, get: function () { return protocols_1.extendedEncodeURIComponent; } }));
Object.defineProperty(exports, "resolvedPath", ({ enumerable: true, get: function () { return protocols_1.resolvedPath; } }));


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUrl = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "parseUrl", ({ enumerable: true, get: function () { return protocols_1.parseUrl; } }));


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toBase64 = exports.fromBase64 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromBase64", ({ enumerable: true, get: function () { return serde_1.fromBase64; } }));
Object.defineProperty(exports, "toBase64", ({ enumerable: true, get: function () { return serde_1.toBase64; } }));


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calculateBodyLength = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "calculateBodyLength", ({ enumerable: true, get: function () { return serde_1.calculateBodyLength; } }));


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDefaultsModeConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "resolveDefaultsModeConfig", ({ enumerable: true, get: function () { return config_1.resolveDefaultsModeConfig; } }));


/***/ }),

/***/ 9674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EndpointError = exports.resolveEndpoint = exports.customEndpointFunctions = exports.isValidHostLabel = exports.isIpAddress = exports.decideEndpoint = exports.EndpointCache = exports.BinaryDecisionDiagram = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "BinaryDecisionDiagram", ({ enumerable: true, get: function () { return endpoints_1.BinaryDecisionDiagram; } }));
Object.defineProperty(exports, "EndpointCache", ({ enumerable: true, get: function () { return endpoints_1.EndpointCache; } }));
Object.defineProperty(exports, "decideEndpoint", ({ enumerable: true, get: function () { return endpoints_1.decideEndpoint; } }));
Object.defineProperty(exports, "isIpAddress", ({ enumerable: true, get: function () { return endpoints_1.isIpAddress; } }));
Object.defineProperty(exports, "isValidHostLabel", ({ enumerable: true, get: function () { return endpoints_1.isValidHostLabel; } }));
Object.defineProperty(exports, "customEndpointFunctions", ({ enumerable: true, get: function () { return endpoints_1.customEndpointFunctions; } }));
Object.defineProperty(exports, "resolveEndpoint", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpoint; } }));
Object.defineProperty(exports, "EndpointError", ({ enumerable: true, get: function () { return endpoints_1.EndpointError; } }));


/***/ }),

/***/ 6324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeProvider = exports.getSmithyContext = void 0;
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "getSmithyContext", ({ enumerable: true, get: function () { return client_1.getSmithyContext; } }));
Object.defineProperty(exports, "normalizeProvider", ({ enumerable: true, get: function () { return client_1.normalizeProvider; } }));


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEOUT_RETRY_COST = exports.THROTTLING_RETRY_DELAY_BASE = exports.Retry = exports.RETRY_MODES = exports.RETRY_COST = exports.NO_RETRY_INCREMENT = exports.REQUEST_HEADER = exports.MAXIMUM_RETRY_DELAY = exports.INVOCATION_ID_HEADER = exports.INITIAL_RETRY_TOKENS = exports.DEFAULT_RETRY_MODE = exports.DEFAULT_RETRY_DELAY_BASE = exports.DEFAULT_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.DefaultRateLimiter = exports.ConfiguredRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.AdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "ConfiguredRetryStrategy", ({ enumerable: true, get: function () { return retry_1.ConfiguredRetryStrategy; } }));
Object.defineProperty(exports, "DefaultRateLimiter", ({ enumerable: true, get: function () { return retry_1.DefaultRateLimiter; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.StandardRetryStrategy; } }));
Object.defineProperty(exports, "DEFAULT_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.DEFAULT_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_MODE; } }));
Object.defineProperty(exports, "INITIAL_RETRY_TOKENS", ({ enumerable: true, get: function () { return retry_1.INITIAL_RETRY_TOKENS; } }));
Object.defineProperty(exports, "INVOCATION_ID_HEADER", ({ enumerable: true, get: function () { return retry_1.INVOCATION_ID_HEADER; } }));
Object.defineProperty(exports, "MAXIMUM_RETRY_DELAY", ({ enumerable: true, get: function () { return retry_1.MAXIMUM_RETRY_DELAY; } }));
Object.defineProperty(exports, "REQUEST_HEADER", ({ enumerable: true, get: function () { return retry_1.REQUEST_HEADER; } }));
Object.defineProperty(exports, "NO_RETRY_INCREMENT", ({ enumerable: true, get: function () { return retry_1.NO_RETRY_INCREMENT; } }));
Object.defineProperty(exports, "RETRY_COST", ({ enumerable: true, get: function () { return retry_1.RETRY_COST; } }));
Object.defineProperty(exports, "RETRY_MODES", ({ enumerable: true, get: function () { return retry_1.RETRY_MODES; } }));
Object.defineProperty(exports, "Retry", ({ enumerable: true, get: function () { return retry_1.Retry; } }));
Object.defineProperty(exports, "THROTTLING_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.THROTTLING_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "TIMEOUT_RETRY_COST", ({ enumerable: true, get: function () { return retry_1.TIMEOUT_RETRY_COST; } }));


/***/ }),

/***/ 1577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.toUint8Array = exports.fromUtf8 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromUtf8", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
Object.defineProperty(exports, "toUint8Array", ({ enumerable: true, get: function () { return serde_1.toUint8Array; } }));
Object.defineProperty(exports, "toUtf8", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ }),

/***/ 1860:
/***/ ((module) => {

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global global, define, Symbol, Reflect, Promise, SuppressedError, Iterator */
var __extends;
var __assign;
var __rest;
var __decorate;
var __param;
var __esDecorate;
var __runInitializers;
var __propKey;
var __setFunctionName;
var __metadata;
var __awaiter;
var __generator;
var __exportStar;
var __values;
var __read;
var __spread;
var __spreadArrays;
var __spreadArray;
var __await;
var __asyncGenerator;
var __asyncDelegator;
var __asyncValues;
var __makeTemplateObject;
var __importStar;
var __importDefault;
var __classPrivateFieldGet;
var __classPrivateFieldSet;
var __classPrivateFieldIn;
var __createBinding;
var __addDisposableResource;
var __disposeResources;
var __rewriteRelativeImportExtension;
(function (factory) {
    var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
    if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function (exports) { factory(createExporter(root, createExporter(exports))); });
    }
    else if ( true && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
    }
    else {
        factory(createExporter(root));
    }
    function createExporter(exports, previous) {
        if (exports !== root) {
            if (typeof Object.create === "function") {
                Object.defineProperty(exports, "__esModule", { value: true });
            }
            else {
                exports.__esModule = true;
            }
        }
        return function (id, v) { return exports[id] = previous ? previous(id, v) : v; };
    }
})
(function (exporter) {
    var extendStatics = Object.setPrototypeOf ||
        ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
        function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };

    __extends = function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };

    __assign = Object.assign || function (t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };

    __rest = function (s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
            t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
            for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
                if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                    t[p[i]] = s[p[i]];
            }
        return t;
    };

    __decorate = function (decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
    };

    __param = function (paramIndex, decorator) {
        return function (target, key) { decorator(target, key, paramIndex); }
    };

    __esDecorate = function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
        function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
        var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
        var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
        var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
        var _, done = false;
        for (var i = decorators.length - 1; i >= 0; i--) {
            var context = {};
            for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
            for (var p in contextIn.access) context.access[p] = contextIn.access[p];
            context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
            var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
            if (kind === "accessor") {
                if (result === void 0) continue;
                if (result === null || typeof result !== "object") throw new TypeError("Object expected");
                if (_ = accept(result.get)) descriptor.get = _;
                if (_ = accept(result.set)) descriptor.set = _;
                if (_ = accept(result.init)) initializers.unshift(_);
            }
            else if (_ = accept(result)) {
                if (kind === "field") initializers.unshift(_);
                else descriptor[key] = _;
            }
        }
        if (target) Object.defineProperty(target, contextIn.name, descriptor);
        done = true;
    };

    __runInitializers = function (thisArg, initializers, value) {
        var useValue = arguments.length > 2;
        for (var i = 0; i < initializers.length; i++) {
            value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
        }
        return useValue ? value : void 0;
    };

    __propKey = function (x) {
        return typeof x === "symbol" ? x : "".concat(x);
    };

    __setFunctionName = function (f, name, prefix) {
        if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
        return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
    };

    __metadata = function (metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
    };

    __awaiter = function (thisArg, _arguments, P, generator) {
        function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
        return new (P || (P = Promise))(function (resolve, reject) {
            function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
            function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
            function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
    };

    __generator = function (thisArg, body) {
        var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
        return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
        function verb(n) { return function (v) { return step([n, v]); }; }
        function step(op) {
            if (f) throw new TypeError("Generator is already executing.");
            while (g && (g = 0, op[0] && (_ = 0)), _) try {
                if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
                if (y = 0, t) op = [op[0] & 2, t.value];
                switch (op[0]) {
                    case 0: case 1: t = op; break;
                    case 4: _.label++; return { value: op[1], done: false };
                    case 5: _.label++; y = op[1]; op = [0]; continue;
                    case 7: op = _.ops.pop(); _.trys.pop(); continue;
                    default:
                        if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                        if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                        if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                        if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                        if (t[2]) _.ops.pop();
                        _.trys.pop(); continue;
                }
                op = body.call(thisArg, _);
            } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
            if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
        }
    };

    __exportStar = function(m, o) {
        for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
    };

    __createBinding = Object.create ? (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        var desc = Object.getOwnPropertyDescriptor(m, k);
        if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
            desc = { enumerable: true, get: function() { return m[k]; } };
        }
        Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        o[k2] = m[k];
    });

    __values = function (o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
            next: function () {
                if (o && i >= o.length) o = void 0;
                return { value: o && o[i++], done: !o };
            }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };

    __read = function (o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
            while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        }
        catch (error) { e = { error: error }; }
        finally {
            try {
                if (r && !r.done && (m = i["return"])) m.call(i);
            }
            finally { if (e) throw e.error; }
        }
        return ar;
    };

    /** @deprecated */
    __spread = function () {
        for (var ar = [], i = 0; i < arguments.length; i++)
            ar = ar.concat(__read(arguments[i]));
        return ar;
    };

    /** @deprecated */
    __spreadArrays = function () {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
            for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
                r[k] = a[j];
        return r;
    };

    __spreadArray = function (to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
                if (!ar) ar = Array.prototype.slice.call(from, 0, i);
                ar[i] = from[i];
            }
        }
        return to.concat(ar || Array.prototype.slice.call(from));
    };

    __await = function (v) {
        return this instanceof __await ? (this.v = v, this) : new __await(v);
    };

    __asyncGenerator = function (thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
        function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
        function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
        function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
        function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
        function fulfill(value) { resume("next", value); }
        function reject(value) { resume("throw", value); }
        function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
    };

    __asyncDelegator = function (o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function (e) { throw e; }), verb("return"), i[Symbol.iterator] = function () { return this; }, i;
        function verb(n, f) { i[n] = o[n] ? function (v) { return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v; } : f; }
    };

    __asyncValues = function (o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
        function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
        function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
    };

    __makeTemplateObject = function (cooked, raw) {
        if (Object.defineProperty) { Object.defineProperty(cooked, "raw", { value: raw }); } else { cooked.raw = raw; }
        return cooked;
    };

    var __setModuleDefault = Object.create ? (function(o, v) {
        Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
        o["default"] = v;
    };

    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };

    __importStar = function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };

    __importDefault = function (mod) {
        return (mod && mod.__esModule) ? mod : { "default": mod };
    };

    __classPrivateFieldGet = function (receiver, state, kind, f) {
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
        return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };

    __classPrivateFieldSet = function (receiver, state, value, kind, f) {
        if (kind === "m") throw new TypeError("Private method is not writable");
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
        return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
    };

    __classPrivateFieldIn = function (state, receiver) {
        if (receiver === null || (typeof receiver !== "object" && typeof receiver !== "function")) throw new TypeError("Cannot use 'in' operator on non-object");
        return typeof state === "function" ? receiver === state : state.has(receiver);
    };

    __addDisposableResource = function (env, value, async) {
        if (value !== null && value !== void 0) {
            if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
            var dispose, inner;
            if (async) {
                if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
                dispose = value[Symbol.asyncDispose];
            }
            if (dispose === void 0) {
                if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
                dispose = value[Symbol.dispose];
                if (async) inner = dispose;
            }
            if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
            if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
            env.stack.push({ value: value, dispose: dispose, async: async });
        }
        else if (async) {
            env.stack.push({ async: true });
        }
        return value;
    };

    var _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
        var e = new Error(message);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };

    __disposeResources = function (env) {
        function fail(e) {
            env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };

    __rewriteRelativeImportExtension = function (path, preserveJsx, extraExtensions, ignoreCase) {
        if (typeof path === "string" && /^\.\.?\//.test(path)) {
            if (extraExtensions) {
                for (var extension in extraExtensions) {
                    var suffix = path.slice(-extension.length);
                    if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
                        var output = extraExtensions[extension];
                        return output === extension ? path : path.slice(0, -extension.length) + output;
                    }
                }
            }
            return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
                return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
            });
        }
        return path;
    };

    exporter("__extends", __extends);
    exporter("__assign", __assign);
    exporter("__rest", __rest);
    exporter("__decorate", __decorate);
    exporter("__param", __param);
    exporter("__esDecorate", __esDecorate);
    exporter("__runInitializers", __runInitializers);
    exporter("__propKey", __propKey);
    exporter("__setFunctionName", __setFunctionName);
    exporter("__metadata", __metadata);
    exporter("__awaiter", __awaiter);
    exporter("__generator", __generator);
    exporter("__exportStar", __exportStar);
    exporter("__createBinding", __createBinding);
    exporter("__values", __values);
    exporter("__read", __read);
    exporter("__spread", __spread);
    exporter("__spreadArrays", __spreadArrays);
    exporter("__spreadArray", __spreadArray);
    exporter("__await", __await);
    exporter("__asyncGenerator", __asyncGenerator);
    exporter("__asyncDelegator", __asyncDelegator);
    exporter("__asyncValues", __asyncValues);
    exporter("__makeTemplateObject", __makeTemplateObject);
    exporter("__importStar", __importStar);
    exporter("__importDefault", __importDefault);
    exporter("__classPrivateFieldGet", __classPrivateFieldGet);
    exporter("__classPrivateFieldSet", __classPrivateFieldSet);
    exporter("__classPrivateFieldIn", __classPrivateFieldIn);
    exporter("__addDisposableResource", __addDisposableResource);
    exporter("__disposeResources", __disposeResources);
    exporter("__rewriteRelativeImportExtension", __rewriteRelativeImportExtension);
});

0 && (0);


/***/ }),

/***/ 6106:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-codestar-connections","description":"AWS SDK for JavaScript Codestar Connections Client for Node.js, Browser and React Native","version":"3.1017.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-codestar-connections","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo codestar-connections","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.973.24","@aws-sdk/credential-provider-node":"^3.972.25","@aws-sdk/middleware-host-header":"^3.972.8","@aws-sdk/middleware-logger":"^3.972.8","@aws-sdk/middleware-recursion-detection":"^3.972.8","@aws-sdk/middleware-user-agent":"^3.972.25","@aws-sdk/region-config-resolver":"^3.972.9","@aws-sdk/types":"^3.973.6","@aws-sdk/util-endpoints":"^3.996.5","@aws-sdk/util-user-agent-browser":"^3.972.8","@aws-sdk/util-user-agent-node":"^3.973.11","@smithy/config-resolver":"^4.4.13","@smithy/core":"^3.23.12","@smithy/fetch-http-handler":"^5.3.15","@smithy/hash-node":"^4.2.12","@smithy/invalid-dependency":"^4.2.12","@smithy/middleware-content-length":"^4.2.12","@smithy/middleware-endpoint":"^4.4.27","@smithy/middleware-retry":"^4.4.44","@smithy/middleware-serde":"^4.2.15","@smithy/middleware-stack":"^4.2.12","@smithy/node-config-provider":"^4.3.12","@smithy/node-http-handler":"^4.5.0","@smithy/protocol-http":"^5.3.12","@smithy/smithy-client":"^4.12.7","@smithy/types":"^4.13.1","@smithy/url-parser":"^4.2.12","@smithy/util-base64":"^4.3.2","@smithy/util-body-length-browser":"^4.2.2","@smithy/util-body-length-node":"^4.2.3","@smithy/util-defaults-mode-browser":"^4.3.43","@smithy/util-defaults-mode-node":"^4.2.47","@smithy/util-endpoints":"^3.3.3","@smithy/util-middleware":"^4.2.12","@smithy/util-retry":"^4.2.12","@smithy/util-utf8":"^4.2.2","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-codestar-connections","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-codestar-connections"}}');

/***/ })

};

//# sourceMappingURL=90.index.js.map