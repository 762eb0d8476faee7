// The adversary suite (issue 25, point 12): names from outside that fast-check fills with
// hostile text, through both shipped bundles under Node 24. The text is any mix of line
// terminators (\n, a lone \r, \r\n, U+0085, U+2028, U+2029), workflow commands
// (`::set-output`, `::error`, `::stop-commands`, the older `##[`), ANSI CSI, OSC and C1
// escapes, Markdown and HTML, @mentions and plain text; it lands in region names (Systems
// Manager, account:ListRegions), account names, IDs and states (Organizations), a secret's
// tag (Secrets Manager) and the drift issue's number, URL and body (the Action's listing).
// Every run is held to expectSealedRun, and: no escape sequence reaches the log, and the
// Markdown (job summary, drift issue) holds the outside text only inside code spans.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_ACCESS_KEY } from '../../emulator/index.js';
import { DRIFT_LABEL, DRIFT_MARKER } from '../../src/core/report/drift-issue.js';
import { useEmulator } from '../support/emulated.js';
import { FRONTS, type Front } from '../support/front-run.js';
import {
  FEW,
  MARK,
  REPO,
  adversaryRun,
  expectMarkdownInert,
  expectSealedRun,
} from '../support/adversary.js';

const emu = useEmulator();
const GH = 'ghp_' + 'Adv3rs4ryH0st1leNam3sT0k3nQwErTyUi';
const WORKFLOW = 'ghs_' + 'Adv3rs4ryW0rkfl0wT0k3nQwErTyUiOp';
const ROLE = 'codebuild-credential-sync';
const SSM_PATH = '/aws/service/global-infrastructure/services/codebuild/regions';

/** The pieces a hostile name is made of; each that could act carries MARK. */
const PIECES = [
  '\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\v', '\f',
  `::set-output name=${MARK}::arn:aws:iam::999999999999:role/x`,
  `::error title=${MARK}::x`, `::warning file=${MARK}::x`, `::notice::${MARK}`,
  `::add-mask::${MARK}`, `::stop-commands::${MARK}`, `::debug::${MARK}`,
  `::group::${MARK}`, `::endgroup::${MARK}`, `::save-state name=${MARK}::x`,
  `::set-env name=${MARK}::x`, `::add-path::${MARK}`, `##[error]${MARK}`, `##[set-output name=${MARK};]x`,
  '\x1b[31m', '\x1b[2J', '\x1b[1A\x1b[K', `\x1b]8;;https://evil.example/${MARK}\x07link\x1b]8;;\x07`,
  `\x1b]0;${MARK}\x07`, `\x1b]52;c;${MARK}\x1b\\`, '\x9b31m', `\x9d0;${MARK}\x9c`, `\x1bP${MARK}\x1b\\`,
  `<img src=x onerror=${MARK}>`, `</td></tr></table><h1>${MARK}</h1>`, `| fake | ${MARK} |`,
  `[${MARK}](https://evil.example)`, `![${MARK}](https://evil.example/p.png)`, `\n# ${MARK}`,
  `@${MARK}-team`, `${REPO}#1${MARK}`, '`', '``', `<!-- ${MARK} -->`, `<script>${MARK}</script>`,
  'us-east-1', '210000000001', 'ACTIVE',
]; // prettier-ignore

const hostile = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ maxLength: 6 })),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

const CHANNELS = [
  'ssm region',
  'enabled region',
  'account name',
  'account id',
  'account state',
  'secret tag',
  'drift issue',
] as const;
type Channel = (typeof CHANNELS)[number];

