// The Markdown sink (the job summary, the drift issue): sealed outside text (outside.ts) set
// in code spans, and nothing from outside turned into HTML, an image, a mention or a
// reference. Its own module, apart from the plain sink: the pipe never writes Markdown,
// and the Action's entry, which starts with a plain sink, does not parse it.
import { breakCommands, clean } from './outside.js';

/**
 * Our own HTML, the only HTML a Markdown sink lets through: a few tags without attributes
 * (folding, small print, code) and a short comment (the drift issue's marker). Nothing in
 * them loads, runs or links.
 */
const OWN_HTML = /<\/?(?:details|summary|sub|code)>|<!-- [a-z0-9:-]{1,64} -->/y;
/**
 * A line on which an HTML block may start (CommonMark 4.6), also inside a list item or a
 * quote: in one, Markdown is not read, so code spans do not hold.
 */
const HTML_BLOCK_START = /<\/?(?:details|summary)>|<!--|^[\s>*+\-\d.)]*<\/?(?:sub|code)>\s*$/;
/**
 * Entities that stand for a character that can start nothing (HTML, a mention, a
 * reference, a link, a code span): what this sink writes itself. Any other entity's `&`
 * is escaped, so `&#64;octocat` stays text.
 */
const SAFE_ENTITY = /&(?:lt|gt|amp|quot|#(?:33|42|60|62|91|92|93|95|96|124|126));/y;
/** An entity or character reference (CommonMark 6.2), whatever it stands for. */
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/**
 * What GitHub turns into a notification or a link to another item: an `@` mention (of a
 * user or a team) and an issue reference (`#12`, `owner/repo#12` by its `#12`, `GH-12`).
 * Set in `<code>`, which GitHub's mention and reference filters skip; an escape
 * (`\@`, `&#64;`) does not stop them, since they read the rendered text.
 */
const TRIGGER = /@[A-Za-z0-9][A-Za-z0-9_-]*(?:\/[A-Za-z0-9_.-]+)?|#\d+|GH-\d+/giy;
/** The characters `inCode` writes as entities: all that Markdown reads inside inline HTML. */
const CODE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '|': '&#124;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '!': '&#33;',
};

