// A word that may be a credential by its look alone: tokens are random strings, names are not.

/**
 * Whether a word mixes letters and digits the way a random string does (16 characters or
 * more, 2 digits, 4 letters), but for names such as `us-gov-west-1`.
 */
export function looksRandom(word: string): boolean {
  const digits = word.replace(/\D/g, '').length;
  const letters = word.replace(/[^a-z]/gi, '').length;
  return (
    word.length >= 16 && digits >= 2 && letters >= 4 && !/^[a-z]+(?:-[a-z]+)*-\d+$/i.test(word)
  );
}

const RUN = /[A-Za-z0-9]{16,}/g;

/**
 * The random-looking runs of letters and digits (looksRandom) in what the user wrote: the
 * names and values of the step's variables or inputs, lower case.
 */
export function typedRuns(inputs: Iterable<string | undefined>): ReadonlySet<string> {
  const runs = new Set<string>();
  for (const input of inputs)
    for (const [run] of input?.matchAll(RUN) ?? [])
      if (looksRandom(run)) runs.add(run.toLowerCase());
  return runs;
}

/**
 * `text` with every random-looking run of letters and digits that the user wrote (`typed`,
 * typedRuns: as it is, or a part of one) shown as `***`. A message about the configuration
 * (ConfigError, OptionReader.warn) quotes the input to say what is wrong with it, and a token
 * with no prefix (an old 40-hex one) pasted into an option of free text is not known as a
 * secret; what the message holds of its own (a cache file's SHA-1 name, say) is not input
 * and stays.
 */
export function withoutRandomWords(text: string, typed: ReadonlySet<string>): string {
  if (typed.size === 0) return text;
  return text.replace(RUN, (word) => {
    if (!looksRandom(word)) return word;
    const lower = word.toLowerCase();
    for (const run of typed) if (run.includes(lower) || lower.includes(run)) return '***';
    return word;
  });
}
