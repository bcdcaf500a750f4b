/** Small measuring tools for the bench: timing, percentiles, memory. */
import { performance } from 'node:perf_hooks';

export const MB = 1024 * 1024;

export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The process's peak resident set so far, in bytes (resourceUsage reports KiB). */
export function maxRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Samples the resident set every `everyMs` while work runs; `progress()` labels each sample. */
export class RssSampler {
  readonly samples: { at: number; rss: number; heap: number }[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(progress: () => number, everyMs = 500) {
    this.timer = setInterval(() => {
      const usage = process.memoryUsage();
      this.samples.push({ at: progress(), rss: usage.rss, heap: usage.heapUsed });
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * The heap still live after a full collection, when each tenth of the run is done (`settle` is called as
   * progress crosses each tenth): what stays held, whatever garbage a lazy collector leaves between
   * collections. Zero where no collection could be forced (node without --expose-gc).
   */
  readonly liveByTenth = Array.from({ length: 10 }, () => 0);

  settle(done: number, total: number): void {
    const collect = (globalThis as { gc?: () => void }).gc;
    const tenth = Math.min(10, Math.floor((done / Math.max(1, total)) * 10));
    if (collect === undefined || tenth === 0 || this.liveByTenth[tenth - 1] !== 0) return;
    collect();
    this.liveByTenth[tenth - 1] = process.memoryUsage().heapUsed;
  }

  /** The highest resident set (or heap in use) seen in each tenth of the run, by progress. */
  byTenth(total: number, measure: 'rss' | 'heap' = 'rss'): number[] {
    const peaks = Array.from({ length: 10 }, () => 0);
    for (const s of this.samples) {
      const tenth = Math.min(9, Math.floor((s.at / Math.max(1, total)) * 10));
      peaks[tenth] = Math.max(peaks[tenth]!, s[measure]);
    }
    return peaks;
  }
}
