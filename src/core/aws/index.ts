// The aws/ folder's face: what other folders may import from it (scripts/imports.ts).
// Modules loaded only when a run needs them are reached through a load…() function, so that
// importing this index does not load them.
export {
  accountOfArn,
  ambientCredentials,
  assumeRole,
  callerIdentityProblem,
  checkAmbientCredentials,
  regionOfArn,
  roleAssumer,
  whyUnassumable,
} from './accounts.js';
export type { AwsAccount, AwsCredentials, RoleAssumer } from './accounts.js';
export { ROLE_ARN } from './arn.js';
export {
  AwsCallError,
  awsRequestHandler,
  codeBuildClients,
  describeAwsError,
  identifier,
  sendOptions,
} from './codebuild.js';
export type { CodeBuildClients, CodeBuildRegion, StoredCredential } from './codebuild.js';
export { awsCredentialProblems, awsCredentialsHelp, prepareAwsCredentials } from './credentials.js';
export type { WebIdentity } from './credentials.js';
export {
  REGION_SHAPE,
  accountState,
  checkedNames,
  checkedRegionNames,
  isAccountId,
  isRegionName,
} from './found.js';
export type { AccountState } from './found.js';
export type { BoundedHttpHandler } from './http.js';
export type { RegionInspection } from './projects.js';
export { routeSdkWarnings } from './sdk-warnings.js';
export const loadConnections = () => import('./connections.js');
export const loadProjects = () => import('./projects.js');
export const loadSecretsManager = () => import('./secrets-manager.js');
