export const VERSION = '1.0.0';
export const USER_AGENT = `codebuild-credential-sync/${VERSION}`;
