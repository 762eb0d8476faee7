/**
 * Every value that must never be printed. Entry points send all output through
 * redact(), so a token that slips into an error message from a library is still
 * hidden.
 */
export class Secrets {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    const trimmed = value?.trim();
    if (!trimmed || trimmed.length < 4) return;
    this.values.add(trimmed);
    this.values.add(encodeURIComponent(trimmed));
    this.values.add(Buffer.from(trimmed).toString('base64'));
  }

  /** Basic credentials travel base64-encoded: hide that form too. */
  addBasic(username: string, password: string): void {
    this.values.add(Buffer.from(`${username}:${password}`).toString('base64'));
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a value containing another is hidden whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(value).join('***');
    }
    return out;
  }
}
