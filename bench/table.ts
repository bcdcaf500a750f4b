/** The bench's one table, in Markdown so that it can go into the README as printed. */
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real articles beside the repository (../shared/corpus), when they are there. */
export const SHARED_CORPUS = fileURLToPath(new URL('../../../shared/corpus/articles.jsonl', import.meta.url));

export interface Row {
  what: string;
  figure: string;
  target: string;
  /** null: a figure for reference, with no target of its own. */
  met: boolean | null;
}

function cores(): string {
  try {
    return execSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

export function printTable(rows: readonly Row[], machine: { cpu: string; node: string; quick: boolean }): void {
  const lines = [
    `Machine: ${cores()} cores (nproc), ${machine.cpu}, Node ${machine.node}; one core used.${machine.quick ? ' QUICK RUN (smaller sizes).' : ''}`,
    '',
    '| what | figure | target | met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`),
  ];
  console.log(lines.join('\n'));
}
