export const id = 237;
export const ids = [237];
export const modules = {

/***/ 4237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCOUNTS_AHEAD: () => (/* binding */ ACCOUNTS_AHEAD),
/* harmony export */   CODEBUILD_REGIONS_PATH: () => (/* binding */ CODEBUILD_REGIONS_PATH),
/* harmony export */   MAX_STS_IN_FLIGHT: () => (/* binding */ MAX_STS_IN_FLIGHT),
/* harmony export */   homeRegion: () => (/* binding */ homeRegion),
/* harmony export */   resolveFleet: () => (/* binding */ resolveFleet),
/* harmony export */   summarizeAccounts: () => (/* binding */ summarizeAccounts)
/* harmony export */ });
/* harmony import */ var _aws_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8413);
/* harmony import */ var _aws_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
/* harmony import */ var _aws_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2973);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5190);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7218);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2074);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9298);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8858);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8645);
/* harmony import */ var _base_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5127);
/* harmony import */ var _wire_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1319);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3718);
/* harmony import */ var _trust_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6812);






/** STS calls in flight at once: their own cap, under STS's request rate per account. */
const MAX_STS_IN_FLIGHT = 32;
const CODEBUILD_REGIONS_PATH = '/aws/service/global-infrastructure/services/codebuild/regions';
/** Where the global services of a partition are called (the configuration refuses `all` elsewhere). */
function homeRegion(partition) {
    return _config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FLEET_HOME_REGION */ .Qx[partition] ?? 'us-east-1';
}
function sharedHandler(make, limits) {
    return async () => make.handler
        ? { requestHandler: make.handler(limits, 'AWS') }
        : (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .awsRequestHandler */ .lk)(limits, 'AWS');
}
/**
 * The targets of a fleet run: every reachable account × its regions. Accounts that are
 * skipped, excluded or unreachable are in report.accounts (and unreachable ones in the findings).
 */
