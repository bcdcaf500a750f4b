/** Full ingest (read → extract → store → fuse) of a JSONL file into a fresh SQLite file, with memory sampled. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainPack } from '../src/domain/pack.js';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/open.js';
import { RssSampler, timed } from './measure.js';

export interface IngestFigure {
  read: number;
  summary: IngestSummary;
  seconds: number;
  perSecond: number;
  /** Peak resident set in each tenth of the input. */
  rssByTenth: number[];
}

export async function benchIngest(jsonl: string, lines: number, pack: DomainPack): Promise<IngestFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    let read = 0;
    const sampler = new RssSampler(() => read);
    const { value: summary, seconds } = await timed(() =>
      ingest([jsonl], store, pack, {
        onProgress: (s) => {
          read = s.read;
        },
      }),
    );
    sampler.stop();
    await store.close();
    return { read: summary.read, summary, seconds, perSecond: summary.read / seconds, rssByTenth: sampler.byTenth(lines) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
