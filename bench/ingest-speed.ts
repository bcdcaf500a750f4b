/** Full ingest (read → extract → store → fuse) of a JSONL file into a fresh SQLite file, with memory sampled. */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { loadPack } from '../src/domain/load.js';
import type { DomainPack } from '../src/domain/pack.js';
import { fuse } from '../src/fuse/index.js';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { groupsOf } from '../test/pipeline/grow-store.js';
import { MB, maxRss, RssSampler, timed } from './measure.js';

export interface IngestFigure {
  read: number;
  summary: IngestSummary;
  seconds: number;
  perSecond: number;
  /** Peak resident set in each tenth of the input. */
  rssByTenth: number[];
  /** Peak V8 heap in use in each tenth of the input. */
  heapByTenth: number[];
  /** V8 heap live after a full collection at the end of each tenth (zero without --expose-gc). */
  liveByTenth: number[];
  /** maxRSS of the process when the ingest ended. */
  peakRss: number;
  /** With `stream`: how many stored events one fusion of every stored mention gives alike (same mentions, same id). */
  alike?: { events: number; same: number };
}

async function alikeWithOneFusion(store: Store, pack: DomainPack): Promise<{ events: number; same: number }> {
  const stored = groupsOf(await store.queryEvents());
  const once = new Set(groupsOf(fuse(await store.mentionsForFusion(), pack).events));
  return { events: stored.length, same: stored.filter((e) => once.has(e)).length };
}

/**
 * `stream`: the run whose memory is judged: the heap live after each tenth is measured (a full collection forced
 * ten times, which the rate then includes), and the stored events are compared with one fusion of all mentions.
 */
export async function benchIngest(jsonl: string, lines: number, pack: DomainPack, stream = false): Promise<IngestFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    let read = 0;
    const sampler = new RssSampler(() => read);
    const { value: summary, seconds } = await timed(() =>
      ingest([jsonl], store, pack, {
        onProgress: (s) => {
          read = s.read;
          if (stream) sampler.settle(read, lines);
        },
      }),
    );
    if (stream) sampler.settle(lines, lines);
    sampler.stop();
    const peakRss = maxRss();
    const alike = stream ? await alikeWithOneFusion(store, pack) : undefined;
    await store.close();
    return {
      read: summary.read,
      summary,
      seconds,
      perSecond: summary.read / seconds,
      rssByTenth: sampler.byTenth(lines),
      heapByTenth: sampler.byTenth(lines, 'heap'),
      liveByTenth: sampler.liveByTenth,
      peakRss,
      ...(alike && { alike }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Standalone, for profiling one ingest (`node --cpu-prof dist/bench/ingest-speed.js FILE.jsonl`):
 * prints the rate and the resident set and heap by tenth of the input.
 */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path = '/tmp/sitrep-bench.jsonl'] = process.argv.slice(2);
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) if (line.trim()) lines++;
  const figure = await benchIngest(path, lines, loadPack());
  console.log(`${figure.read} articles in ${figure.seconds.toFixed(1)} s = ${Math.round(figure.perSecond)} articles/s; ${figure.summary.events} events`);
  console.log(`RSS by tenth (MB): ${figure.rssByTenth.map((rss) => Math.round(rss / MB)).join(' ')}`);
  console.log(`heap by tenth (MB): ${figure.heapByTenth.map((heap) => Math.round(heap / MB)).join(' ')}`);
}