/** Outside text as `<code>`, for a line in an HTML block: every character Markdown or HTML reads is an entity. */
function inCode(text: string): string {
  if (text === '') return '';
  return `<code>${text.replace(/[&<>`[\]\\|*_~!]/g, (c) => CODE_ESCAPES[c]!)}</code>`;
}

/** Whether an odd number of backslashes stands right before `at`: the character there is escaped. */
function escapedAt(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

/**
 * What a line is written to: its pieces, and what its end holds, read without joining
 * them (joining at each look would make a long line quadratic).
 */
class Written {
  private readonly parts: string[] = [];
  /** The last characters written, at most 8. */
  private tail = '';
  /** How many backslashes end what is written. */
  private slashes = 0;

  add(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.tail = (text.length >= 8 ? text : this.tail + text).slice(-8);
    let n = 0;
    while (n < text.length && text.charCodeAt(text.length - 1 - n) === 92) n++;
    this.slashes = n === text.length ? this.slashes + n : n;
  }

  endsWith(text: string): boolean {
    return this.tail.endsWith(text);
  }

  /** Whether the next character would be escaped: an odd number of backslashes ends it. */
  get escaping(): boolean {
    return this.slashes % 2 === 1;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Text of ours, or from outside without a seal, where Markdown or HTML is read (not in
 * a code span): no HTML but ours (`<` as `&lt;`), no entity but the safe ones (`&` as
 * `&amp;`), no image, every mention and reference in `<code>`. Entities, not backslashes:
 * they hold in an HTML block too. Written to `out`.
 */
function inert(text: string, out: Written): void {
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '<' || c === '&') {
      const own = c === '<' ? OWN_HTML : SAFE_ENTITY;
      own.lastIndex = i;
      const m = own.exec(text);
      if (m) {
        out.add(m[0]);
        i += m[0].length;
        continue;
      }
      ENTITY.lastIndex = i;
      if (c === '<' || ENTITY.test(text)) {
        // An entity, not a backslash: it holds in an HTML block too, and no autolink takes it.
        out.add(c === '<' ? '&lt;' : '&amp;');
        i++;
        continue;
      }
    } else if (c === '@' || c === '#' || c === 'G' || c === 'g') {
      TRIGGER.lastIndex = i;
      const m = TRIGGER.exec(text);
      const end = i + (m?.[0].length ?? 0);
      // Already in a `<code>` of its own (a second pass): as it is.
      if (m && !(out.endsWith('<code>') && text.startsWith('</code>', end))) {
        // `<code>` after a backslash would be text, and the mention live.
        out.add(`${out.escaping ? ' ' : ''}<code>${m[0]}</code>`);
        i += m[0].length;
        continue;
      }
    } else if (c === '!' && text[i + 1] === '[') {
      // No image: an entity cannot open a link, in Markdown or in an HTML block.
      out.add('!&#91;');
      i += 2;
      continue;
    }
    out.add(c);
    i++;
  }
}

/** A run of backticks in our text: where, how long, and in which table cell. */
interface Run {
  start: number;
  length: number;
  cell: number;
}

/**
 * The code spans of a line of our text (CommonMark 6.1), with each piece of sealed text
 * standing as one placeholder: each run of backticks is paired with the next run of the
 * same length in its table cell, as a renderer pairs them. A run with no partner, or
 * escaped by a backslash, is returned as loose: the caller writes it as ˋ, so that no
 * backtick of ours, paired or not, can pair with another than the one found here.
 */
function codeSpans(line: string): { spans: Array<[number, number]>; loose: Run[] } {
  const runs: Run[] = [];
  let cell = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // GitHub splits a table row at every `|` not after a backslash, before it reads code spans.
    if (c === 124 && line.charCodeAt(i - 1) !== 92) cell++;
    else if (c === 96) {
      const start = i;
      while (line.charCodeAt(i + 1) === 96) i++;
      runs.push({ start, length: i - start + 1, cell });
    }
  }
  // The next run of the same length in the same cell, found from the right: linear.
  const next = new Array<number>(runs.length).fill(-1);
  const seen = new Map<string, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const key = `${runs[k]!.cell}:${runs[k]!.length}`;
    next[k] = seen.get(key) ?? -1;
    seen.set(key, k);
  }
  const spans: Array<[number, number]> = [];
  const loose: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const partner = next[k]!;
    if (partner < 0 || escapedAt(line, run.start)) {
      loose.push(run);
      continue;
    }
    const close = runs[partner]!;
    spans.push([run.start, close.start + close.length]);
    k = partner; // the runs between are inside the span
  }
  return { spans, loose };
}

/** A sealed piece of a line: one placeholder in the line's own text. */
const PLACE = '\uE000';

/** `text` with every `|` not after a backslash escaped: in a table cell, it cannot end the cell. */
function pipesEscaped(text: string): string {
  return text.replace(/(^|[^\\])\|/g, '$1\\|').replace(/(^|[^\\])\|/g, '$1\\|');
}

/**
 * One line for a Markdown sink. Outside a code span, our text passes `inert` and each
 * piece of sealed text is set in a code span of its own (`codeSpan`), spaced from any
 * backtick or backslash beside it; inside a code span of ours it is inert already (its
 * backticks become ˋ). In an HTML block (`html`) no code span holds: sealed text is set
 * in `<code>` with entities (`inCode`), and all our text passes `inert`.
 */
function markdownLine(line: string, html: boolean): string {
  const sealed: string[] = [];
  const text = line
    // A seal left open ends where the next one opens, or at the end of the line.
    .replace(/\uE000([^\uE000\uE001]*)(?:\uE001|(?=\uE000)|$)/g, (_, inner: string) => {
      sealed.push(inner);
      return PLACE;
    })
    .replace(/\uE001/g, '');
  // Where each placeholder is, found once: the pieces are written left to right, so one
  // pointer walks them (a search from each span would be quadratic in a line of spans).
  const places: number[] = [];
  for (let p = text.indexOf(PLACE); p >= 0; p = text.indexOf(PLACE, p + 1)) places.push(p);
  let piece = 0;
  const next = () => pipesEscaped(sealed[piece++] ?? '');
  /** The next placeholder before `to`, or -1. */
  const placeBefore = (to: number) =>
    piece < places.length && places[piece]! < to ? places[piece]! : -1;
  const out = new Written();
  /** Our text outside code spans, from `from` to `to`, each placeholder its sealed text. */
  const write = (source: string, from: number, to: number) => {
    let at = from;
    for (let p = placeBefore(to); p >= 0; p = placeBefore(to)) {
      inert(source.slice(at, p), out);
      if (html) {
        const code = inCode(next());
        out.add(`${code && out.escaping ? ' ' : ''}${code}`);
      } else {
        const span = codeSpan(next());
        // Spaced from a backtick or backslash beside it, which would join or escape its fence.
        if (span && (out.endsWith('`') || out.escaping)) out.add(' ');
        out.add(span);
      }
      at = p + 1;
    }
    inert(source.slice(at, to), out);
  };
  if (html) {
    write(text, 0, text.length);
    return out.toString();
  }
  const { spans, loose } = codeSpans(text);
  // Loose backticks become ˋ, one for one: the positions found stay right.
  const units = text.split('');
  for (const run of loose) for (let i = 0; i < run.length; i++) units[run.start + i] = '\u02cb';
  const source = loose.length ? units.join('') : text;
  let at = 0;
  for (const [start, end] of spans) {
    write(source, at, start);
    // Spaced from a fence or backslash before it, as a sealed span is.
    if (out.endsWith('`') || out.escaping) out.add(' ');
    // Inside a code span of ours: as it is, each sealed piece inert (no backtick, no `|`).
    let from = start;
    for (let p = placeBefore(end); p >= 0; p = placeBefore(end)) {
      out.add(source.slice(from, p) + next().replace(/`/g, '\u02cb'));
      from = p + 1;
    }
    out.add(source.slice(from, end));
    at = end;
  }
  write(source, at, source.length);
  return out.toString();
}

/**
 * A Markdown sink's last step (the job summary, the drift issue's body and comments):
 * `clean`, then each line by `markdownLine`, so that nothing from outside, sealed or
 * not, adds HTML, an image, an `@` mention or an issue reference: sealed text is set in
 * code spans, and outside a code span only our own HTML, safe entities and mentions in
 * `<code>` remain. Lines in what may be an HTML block (from a line with one of our block
 * tags to a blank line) are written for HTML. A second pass changes nothing that matters.
 */
export function forMarkdown(markdown: string): string {
  let html = false;
  return clean(markdown)
    .split('\n')
    .map((line) => {
      if (/^[ \t]*$/.test(line)) {
        html = false;
        return line;
      }
      if (!html && HTML_BLOCK_START.test(line.replace(/[\uE000\uE001]/g, ''))) html = true;
      return breakCommands(markdownLine(line, html));
    })
    .join('\n');
}

/** `text` as a Markdown code span: a fence of backticks longer than any run inside it. */
export function codeSpan(text: string): string {
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or a space) needs a space inside the fence.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
