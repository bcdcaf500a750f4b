import type { IsoDate } from '../../model.js';
import { isoDate, isoMonth, monthNumber, MONTH_PATTERN } from './calendar.js';

/** A date read from a URL path: a day, or only a month (`/2023/11/slug`). */
export interface UrlDate {
  date: IsoDate | null;
  month: string;
  shape: string;
}

const SHAPES: ReadonlyArray<{ shape: string; pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number | null] }> = [
  // /2024/08/05/, /2024/1/1/
  { shape: 'y/m/d', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$|[?#._-])/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // /2024/aug/05/
  {
    shape: 'y/mon/d',
    pattern: new RegExp(`\\/((?:19|20)\\d\\d)\\/(${MONTH_PATTERN})\\/(\\d{1,2})(?=\\/|$|[?#._-])`, 'gi'),
    read: (m) => [Number(m[1]), monthNumber(m[2] ?? '') ?? 0, Number(m[3])],
  },
  // /2024-12-06/, /content/2023-11-06-slug
  { shape: 'y-m-d', pattern: /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // /news/2023-12/04/slug: a month folder, then the day
  { shape: 'y-m/d', pattern: /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)(?=\/|$|[?#._-])/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // day-first /17/11/2023/
  { shape: 'd/m/y', pattern: /\/(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?=\/|$|[?#._-])/g, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // a date written out in the slug: /washington-1-november-2023, /news/january-28-2024-drone-attack
  {
    shape: 'd-month-y',
    pattern: new RegExp(`(?:^|[/_-])(\\d{1,2})-(${MONTH_PATTERN})-((?:19|20)\\d\\d)(?![\\d])`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[2] ?? '') ?? 0, Number(m[1])],
  },
  {
    shape: 'month-d-y',
    pattern: new RegExp(`(?:^|[/_-])(${MONTH_PATTERN})-(\\d{1,2})(?:st|nd|rd|th)?-((?:19|20)\\d\\d)(?![\\d])`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[1] ?? '') ?? 0, Number(m[2])],
  },
  // /2023/11/slug: a month only
  { shape: 'y/m', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})\/(?!\d{1,2}(?:\/|$|[?#._-]))/g, read: (m) => [Number(m[1]), Number(m[2]), null] },
];

/** A run of digits that begins with YYYYMMDD (/20231207-slug, -202312188270) or DDMMYYYY (/13112024-amp). */
const DIGIT_RUN = /(?:^|[/_=-]|[a-z](?=\d{8}))(\d{8,12})(?!\d)/gi;

const DPA_URN = /newsml[-.:]dpa[-.:]com[-.:]20090101[-.:](\d\d)(\d\d)(\d\d)(?!\d)/gi;

function readDigitRun(run: string): [IsoDate, string] | null {
  const head = run.slice(0, 8);
  const yearFirst = isoDate(Number(head.slice(0, 4)), Number(head.slice(4, 6)), Number(head.slice(6, 8)));
  if (yearFirst) return [yearFirst, 'yyyymmdd'];
  const dayFirst = isoDate(Number(head.slice(4, 8)), Number(head.slice(2, 4)), Number(head.slice(0, 2)));
  if (dayFirst) return [dayFirst, 'ddmmyyyy'];
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  }
}

/** Every date the URL's path carries, in the order the shapes are tried (most explicit first). */
export function datesInUrl(url: string | null | undefined): UrlDate[] {
  if (!url) return [];
  let path = pathOf(url);
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path: a malformed escape cannot hide a date
  }
  const found: UrlDate[] = [];
  for (const { shape, pattern, read } of SHAPES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(path); m; m = pattern.exec(path)) {
      const [year, month, day] = read(m);
      const monthText = isoMonth(year, month);
      if (!monthText) continue;
      if (day === null) {
        found.push({ date: null, month: monthText, shape });
        continue;
      }
      const date = isoDate(year, month, day);
      if (date) found.push({ date, month: monthText, shape });
    }
  }
  // dpa's story ids ("urn-newsml-dpa-com-20090101-240806-99-123456"): the first date is the scheme's, fixed; the day is the YYMMDD after it.
  path = path.replace(DPA_URN, (_whole, yy: string, mm: string, dd: string) => {
    const date = isoDate(2000 + Number(yy), Number(mm), Number(dd));
    if (date) found.push({ date, month: date.slice(0, 7), shape: 'dpa-urn' });
    return '';
  });
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(path); m; m = DIGIT_RUN.exec(path)) {
    const read = readDigitRun(m[1] ?? '');
    if (read) found.push({ date: read[0], month: read[0].slice(0, 7), shape: read[1] });
  }
  return found;
}
