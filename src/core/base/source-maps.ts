/**
 * The shipped bundles name src/ files and lines in a stack through their source maps
 * (`sourcemap-register.cjs`, which ncc writes beside each bundle's index.js). Loading it
 * costs a few milliseconds, so a run loads it only when it is about to show a stack: V8
 * formats a stack when it is first read, with the Error.prepareStackTrace of that moment.
 */
export async function loadSourceMaps(): Promise<void> {
  const register = './sourcemap-register.cjs';
  try {
    // Resolved beside the bundle's file that runs this; webpack must leave it alone.
    await import(/* webpackIgnore: true */ register);
  } catch {
    // Not a bundle (tests, tsx): stacks already name src/ files.
  }
}
