/** A one-line progress counter on a terminal's stderr; silent when stderr is not a terminal. */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly enabled = Boolean(process.stderr.isTTY),
  ) {}

  update(done: number, detail: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    process.stderr.write(`\r\x1b[2K${this.label} ${done} articles (${rate.toFixed(0)}/s) ${detail}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[2K');
  }
}
