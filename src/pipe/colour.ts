// The pipe's colours, as Atlassian's pipes show them: ✔ green, ✖ red, ⚠ yellow, headings
// bold. Only the terminal gets them: the report file and the JSON are written from the
// report, never from these lines.

import { styleText } from 'node:util';

type Colour = 'green' | 'red' | 'yellow' | 'bold';

// Whether to colour at all is colourWanted's decision, not the stream's: Bitbucket's log is
// not a terminal, yet shows colour.
const wrap = (text: string, colour: Colour) => styleText(colour, text, { validateStream: false });

/**
 * Colour is on in a terminal and in Bitbucket Pipelines (`CI` is set: the pipe's stdout is
 * not a terminal there, yet the log shows colour). NO_COLOR (https://no-color.org, any
 * value) turns it off everywhere; otherwise FORCE_COLOR turns it on anywhere (and off when
 * it is `0` or `false`), as Node and most tools read it.
 */
export function colourWanted(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return !['0', 'false'].includes(env.FORCE_COLOR.trim().toLowerCase());
  return Boolean(isTTY) || Boolean(env.CI);
}

/** The colour of one line of the pipe's output, by how it starts. */
function paintLine(line: string): string {
  if (/^\s*✔/.test(line)) return wrap(line, 'green');
  if (/^\s*✖|^Error:/.test(line)) return wrap(line, 'red');
  if (/^\s*⚠|^Warning:|^Drift \(/.test(line)) return wrap(line, 'yellow');
  // A heading: a line that is only a title and a colon, or the token's title.
  if (/^[A-Z][^:]*:$/.test(line)) return wrap(line, 'bold');
  if (line.startsWith('Token: ')) return `${wrap('Token:', 'bold')}${line.slice(6)}`;
  return line;
}

/** Colours each line of `text` (as written to stdout or stderr, newlines kept). */
export function paint(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? paintLine(line) : line))
    .join('\n');
}
