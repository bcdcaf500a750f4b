import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPack } from '../../src/domain/load.js';
import { extract } from '../../src/extract/extract.js';
import { article } from './helpers.js';

// Wire copy in Arabic, German, French and Spanish (Al Jazeera, dpa, AFP, EFE), as an analyst reads it.
const pack = loadPack();
const mentionsOf = (text: string, lang: string, published: string | null = '2024-01-10') => extract(article(text, published, lang), pack).mentions;

test('an Arabic name that starts with a proclitic\'s letter keeps it: "بغداد" is Baghdad, "ببغداد" in Baghdad, "لكتائب" of the Kataib', () => {
  // "A missile targeted a base in Baghdad": the place as written is the whole name.
  assert.deepEqual(mentionsOf('استهدف صاروخ قاعدة في بغداد.', 'ar').map((m) => [m.place, m.country]), [['بغداد', 'IQ']]);
  // "Two missiles fell on Baghdad International Airport on Sunday night."
  assert.deepEqual(mentionsOf('سقط صاروخان على مطار بغداد الدولي ليلة الأحد.', 'ar').map((m) => m.site), ['Victory Base / Baghdad Diplomatic Support Center']);
  // "US forces struck positions of Kataib Hezbollah in Jurf al-Sakhar": "لكتائب" is "ل" (of) and "كتائب".
  assert.deepEqual(mentionsOf('شنت القوات الجوية الأمريكية غارات على مواقع لكتائب حزب الله في جرف الصخر.', 'ar').map((m) => [m.kind, m.target]), [['strike', "Kata'ib Hezbollah"]]);
  // "للحشد" is "ل" joined to "الحشد": the Popular Mobilization Forces.
  assert.deepEqual(mentionsOf('شنت القوات الجوية الأمريكية غارات على مقرات للحشد الشعبي في جرف الصخر.', 'ar').map((m) => m.target), ['Popular Mobilization Forces']);
});
