import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PACK_DIR, loadPack, PackError } from '../../src/domain/load.js';

test('the shipped pack loads with every site of the campaign', () => {
  const pack = loadPack();
  const tanf = pack.sites.find((s) => s.name === 'Al-Tanf Garrison');
  assert.equal(tanf?.country, 'SY');
  assert.ok(pack.actors.some((a) => a.name === "Kata'ib Hezbollah" && a.umbrellas.includes('Islamic Resistance in Iraq')));
});

function brokenPack(file: string, mutate: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pack-'));
  cpSync(DEFAULT_PACK_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), mutate(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

test('a malformed pack is an error naming the file and the problem', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    ['sites.yaml', (t) => t.replace('country: IQ', 'country: Iraq'), /sites\.yaml: sites\.0\.country/],
    ['actors.yaml', (t) => t + '\n  - oops: [', /actors\.yaml: not valid YAML/],
    ['cues.yaml', (t) => t.replace(/^ {2}attack:/m, '  attacks_renamed:'), /cues\.yaml: missing cue lists: attack/],
    ['pack.yaml', (t) => t.replace('defender: "United States"', 'defender: "Nobody"'), /pack\.yaml: defender Nobody/],
    ['weapons.yaml', (t) => t.replace('[air_strike, drone]', '[air_strike, glider]'), /weapons\.yaml: kin\.0\.1: unknown weapon class "glider"/],
    ['weapons.yaml', (t) => t.replace('rare: [ballistic_missile', 'rare: [hypersonic_glider'), /weapons\.yaml: rare\.0: unknown weapon class "hypersonic_glider"/],
  ];
  for (const [file, mutate, message] of cases) {
    const dir = brokenPack(file, mutate);
    try {
      assert.throws(() => loadPack(dir), (e: unknown) => e instanceof PackError && message.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  assert.throws(() => loadPack('/no/such/pack'), /no such folder/);
});