/** Sets the emulator up so that `text` reaches the run through `channel`; the run's inputs. */
async function plant(
  channel: Channel,
  text: string,
  number: number | string,
): Promise<Record<string, string>> {
  const e = emu.get();
  e.github.addToken(GH, { scopes: ['repo', 'admin:repo_hook'] });
  const sync = { 'server-type': 'github', token: GH };
  switch (channel) {
    case 'ssm region':
      e.faults.add({
        service: 'ssm',
        operation: 'GetParametersByPath',
        kind: 'answer',
        answer: {
          Parameters: [
            { Name: `${SSM_PATH}/us-east-1`, Value: 'us-east-1', Type: 'String' },
            { Name: `${SSM_PATH}/x`, Value: text, Type: 'String' },
          ],
        },
        count: Infinity,
      });
      return { ...sync, 'aws-region': 'all' };
    case 'enabled region':
      e.faults.add({
        service: 'account',
        operation: 'ListRegions',
        kind: 'answer',
        answer: {
          Regions: [
            { RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
            { RegionName: text, RegionOptStatus: 'ENABLED' },
          ],
        },
        count: Infinity,
      });
      return { ...sync, 'aws-region': 'all' };
    case 'account name':
    case 'account id':
    case 'account state': {
      e.organizations.addAccount({ id: '210000000001', name: 'prod' });
      const odd = {
        Id: channel === 'account id' ? `21000000000${text}` : '210000000002',
        Name: channel === 'account name' ? text : 'odd',
        State: channel === 'account state' ? `ACTIVE${text}` : 'ACTIVE',
      };
      e.faults.add({
        service: 'organizations',
        operation: 'ListAccounts',
        kind: 'answer',
        answer: { Accounts: [{ Id: '210000000001', Name: 'prod', State: 'ACTIVE' }, odd] },
        count: Infinity,
      });
      return { ...sync, accounts: 'organization', 'role-name': ROLE };
    }
    case 'secret tag': {
      const arn = e.secretsmanager.add({
        name: 'codebuild/github',
        region: 'us-east-1',
        secretString: JSON.stringify({
          ServerType: 'GITHUB',
          AuthType: 'PERSONAL_ACCESS_TOKEN',
          Token: GH,
        }),
        tags: [
          { Key: 'codebuild:source', Value: '' },
          { Key: 'codebuild:source:provider', Value: text },
          { Key: 'codebuild:source:type', Value: 'personal_access_token' },
        ],
      });
      return { ...sync, 'auth-type': 'SECRETS_MANAGER', token: arn };
    }
    case 'drift issue': {
      // The Action's drift issue listing answers one of ours, every field of it hostile but,
      // at times, its number: that of an issue the repository has, which the run then updates.
      e.github.addToken(WORKFLOW, { scopes: ['repo'] });
      const made = await fetch(`${e.env.GITHUB_API_URL}/repos/${REPO}/issues`, {
        method: 'POST',
        headers: { authorization: `token ${WORKFLOW}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'drift', body: DRIFT_MARKER, labels: [DRIFT_LABEL] }),
      });
      const real = ((await made.json()) as { number: number }).number;
      e.faults.add({
        service: 'github',
        operation: `GET /repos/${REPO}/issues`,
        kind: 'answer',
        answer: [
          {
            number: typeof number === 'number' ? real : number,
            html_url: `https://github.com/${REPO}/issues/1${text}`,
            title: text,
            state: 'open',
            body: `${DRIFT_MARKER}\n${text}`,
            labels: [{ name: DRIFT_LABEL }],
          },
        ],
        count: Infinity,
      });
      // With the credential in place the check finds no drift and closes the issue; without, it updates it.
      if (typeof number === 'number' && number % 2 === 0)
        e.codebuild.seed('us-east-1', {
          serverType: 'GITHUB',
          authType: 'PERSONAL_ACCESS_TOKEN',
          token: GH,
        });
      return { ...sync, mode: 'check', 'drift-issue': 'true', 'github-token': WORKFLOW };
    }
  }
}

/** No escape sequence (ESC, or a C1 control) of the outside text reaches the log. */
function expectNoEscapes(outputs: Record<string, string>): void {
  for (const name of ['stdout', 'stderr'])
    // eslint-disable-next-line no-control-regex
    expect({ [name]: /[\x1b\x80-\x9f]/.test(outputs[name] ?? '') }).toEqual({ [name]: false });
}

function channels(front: Front): Channel[] {
  // The drift issue is the Action's (its github-token).
  return CHANNELS.filter((c) => front === 'action' || c !== 'drift issue');
}

describe.each(FRONTS)('%s bundle: hostile text in the names outside gives', (front) => {
  test('never commands the runner, never reaches a terminal or Markdown as anything but text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels(front)),
        hostile,
        fc.oneof(fc.integer({ min: -5, max: 1e6 }), hostile),
        async (channel, text, number) => {
          const e = emu.get();
          e.reset();
          const inputs = await plant(channel, text, number);
          const r = await adversaryRun(e, front, inputs);
          // The hostile answer was given (the secret's tag is read with the secret).
          if (channel !== 'secret tag')
            expect(e.requests.filter((q) => q.fault === 'answer').length).toBeGreaterThan(0);
          expectSealedRun(r, [GH, WORKFLOW, DEFAULT_ACCESS_KEY.secret]);
          expectNoEscapes(r.outputs);
          expectMarkdownInert({
            'job summary': r.outputs['job summary'] ?? '',
            'drift issue titles': r.outputs['drift issue titles'] ?? '',
            'drift issue bodies': r.outputs['drift issue bodies'] ?? '',
            'drift issue comments': r.outputs['drift issue comments'] ?? '',
          });
        },
      ),
      FEW(10),
    );
  }, 300_000);
});