async function resolveFleet(ctx, ambient, make) {
    const { config, deps, report, deadline } = ctx;
    const limits = deadline.limits;
    const home = homeRegion(config.partition);
    const log = deps.logger;
    // With `aws-region: all`, the regions are found while the accounts are: where CodeBuild is
    // offered from the start, and each account's enabled regions as soon as its role is assumed.
    // No phase waits for the whole of the one before it: an account's targets are worked on
    // while the next accounts' roles are being assumed.
    const handler = sharedHandler(make, limits);
    const regions = config.allRegions ? regionFinder(ctx, ambient, home, handler) : undefined;
    // Who: the accounts listed, or the ambient account (or the role-to-assume ones) alone.
    /** Why no account is left, when none is (a run with nothing to do is not a success). */
    let noAccount = 'no account could be reached (see the findings)';
    if (config.accounts) {
        const source = sourceName(config.accounts);
        log.info(listingLine(config.accounts, config.names.accounts));
        const { accounts: listed, organization } = await listAccounts(config, config.accounts, ambient, home, limits, report.warnings, handler);
        if (organization)
            report.organization = organization;
        // A shard keeps its own accounts only (skipped and excluded ones too, so that the shards'
        // reports together name every account once); exclude-accounts is checked against them all.
        const mine = config.shard ? listed.filter((a) => (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .inShard */ .Iw)(a.id, config.shard)) : listed;
        const { records, excluded } = accountRecords(config, listed, mine, source, report.warnings);
        report.accounts = records;
        const active = records.filter((r) => r.status === 'worked');
        const skipped = records.filter((r) => r.status === 'skipped');
        if (listed.length === 0)
            noAccount = `${source === 'accounts' ? config.names.accounts : source} lists no account`;
        else if (active.length === 0)
            noAccount = skipped.length
                ? `none of the ${listed.length} accounts listed is ACTIVE and not excluded by ${config.names.excludeAccounts}`
                : `${config.names.excludeAccounts} excludes every account listed (${listed.length})`;
        const shardNote = config.shard
            ? `, ${mine.length} of them in shard ${(0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shardText */ .eG)(config.shard)}`
            : '';
        log.info(`${listed.length} account${listed.length === 1 ? '' : 's'} listed${shardNote}: ${active.length} to work on${skipped.length ? `, ${skipped.length} skipped (${skipped.map((r) => `${r.id} ${r.state}`).join(', ')})` : ''}${excluded.size ? `, ${records.filter((r) => r.status === 'excluded').length} excluded` : ''}.`);
        // An empty shard is not a failed run: the accounts fell in the other shards (the hash
        // spreads them by chance, so a small list leaves some shards with none).
        if (config.shard && active.length === 0 && listed.length > 0 && mine.length < listed.length) {
            log.info(`Shard ${(0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shardText */ .eG)(config.shard)} has no account to work on: the ${listed.length} listed are in the other shards${mine.length ? ' or skipped or excluded' : ''}.`);
            return [];
        }
        return fleetStream(ctx, active, ambient, home, handler, make, regions, noAccount);
    }
    else if (config.rolesToAssume.length > 0) {
        const roles = config.rolesToAssume.map((roleArn) => ({ id: (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_3__/* .accountOfArn */ .KC)(roleArn), roleArn }));
        return fleetStream(ctx, roles, ambient, home, handler, make, regions, noAccount);
    }
    // The ambient account alone, in each region where CodeBuild is offered and enabled.
    const account = { credentials: ambient };
    const targets = targetsOf(ctx, account, regions ? await regions.of(account) : config.regions, make);
    if (targets.length === 0)
        throw new _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(nothingToDo(1, noAccount));
    return targets;
}
/** An account's targets, one per region; each opens its client when its turn comes. */
function targetsOf(ctx, account, regions, make) {
    const limits = ctx.deadline.limits;
    return regions.map((region) => {
        const waiting = new _wire_index_js__WEBPACK_IMPORTED_MODULE_5__/* .Waiting */ .E$();
        // Opened when its turn comes: thousands of targets never hold thousands of clients at once.
        return { region, account, waiting, open: () => make(region, account, { ...limits, waiting }) };
    });
}
/**
 * Accounts reached ahead of the targets being worked on: enough to keep every target slot
 * busy (an account is one AssumeRole and one ListRegions, then 17 regions' calls), few
 * enough that a fleet of thousands holds a few dozen accounts' keys at once, not all.
 */
const ACCOUNTS_AHEAD = MAX_STS_IN_FLIGHT;
/**
 * The accounts of a fleet through a bounded window: an account's role is assumed (and its
 * enabled regions read) when it comes within ACCOUNTS_AHEAD of the accounts being worked on,
 * its targets are handed out in the order of the list, and once they are all done its keys
 * are let go (targets.ts calls `release`). An account whose role cannot be assumed is reported
 * as unreachable, with why, when its turn comes; it is never silently left out.
 */
