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

/**
 * `text` with every random-looking run of letters and digits (looksRandom) shown as `***`.
 * What a refusal quotes of the user's input goes through it (ConfigError): a token with no
 * prefix (an old 40-hex one, an app password) pasted into an option of free text is not
 * known as a secret, and the value refused is quoted to say what is wrong with it. No name,
 * path, ARN or number a configuration holds has such a run; a token has one.
 */
export function withoutRandomWords(text: string): string {
  return text.replace(/[A-Za-z0-9]{16,}/g, (word) => (looksRandom(word) ? '***' : word));
}
