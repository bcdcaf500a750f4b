/**
 * The months' names in the languages the readers know, January first: for each month, the spellings news uses
 * (the usual one first, then those without accents, the Austrian "Jänner", the Levant's and the Maghreb's Arabic
 * names). Abbreviations are not names: each reader that takes them lists its own.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']],
  fr: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  de: [['Januar', 'Jänner'], ['Februar'], ['März', 'Maerz'], ['April'], ['Mai'], ['Juni'], ['Juli'], ['August'], ['September'], ['Oktober'], ['November'], ['Dezember']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  id: [['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november', 'nopember'], ['desember']],
  tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
  // The nominative and the genitive ("5 января").
  ru: [['январь', 'января'], ['февраль', 'февраля'], ['март', 'марта'], ['апрель', 'апреля'], ['май', 'мая'], ['июнь', 'июня'], ['июль', 'июля'], ['август', 'августа'], ['сентябрь', 'сентября'], ['октябрь', 'октября'], ['ноябрь', 'ноября'], ['декабрь', 'декабря']],
  ar: [
    ['يناير', 'كانون الثاني', 'جانفي'], ['فبراير', 'شباط', 'فيفري'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'نيسان', 'أفريل'], ['مايو', 'أيار', 'ماي'], ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية'], ['أغسطس', 'اغسطس', 'آب', 'أوت'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ],
};

const longestFirst = (words: Iterable<string>): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);

/** Every spelling of one month (1–12) in the given languages, longest first, so that an alternation of them takes a whole name. */
export function monthSpellings(month: number, languages: readonly string[]): string[] {
  return longestFirst(languages.flatMap((lang) => MONTH_NAMES[lang]?.[month - 1] ?? []));
}

/** A regex alternation of every month's names in the given languages, longest first. */
export function monthNamePattern(languages: readonly string[]): string {
  return longestFirst(languages.flatMap((lang) => (MONTH_NAMES[lang] ?? []).flat())).join('|');
}