function fleetStream(ctx, entries, ambient, home, handler, make, regions, noAccount) {
    const { config, deps, report } = ctx;
    const records = new Map(report.accounts?.map((r) => [r.id, r]));
    const { assume, roleOf, close } = roleReacher(ctx, ambient, home, handler);
    const window = accountWindow(entries, async (e) => {
        const account = await assume(e);
        if (typeof account === 'string')
            return { why: account };
        return { account, regions: regions ? await regions.of(account) : config.regions };
    });
    let cursor = 0;
    let produced = 0;
    const stream = {
        accounts: entries.length,
        unreachable: 0,
        complete: false,
        async next() {
            if (stream.complete)
                return undefined;
            // Where CodeBuild is offered is read once, before any account's regions are known.
            const unknown = cursor === 0 && (await offeredProblem(regions));
            if (unknown) {
                report.errors.push(unknown);
                return end(false);
            }
            while (cursor < entries.length) {
                const e = entries[cursor];
                // Once the run has stopped, no account is reached: those not started are not attempted.
                const started = window.has(cursor) || !ctx.deadline.stopped;
                const reached = started ? await window.take(cursor) : { why: 'stopped' };
                cursor++;
                if ('why' in reached && ctx.deadline.stopped) {
                    const batch = await unreached(ctx, records.get(e.id), { id: e.id, roleArn: roleOf(e) }, regions, make);
                    produced += batch.length;
                    if (batch.length)
                        return batch;
                    continue;
                }
                if ('why' in reached) {
                    stream.unreachable++;
                    unreachableAccount(ctx, records.get(e.id), e.id, reached.why);
                    continue;
                }
                const batch = targetsOf(ctx, reached.account, reached.regions, make);
                for (const t of batch)
                    records.get(reached.account.id ?? '')?.regions.push(t.region);
                if (batch.length === 0)
                    continue;
                produced += batch.length;
                return batch;
            }
            return end();
        },
        release(account) {
            // Nothing can sign with a released account's keys, nor fall back to another identity.
            account.credentials = released;
            account.confidential = undefined;
        },
        accountOf: onDemand(ctx, entries, assume, roleOf),
        close,
    };
    /** The last account is done: no target at all is a failed run, and says why. */
    const end = (say = true) => {
        stream.complete = true;
        stream.close();
        if (say && produced === 0)
            report.errors.push(nothingToDo(entries.length - stream.unreachable, noAccount));
        return undefined;
    };
    if (entries.length > 0)
        deps.logger.info(assumingLine(config, entries.length));
    ctx.stream = stream;
    return [];
}
/**
 * The targets of an account the run stopped before reaching, each not attempted (as a target
 * that had not started): in the regions named, or, its own never read, where CodeBuild is offered.
 */
async function unreached(ctx, record, account, regions, make) {
    const names = regions ? await regions.offered : ctx.config.regions;
    const batch = targetsOf(ctx, account, names, make);
    for (const t of batch) {
        t.notAttempted = (0,_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .notReached */ .eo)(ctx).detail;
        t.open = undefined;
        record?.regions.push(t.region);
    }
    return batch;
}
/** A fleet run without a single target: why. */
function nothingToDo(reachable, noAccount) {
    return `Nothing to do: ${reachable === 0 ? noAccount : `no region where CodeBuild is offered is enabled in ${reachable === 1 ? 'the account' : `any of the ${reachable} accounts`}`}, so no region was worked on.`;
}
/** Why where CodeBuild is offered is unknown, if it is (`aws-region: all`). */
async function offeredProblem(regions) {
    try {
        await regions?.offered;
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
            throw error;
        return error.message;
    }
}
/** What signs for an account once its targets are done: nothing (never another identity). */
async function released() {
    throw new Error("this account's keys were let go when its targets were done");
}
/**
 * A fleet's account by ID (else its first), for what is read outside its targets (a
 * connection's owner, before or after that account's own turn): its role assumed again when
 * its keys are first asked for. Those few accounts' keys are hidden by the run's redaction.
 */
