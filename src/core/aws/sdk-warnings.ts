import type { Logger } from '../base/index.js';

/**
 * The AWS SDK writes some warnings straight to console.warn, in its own words and
 * format ("@aws-sdk - WARN - ..."), around our output. While a run lasts, they go
 * through the run's logger instead: each once, said as what to do. Returns the undo.
 */
export function routeSdkWarnings(logger: Logger): () => void {
  const original = console.warn;
  const said = new Set<string>();
  const routed = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!/@aws-sdk|@smithy/.test(text)) {
      original.apply(console, args);
      return;
    }
    const words = inOurWords(text);
    if (said.has(words)) return;
    said.add(words);
    logger.warn(words);
  };
  console.warn = routed;
  return () => {
    if (console.warn === routed) console.warn = original;
  };
}

function inOurWords(text: string): string {
  const sts = /default STS region of (\S+) used/.exec(text);
  if (sts)
    return `The AWS SDK had no region for STS and used ${sts[1]}. Name the run's regions (they set it), or set AWS_REGION.`;
  if (/Multiple credential sources detected/.test(text))
    return 'Both AWS_PROFILE and the access keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set; the AWS SDK uses the profile. Set only one.';
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean)!
    .replace(/^@aws-sdk\S*\s*(-\s*WARN\s*-\s*)?/, '')
    .replace(/^[\s:-]+/, '');
  return `The AWS SDK warned: ${first}`;
}
