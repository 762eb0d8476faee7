// The report file for later steps, written as the run goes: each target's row once it is
// final, the rest once the run is over.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { forPlain, errorMessage } from '../base/index.js';
import { renderJson, type RegionReport, type Report } from './report.js';
import { HIDDEN, type Secrets } from '../trust/index.js';

/** Rows redacted and written together: a few dozen, so a fleet's rows never wait in memory. */
const BATCH_CHARS = 32 * 1024;

/** Where the top-level `regions` array is in renderJson's text (nested keys are indented further). */
const REGIONS_KEY = '\n  "regions": [';

/** What renderJson makes of a row inside the report's `regions`: its lines indented two levels. */
function rowText(row: RegionReport): string {
  return forPlain(JSON.stringify(row, null, 2).replace(/^/gm, '    '));
}

/**
 * A text in parts of whole lines, each at least BATCH_CHARS long but when the whole is
 * shorter, for the redaction: the report's own fields (a fleet's `accounts` are megabytes)
 * are read a part at a time, never as one text. (No part is short: a quote spans two at most.)
 */
function inLines(text: string): string[] {
  const parts: string[] = [];
  for (let from = 0; from < text.length;) {
    const end = text.length - from < 2 * BATCH_CHARS ? -1 : text.indexOf('\n', from + BATCH_CHARS);
    const to = end < 0 ? text.length : end + 1;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts;
}

/** A file of our own beside the path: mode 0600, created exclusively and never through a link. */
function openOwn(dir: string, suffix: string): { fd: number; path: string } {
  // A short name of its own, so that any name the path may have also fits here.
  const path = join(dir, `.report-${randomBytes(6).toString('hex')}${suffix}`);
  const fd = openSync(
    path,
    constants.O_RDWR |
      constants.O_CREAT |
      constants.O_EXCL |
      constants.O_NOFOLLOW |
      constants.O_NONBLOCK,
    0o600,
  );
  return { fd, path };
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

function removeQuietly(path: string | undefined): void {
  if (!path) return;
  try {
    unlinkSync(path);
  } catch {
    // not there (already removed, or never created)
  }
}

/**
 * The JSON report for later steps, redacted like every other output, written as the run
 * goes so that a fleet's rows are never all rendered at once: each row, once final, is
 * rendered, redacted (a few dozen at a time, `Secrets.inParts`) and appended to a file of
 * its own beside the path (the rows file, removed from the folder as soon as it is open
 * where the system allows). When the run is over, the report is written to a new file
 * beside the path (its fields as renderJson orders them, the rows copied from the rows
 * file), which is then renamed over the path. The text is the one `redact(renderJson(report))`
 * makes. A reader sees the old report or the new one, never half of one, and a run killed
 * on the way leaves nothing at the path; a symlink at the path is replaced, not followed.
 */
export class ReportFile {
  /**
   * Told where the rows written so far are, after each batch (and `fd` -1 once the rows file
   * is closed): the watchdog (run/watchdog.ts) copies them into its minimal report.
   */
  onRows?: (at: { fd: number; dev: number; ino: number; bytes: number }) => void;
  private problem: string | undefined;
  private dir: string;
  private rows: { fd: number; path?: string; dev: number; ino: number } | undefined;
  /** Rows rendered, not yet redacted and written (the last of them kept back: the next says it needs a comma). */
  private pending: string[] = [];
  private pendingChars = 0;
  private written = 0;
  private bytes = 0;
  private readonly redaction: ReturnType<Secrets['inParts']>;
  /** The first part written: read again with the head of the report, which goes before it. */
  private first: string | undefined;
  /** The last part written: read again with the report's end, which goes after it. */
  private last = '';
  /** The redaction's values when the first part was written: rows redacted before one was added are redacted again. */
  private generation: number | undefined;

  constructor(
    readonly path: string,
    private readonly secrets: Secrets,
  ) {
    this.dir = dirname(resolve(path));
    this.redaction = secrets.inParts();
  }

  /** A target's row, once final, in the report's order. */
  row(row: RegionReport): void {
    if (this.problem !== undefined) return;
    try {
      this.rows ??= this.openRows();
      this.generation ??= this.secrets.generation;
      const text = rowText(this.secrets.redactAll(row));
      this.pending.push(text);
      this.pendingChars += text.length;
      if (this.pendingChars >= BATCH_CHARS) this.flush(false);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * The report, whole, renamed over the path: its rows copied from the rows file when they
   * are the report's and nothing was added to the redaction since they were written, else
   * rendered again from the report, a few dozen at a time. Returns why it could not be
   * written, if it could not.
   */
  finish(report: Report): string | undefined {
    let temp: { fd: number; path: string } | undefined;
    try {
      if (this.problem !== undefined) return this.problem;
      if (this.pending.length) this.flush(true);
      if (this.problem !== undefined) return this.problem;
      // Rows that are not the report's (a run stopped on a bug), or redacted before a value
      // was added (a password found in a project's source): the report's own, again.
      const copied =
        this.rows !== undefined &&
        this.written === report.regions.length &&
        this.generation === this.secrets.generation;
      if (!copied) this.closeRows();
      mkdirSync(this.dir, { recursive: true });
      temp = openOwn(this.dir, '.tmp');
      const whole = renderJson({ ...report, regions: [] });
      const at = whole.indexOf(`${REGIONS_KEY}]`);
      if (report.regions.length === 0 || at < 0) {
        const redaction = this.secrets.inParts();
        const shown = inLines(`${renderJson(report)}\n`).map((text) => redaction.part(text));
        writeAll(temp.fd, redaction.spoiled ? `${HIDDEN}\n` : shown.join(''));
      } else {
        const head = `${whole.slice(0, at + REGIONS_KEY.length)}\n`;
        const tail = `  ]${whole.slice(at + REGIONS_KEY.length + 1)}\n`;
        if (copied) this.assemble(temp.fd, head, tail);
        else this.render(temp.fd, head, report.regions, tail);
      }
      fsyncSync(temp.fd);
      closeSync(temp.fd);
      temp.fd = -1;
      renameSync(temp.path, this.path);
      temp = undefined;
      return undefined;
    } catch (error) {
      this.fail(error);
      return this.problem;
    } finally {
      if (temp) {
        if (temp.fd >= 0) closeSync(temp.fd);
        removeQuietly(temp.path);
      }
      this.closeRows();
    }
  }

  /** Whatever the run ended with: no rows file is left behind (a no-op once finished). */
  abandon(): void {
    this.closeRows();
  }

  /** The head, the rows file's text and the tail into `fd`, the head and tail read with the rows next to them. */
  private assemble(fd: number, head: string, tail: string): void {
    const before = this.secrets.inParts();
    const shownHead = inLines(head).map((text) => before.part(text));
    before.part(this.first!);
    const after = this.secrets.inParts();
    after.part(this.last);
    const shownTail = inLines(tail).map((text) => after.part(text));
    // As a whole text that quotes a secret across lines: hidden whole.
    if (this.redaction.spoiled || before.spoiled || after.spoiled)
      return writeAll(fd, `${HIDDEN}\n`);
    for (const text of shownHead) writeAll(fd, text);
    this.copyRows(this.rows!.fd, (text) => writeAll(fd, text));
    for (const text of shownTail) writeAll(fd, text);
  }

  /** The head, each row rendered and redacted a few dozen at a time, and the tail, into `fd`. */
  private render(fd: number, head: string, rows: readonly RegionReport[], tail: string): void {
    const redaction = this.secrets.inParts();
    for (const text of inLines(head)) writeAll(fd, redaction.part(text));
    let batch: string[] = [];
    let chars = 0;
    rows.forEach((row, i) => {
      const text = rowText(this.secrets.redactAll(row));
      batch.push(text);
      chars += text.length;
      const end = i === rows.length - 1;
      if (chars < BATCH_CHARS && !end) return;
      writeAll(fd, redaction.part(`${batch.join(',\n')}${end ? '' : ','}\n`));
      batch = [];
      chars = 0;
    });
    for (const text of inLines(tail)) writeAll(fd, redaction.part(text));
    if (redaction.spoiled) {
      ftruncateSync(fd, 0);
      writeSync(fd, `${HIDDEN}\n`, 0);
    }
  }

  /** The rows file's text, in parts of whole lines. */
  private copyRows(fd: number, each: (text: string) => void): void {
    const buffer = Buffer.alloc(256 * 1024);
    let carry = Buffer.alloc(0);
    for (let position = 0; position < this.bytes;) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) throw new Error('the rows file ended early');
      position += n;
      const chunk = Buffer.concat([carry, buffer.subarray(0, n)]);
      const end = position < this.bytes ? chunk.lastIndexOf(10) + 1 : chunk.length;
      if (end > 0) each(chunk.subarray(0, end).toString('utf8'));
      carry = Buffer.from(chunk.subarray(end));
    }
    if (carry.length) each(carry.toString('utf8'));
  }

  /** The rows waiting, redacted as one part and appended; the last kept back unless `all`. */
  private flush(all: boolean): void {
    const keep = all ? undefined : this.pending.pop();
    if (this.pending.length) {
      const text = `${this.pending.join(',\n')}${keep !== undefined ? ',' : ''}\n`;
      const shown = this.redaction.part(text);
      writeAll(this.rows!.fd, shown);
      this.bytes += Buffer.byteLength(shown);
      this.first ??= shown;
      this.last = shown;
      this.written += this.pending.length;
      const { fd, dev, ino } = this.rows!;
      this.onRows?.({ fd, dev, ino, bytes: this.bytes });
    }
    this.pending = keep !== undefined ? [keep] : [];
    this.pendingChars = keep?.length ?? 0;
  }

  private openRows(): { fd: number; path?: string; dev: number; ino: number } {
    mkdirSync(this.dir, { recursive: true });
    const own = openOwn(this.dir, '.rows.tmp');
    const { dev, ino } = fstatSync(own.fd);
    const rows: { fd: number; path?: string; dev: number; ino: number } = { ...own, dev, ino };
    try {
      // Read and written through its descriptor only: out of the folder at once where the
      // system allows (not Windows), so that even a killed run leaves nothing behind.
      unlinkSync(rows.path!);
      rows.path = undefined;
    } catch {
      // removed when the report is written
    }
    return rows;
  }

  private closeRows(): void {
    if (!this.rows) return;
    this.onRows?.({ fd: -1, dev: 0, ino: 0, bytes: 0 });
    try {
      closeSync(this.rows.fd);
    } catch {
      // already closed
    }
    removeQuietly(this.rows.path);
    this.rows = undefined;
    this.bytes = 0;
    this.first = undefined;
    this.last = '';
    this.generation = undefined;
  }

  private fail(error: unknown): void {
    this.problem ??= `Could not write the report file ${this.path}: ${errorMessage(error)}`;
    this.pending = [];
    this.closeRows();
  }
}

/** The report file of a run, when one is asked for: rows are written to it as the run goes. */
export function openReportFile(path: string | undefined, secrets: Secrets): ReportFile | undefined {
  return path ? new ReportFile(path, secrets) : undefined;
}

/**
 * Writes the report file when one is asked for. A file that cannot be written fails the
 * run, after saying what the run did: its problem is returned, not thrown.
 */
export function tryWriteReport(
  file: ReportFile | undefined,
  report: Report,
  say: (line: string) => void,
): string | undefined {
  if (!file) return undefined;
  const problem = file.finish(report);
  if (problem === undefined) say(`Report written to ${file.path}`);
  return problem;
}