function onDemand({ deps }, entries, assume, roleOf) {
    const reached = new Map();
    return (id) => {
        const e = entries.find((x) => x.id === id) ?? entries[0];
        if (!e)
            return undefined;
        const credentials = async () => {
            let pending = reached.get(e.id);
            if (!pending)
                reached.set(e.id, (pending = assume(e)));
            const account = await pending;
            if (typeof account === 'string')
                throw new _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Account ${e.id} could not be reached: ${account}`);
            for (const value of account.confidential ?? [])
                deps.secrets?.add(value);
            const c = account.credentials;
            return typeof c === 'function' ? c() : c;
        };
        return { id: e.id, roleArn: roleOf(e), credentials };
    };
}
/** The accounts being reached (role, then regions), by their place in the list, ACCOUNTS_AHEAD at most. */
function accountWindow(entries, reach) {
    const pending = new Map();
    return {
        has: (i) => pending.has(i),
        /** Account i's turn: it, and those after it within the window, are being reached. */
        take(i) {
            for (let j = i; j < Math.min(entries.length, i + ACCOUNTS_AHEAD); j++)
                if (!pending.has(j)) {
                    const reached = reach(entries[j]);
                    reached.catch(() => undefined); // awaited in turn
                    pending.set(j, reached);
                }
            const reached = pending.get(i);
            pending.delete(i);
            return reached;
        },
    };
}
/** How a fleet's accounts are reached: each role assumed with one STS client, under its own cap. */
function roleReacher(ctx, ambient, home, handler) {
    const { config, deps, deadline } = ctx;
    const limits = deadline.limits;
    const region = config.regions[0] ?? home;
    let sts;
    const assumer = () => (sts ??= handler().then(({ requestHandler }) => (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_3__/* .roleAssumer */ .Dw)(region, ambient, limits, { requestHandler, maxAttempts: 5 })));
    const stsGate = new _base_index_js__WEBPACK_IMPORTED_MODULE_7__/* .Semaphore */ .jf(MAX_STS_IN_FLIGHT);
    const roleOf = (e) => e.roleArn ?? `arn:${config.partition}:iam::${e.id}:role/${config.roleName}`;
    /** An account's role assumed, its keys kept for its own targets' redaction; else why not. */
    const assume = async (e) => {
        const roleArn = roleOf(e);
        if (deadline.stopped)
            return `not reached: ${deadline.describe()}`;
        try {
            const account = await deadline.race(stsGate.run(async () => {
                if (deps.assumeRole)
                    return deps.assumeRole(roleArn, region, ambient, limits);
                const roles = await assumer();
                try {
                    return await roles.assume(roleArn);
                }
                catch (error) {
                    throw new _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo((0,_aws_index_js__WEBPACK_IMPORTED_MODULE_3__/* .whyUnassumable */ .h8)(error, roleArn, limits));
                }
            }));
            const c = account.credentials;
            // Hidden in what the account's targets produce (targets.ts), not in the whole run's redaction.
            account.confidential = [c?.secretAccessKey, c?.sessionToken].filter((v) => Boolean(v));
            return account;
        }
        catch (error) {
            if (!(error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
                throw error;
            return error.message;
        }
    };
    const close = () => void sts?.then((s) => s.destroy(), () => undefined);
    return { assume, roleOf, close };
}
/** An account whose role could not be assumed: its record says why, and so does a finding. */
function unreachableAccount({ config, report }, record, id, why) {
    if (record) {
        record.status = 'unreachable';
        record.detail = why;
    }
    report.findings.push({
        kind: 'account-unreachable',
        account: id,
        message: `Account ${id}${record?.name ? ` (${record.name})` : ''} could not be reached: ${why} Nothing in it was ${config.mode === 'sync' ? 'imported' : 'read'}.`,
    });
}
/** What the log says when the fleet's roles start to be assumed. */
function assumingLine(config, n) {
    return `Assuming ${config.roleName ? `the role ${config.roleName}` : 'the roles'} in ${n} account${n === 1 ? '' : 's'}, a few at a time as their turn comes...`;
}
/** A record per account listed: worked on, or excluded or skipped, and why. */
function accountRecords(config, listed, mine, source, warnings) {
    const records = mine.map((a) => ({
        id: a.id,
        ...(a.name ? { name: a.name } : {}),
        ...(a.state ? { state: a.state } : {}),
        source,
        status: 'worked',
        regions: [],
        regionsDone: [],
        regionsUnreachable: [],
    }));
    const excluded = new Set(config.excludeAccounts);
    for (const id of excluded)
        if (!listed.some((a) => a.id === id))
            warnings.push(`${config.names.excludeAccounts} names ${id}, which ${source === 'accounts' ? `${config.names.accounts} does not list` : `is not among the accounts of ${source}`}.`);
    for (const r of records) {
        if (excluded.has(r.id)) {
            r.status = 'excluded';
            r.detail = `left out by ${config.names.excludeAccounts}`;
        }
        else if (r.state === 'unreadable') {
            r.status = 'skipped';
            r.detail = `its state is unreadable: Organizations answered a value that is none of ${['ACTIVE', 'SUSPENDED', 'PENDING_ACTIVATION', 'PENDING_CLOSURE', 'CLOSED'].join(', ')}`;
        }
        else if (r.state && r.state !== 'ACTIVE') {
            r.status = 'skipped';
            r.detail = `its state is ${r.state}: only ACTIVE accounts are used`;
        }
    }
    return { records, excluded };
}
/** What the log says while the accounts are listed. */
function listingLine(source, optionName) {
    if (source.kind === 'organization')
        return "Listing the organization's accounts...";
    if (source.kind === 'ou')
        return `Listing the accounts under ${source.ou}...`;
    const n = source.ids.length;
    return `Checking the ${n} account${n === 1 ? '' : 's'} named in ${optionName}...`;
}
/** How the report names where the accounts came from. */
function sourceName(source) {
    return source.kind === 'organization'
        ? 'organization'
        : source.kind === 'ou'
            ? `ou:${source.ou}`
            : 'accounts';
}
/**
 * The accounts as listed, checked where they are read: an ID that is not 12 digits is never
 * used (it would build an ARN), a repeated one is used once, a state outside the documented
 * values is `unreadable` (never ACTIVE).
 */
function shapeAccounts(answered, operation, warnings) {
    const { names: ids, problem } = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .checkedNames */ .YM)(answered.map((a) => a.Id), _aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .isAccountId */ .JG, {
        items: 'account IDs',
        shape: 'an account ID is 12 digits',
        source: `AWS Organizations ${operation}`,
    });
    if (problem)
        warnings.push(problem);
    const byId = new Map(answered.map((a) => [a.Id, a]).reverse());
    return ids.map((id) => {
        const a = byId.get(id);
        // State is the newer field (five values); Status is the older one, to be retired.
        const state = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .accountState */ .po)(a);
        return { id, ...(a.Name ? { name: (0,_base_index_js__WEBPACK_IMPORTED_MODULE_9__/* .outside */ .qY)(a.Name) } : {}), ...(state ? { state } : {}) };
    });
}
/**
 * An OU: its accounts, and those of every OU under it, each level's OUs at once. Each OU
 * is walked once (an answer that lists an OU under itself cannot loop), at most
 * MAX_OU_DEPTH levels down and MAX_OUS in all.
 */
async function walkOu(ou, client, sdk, pages, limits, warnings) {
    const found = [];
    const walked = new Set([ou]);
    let level = [ou];
    for (let depth = 0; level.length > 0; depth++) {
        if (depth > _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_OU_DEPTH */ .i2)
            throw new _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .ListingError */ .Pg(`AWS Organizations ListChildren listed OUs more than ${_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_OU_DEPTH */ .i2} levels below ou:${ou}, deeper than Organizations nests them, so the listing was stopped.`);
        const next = await Promise.all(level.map(async (ParentId) => {
            const [accounts, units] = await Promise.all([
                pages('listAccountsForParent', async (NextToken) => {
                    const out = await client.send(new sdk.ListAccountsForParentCommand({ ParentId, NextToken, MaxResults: 20 }), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
                    return { items: out.Accounts ?? [], next: out.NextToken };
                }),
                pages('listChildren', async (NextToken) => {
                    const out = await client.send(new sdk.ListChildrenCommand({
                        ParentId,
                        ChildType: 'ORGANIZATIONAL_UNIT',
                        NextToken,
                        MaxResults: 20,
                    }), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
                    return { items: out.Children ?? [], next: out.NextToken };
                }),
            ]);
            found.push(...accounts);
            const { names: ous, problem } = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .checkedNames */ .YM)(units.map((u) => u.Id), (id) => typeof id === 'string' && /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/.test(id), {
                items: 'OU IDs',
                shape: 'an OU ID is ou- and two groups of letters and digits',
                source: 'AWS Organizations ListChildren',
            });
            if (problem)
                warnings.push(problem);
            return ous;
        }));
        level = [];
        for (const unit of next.flat()) {
            if (walked.has(unit))
                continue;
            walked.add(unit);
            level.push(unit);
        }
        if (walked.size > _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_OUS */ .Vv)
            throw new _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .ListingError */ .Pg(`AWS Organizations ListChildren listed more than ${_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_OUS */ .Vv.toLocaleString('en-US')} OUs under ou:${ou}, more than an organization may have, so the listing was stopped.`);
        if (found.length > _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .LISTINGS */ .AZ.listAccountsForParent.maxItems)
            throw new _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .ListingError */ .Pg(`AWS Organizations ListAccountsForParent listed more than ${_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .LISTINGS */ .AZ.listAccountsForParent.maxItems.toLocaleString('en-US')} accounts under ou:${ou}, the most this tool reads (docs/reliability.md#bounds), so the listing was stopped.`);
    }
    return found;
}
/**
 * The accounts of `accounts`: as given, or listed by Organizations (paginated, under the run's
 * cap), with the organization they are in (DescribeOrganization, read while they are listed).
 */
async function listAccounts(config, source, ambient, home, limits, warnings, handler) {
    if (source.kind === 'ids')
        return { accounts: source.ids.map((id) => ({ id })) };
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(503)]).then(__webpack_require__.t.bind(__webpack_require__, 2503, 19));
    const client = new sdk.OrganizationsClient({
        region: home,
        credentials: ambient,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_11__/* .USER_AGENT */ ._O,
        maxAttempts: 5,
        ...(await handler()),
    });
    const call = async (operation, send) => {
        try {
            return await gated(limits, send);
        }
        catch (error) {
            throw organizationsError(error, operation, config, source, limits);
        }
    };
    /** Every page of one listing, under its caps. */
    const pages = (operation, page) => {
        const listing = _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .LISTINGS */ .AZ[operation];
        const name = listing.what.split(' ').pop();
        return (0,_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .allPages */ .S4)((token) => call(name, () => page(token)), listing);
    };
    // Not needed to list: a policy without it costs the organization's ID in the report, not the run.
    const organization = call('DescribeOrganization', () => client.send(new sdk.DescribeOrganizationCommand({}), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits))).then(({ Organization: o }) => o?.Id
        ? {
            id: (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .identifier */ .Cv)(o.Id),
            ...(o.MasterAccountId ? { managementAccount: (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .identifier */ .Cv)(o.MasterAccountId) } : {}),
        }
        : undefined, (error) => {
        if (!/AccessDenied/i.test(error.code ?? ''))
            throw error;
        warnings.push(`organizations:DescribeOrganization was denied, so the organization's ID is not in the report: add it to the caller's policy (examples/iam-policy-organization.json).`);
        return undefined;
    });
    organization.catch(() => undefined); // awaited below, after the listing's own failure if any
    try {
        if (source.kind === 'organization') {
            const accounts = await pages('listAccounts', async (NextToken) => {
                const out = await client.send(new sdk.ListAccountsCommand({ NextToken, MaxResults: 20 }), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits));
                return { items: out.Accounts ?? [], next: out.NextToken };
            });
            return {
                accounts: shapeAccounts(accounts, 'ListAccounts', warnings),
                organization: await organization,
            };
        }
        const found = await walkOu(source.ou, client, sdk, pages, limits, warnings);
        return {
            accounts: shapeAccounts(found, 'ListAccountsForParent', warnings),
            organization: await organization,
        };
    }
    finally {
        client.destroy();
    }
}
/** A refused or failed listing, with the permission and the delegated-administrator route. */
function organizationsError(error, operation, config, source, limits) {
    const e = error;
    const said = e.message ? ` AWS said: ${e.message}` : '';
    const byId = `or name the account IDs in ${config.names.accounts} (they are then not looked up)`;
    if (/AccessDenied/i.test(e.name ?? ''))
        return new _aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsCallError */ .iQ(`Listing the accounts (organizations:${operation}) was refused.${said} Only the organization's management account, or a delegated administrator for AWS Organizations, may list them, with organizations:ListAccounts, organizations:ListChildren, organizations:ListAccountsForParent and organizations:DescribeOrganization (examples/iam-policy-organization.json). To run from another account, make it a delegated administrator: in the management account, attach an Organizations resource-based delegation policy (organizations:PutResourcePolicy) that allows it those actions; ${byId}.`, e.name ?? 'AccessDenied');
    if (e.name === 'AWSOrganizationsNotInUseException')
        return new _aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsCallError */ .iQ(`Listing the accounts (organizations:${operation}) failed: the caller's account is not in an organization.${said} Run from the organization's management account or a delegated administrator, ${byId}.`, e.name);
    if (e.name === 'ParentNotFoundException' && source.kind === 'ou')
        return new _aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsCallError */ .iQ(`${config.names.accounts} names ou:${source.ou}, which this organization does not have.${said} Check the OU ID in the Organizations console (ou-xxxx-xxxxxxxx).`, e.name);
    return (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `AWS Organizations ${operation}`, `organizations:${operation}`, limits);
}
/** Runs an AWS call under the run's cap on calls in flight. */
function gated(limits, send) {
    return limits.gate ? limits.gate.run(send) : send();
}
/** Why an account's enabled regions could not be read, as a warning: every offered region is then tried. */
function enabledRegionsUnread(error, a, limits) {
    if (error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .ListingError */ .Pg)
        return `The enabled regions of ${a.id ? `account ${a.id}` : 'the account'} could not be read, so every region where CodeBuild is offered is tried there. ${error.message}`;
    const why = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Account ListRegions${a.id ? ` in ${a.id}` : ''}`, 'account:ListRegions', limits).message;
    // AWS's words from inside the account: its own secrets hidden, as in its targets' rows.
    const scope = new _trust_index_js__WEBPACK_IMPORTED_MODULE_12__/* .Secrets */ .Sb();
    for (const value of a.confidential ?? [])
        scope.add(value);
    return scope.redact(`The enabled regions of ${a.id ? `account ${a.id}` : 'the account'} could not be read, so every region where CodeBuild is offered is tried there; those that refuse are reported as region-unreachable. ${why}`);
}
/**
 * `aws-region: all`: where CodeBuild is offered (read once, with the caller's credentials, from
 * now) and, per account, which of those regions are enabled there (read as each is reached). An
 * account whose enabled regions cannot be read gets every offered region, with a warning: the
 * ones it refuses are reported, not dropped.
 */
function regionFinder(ctx, ambient, home, handler) {
    const { deps, report, deadline } = ctx;
    const limits = deadline.limits;
    deps.logger.info('Finding the regions where CodeBuild is offered and enabled...');
    const sdks = Promise.all([Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19)), Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(279), __webpack_require__.e(956), __webpack_require__.e(861), __webpack_require__.e(990)]).then(__webpack_require__.t.bind(__webpack_require__, 2990, 19))]);
    const offered = readOffered(ctx, ambient, home, sdks, handler);
    offered.catch(() => undefined); // awaited by `of`
    // Accounts whose regions are being read at once (each read is one call at a time, under the run's cap).
    const gate = new _base_index_js__WEBPACK_IMPORTED_MODULE_7__/* .Semaphore */ .jf(MAX_STS_IN_FLIGHT);
    const read = (a) => gate.run(async () => {
        const [, account] = await sdks;
        const client = new account.AccountClient({
            region: home,
            credentials: a.credentials,
            customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_11__/* .USER_AGENT */ ._O,
            maxAttempts: 5,
            ...(await handler()),
        });
        try {
            const regions = await (0,_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .allPages */ .S4)(async (NextToken) => {
                const out = await gated(limits, () => client.send(new account.ListRegionsCommand({
                    RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'],
                    MaxResults: 50,
                    NextToken,
                }), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits)));
                return { items: out.Regions ?? [], next: out.NextToken };
            }, _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .LISTINGS */ .AZ.regionsEnabled);
            const { names, problem } = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .checkedRegionNames */ .i7)(regions.map((r) => r.RegionName), `AWS Account ListRegions${a.id ? ` in ${a.id}` : ''}`);
            if (problem)
                report.warnings.push(problem);
            return new Set(names);
        }
        catch (error) {
            report.warnings.push(enabledRegionsUnread(error, a, limits));
            return undefined;
        }
        finally {
            client.destroy();
        }
    });
    return {
        offered,
        async of(account) {
            const [all, names] = await Promise.all([offered, read(account)]);
            return names ? all.filter((r) => names.has(r)) : all;
        },
    };
}
/** Where CodeBuild is offered: the public Systems Manager parameters, sorted. */
async function readOffered(ctx, ambient, home, sdks, handler) {
    const limits = ctx.deadline.limits;
    const [ssm] = await sdks;
    const client = new ssm.SSMClient({
        region: home,
        credentials: ambient,
        customUserAgent: _base_index_js__WEBPACK_IMPORTED_MODULE_11__/* .USER_AGENT */ ._O,
        maxAttempts: 5,
        ...(await handler()),
    });
    let offered;
    try {
        const parameters = await (0,_base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .allPages */ .S4)(async (NextToken) => {
            const out = await gated(limits, () => client.send(new ssm.GetParametersByPathCommand({
                Path: CODEBUILD_REGIONS_PATH,
                MaxResults: 10,
                NextToken,
            }), (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .sendOptions */ .$Y)(limits)));
            return { items: out.Parameters ?? [], next: out.NextToken };
        }, _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .LISTINGS */ .AZ.regionsOffered);
        const { names, problem } = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_8__/* .checkedRegionNames */ .i7)(parameters.map((p) => p.Value), `AWS Systems Manager ${CODEBUILD_REGIONS_PATH}`);
        if (problem)
            ctx.report.warnings.push(problem);
        offered = names;
    }
    catch (error) {
        if (error instanceof _base_index_js__WEBPACK_IMPORTED_MODULE_10__/* .ListingError */ .Pg)
            throw error;
        throw (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, `Reading where CodeBuild is offered (Systems Manager public parameters ${CODEBUILD_REGIONS_PATH} in ${home})`, `ssm:GetParametersByPath on arn:${ctx.config.partition}:ssm:${home}::parameter/aws/service/global-infrastructure/*`, limits);
    }
    finally {
        client.destroy();
    }
    if (offered.length === 0)
        throw new _aws_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsCallError */ .iQ(`Systems Manager in ${home} listed no region under ${CODEBUILD_REGIONS_PATH}, so the regions where CodeBuild is offered are unknown. Name the regions instead of all.`, 'NoRegions');
    return offered.sort();
}
/** After the mode: each account's regions done and refused, from the region rows. */
function summarizeAccounts(report) {
    const done = new Map();
    const refused = new Map();
    const add = (to, account, region) => {
        const list = to.get(account);
        if (list)
            list.push(region);
        else
            to.set(account, [region]);
    };
    for (const r of report.regions)
        if (r.status !== 'error' && r.action !== 'failed')
            add(done, r.account, r.region);
    for (const f of report.findings)
        if (f.kind === 'region-unreachable' && f.region)
            add(refused, f.account, f.region);
    for (const record of report.accounts ?? []) {
        record.regionsDone = done.get(record.id) ?? [];
        record.regionsUnreachable = refused.get(record.id) ?? [];
    }
}


/***/ })

};

//# sourceMappingURL=237.index.js.map