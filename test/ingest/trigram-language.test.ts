import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { closestLanguage } from '../../src/ingest/trigram-language.js';
import { CORPUS, corpusAvailable } from '../shared-corpus.js';

const MIN_LENGTH = 20;

function assertSameAsFranc(texts: Iterable<string>): number {
  let compared = 0;
  for (const text of texts) {
    assert.equal(closestLanguage(text, MIN_LENGTH), franc(text, { minLength: MIN_LENGTH }), `text: ${JSON.stringify(text.slice(0, 120))}`);
    compared++;
  }
  return compared;
}

/** Windows of a text at several offsets and lengths, short ones included, where ties and near-ties are likeliest. */
function* windowsOf(text: string): Generator<string> {
  for (const length of [15, 20, 24, 40, 80, 200, 500, 3000]) {
    for (let start = 0; start < text.length; start += Math.max(length, 331)) yield text.slice(start, start + length);
  }
}

test('the same language as franc-min for texts in many languages and scripts', () => {
  const samples = [
    'Les forces de la coalition ont abattu deux drones qui visaient la base aérienne, selon un communiqué publié mardi soir.',
    'Die Koalitionstruppen haben nach eigenen Angaben zwei Drohnen abgeschossen, die auf den Stützpunkt zuflogen.',
    'Las fuerzas de la coalición derribaron dos drones que se dirigían a la base aérea, según un comunicado.',
    'Силы коалиции сбили два беспилотника, которые летели к авиабазе, говорится в заявлении.',
    'أسقطت قوات التحالف طائرتين مسيرتين كانتا تستهدفان القاعدة الجوية بحسب بيان صدر مساء الثلاثاء',
    'गठबंधन बलों ने हवाई अड्डे की ओर जा रहे दो ड्रोन मार गिराए, एक बयान में कहा गया।',
    '联军击落了两架飞向空军基地的无人机，声明说。',
    '連合軍は空軍基地に向かっていた無人機二機を撃墜したと発表した。',
    'Οι δυνάμεις του συνασπισμού κατέρριψαν δύο μη επανδρωμένα αεροσκάφη.',
    'Koalisyon güçleri hava üssünü hedef alan iki insansız hava aracını düşürdü.',
    '12345 67890 12345 67890 12345',
    '!!!! ???? .... ---- ,,,, ;;;; ::::',
    'A drone. Un drone. Ein Drohne. Un dron. Беспилотник. طائرة مسيرة',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    '',
    'short',
  ];
  const texts = samples.flatMap((s) => [s, ...windowsOf(s.repeat(3))]);
  assert.ok(assertSameAsFranc(texts) > 100);
});

test('the same language as franc-min for text spelled from every model of franc-min', () => {
  // Each language's own trigrams, and pairs of languages interleaved: texts that sit close to
  // several models at once, where a wrong score would change the winner.
  const models = Object.values(data).flatMap((languages) => Object.values(languages).map((model) => model.split('|')));
  const texts: string[] = [];
  models.forEach((trigrams, i) => {
    texts.push(trigrams.join(''), trigrams.slice(0, 40).join(' '), trigrams.slice(100).join(''));
    const other = models[(i * 7 + 3) % models.length]!;
    texts.push(trigrams.slice(0, 60).map((t, k) => t + ' ' + (other[k] ?? '')).join(' '));
  });
  assert.ok(assertSameAsFranc(texts.flatMap((text) => [text, ...windowsOf(text)])) >= models.length * 4);
});

test('the same language as franc-min for every window of the real articles', { skip: !corpusAvailable && 'shared corpus not found' }, async () => {
  let compared = 0;
  for await (const line of createInterface({ input: createReadStream(`${CORPUS}/articles.jsonl`) })) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    compared += assertSameAsFranc(windowsOf(text));
  }
  assert.ok(compared > 1000);
});

test("franc-min's Latin script shares no character with its other scripts", async () => {
  // closestLanguage settles on Latin when more than half of a text is Latin: sound only while this holds.
  const { expressions } = await import('franc-min/expressions.js');
  const latin = new RegExp(expressions['Latin']!.source);
  const others = Object.entries(expressions)
    .filter(([name]) => name !== 'Latin')
    .map(([name, expression]) => [name, new RegExp(expression.source)] as const);
  let latinCharacters = 0;
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (!latin.test(character)) continue;
    latinCharacters++;
    for (const [name, expression] of others) assert.ok(!expression.test(character), `U+${code.toString(16)} is Latin and ${name}`);
  }
  assert.ok(latinCharacters > 1000);
});
