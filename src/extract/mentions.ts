import type { Article, Attribution, DatePrecision, IsoDate, Mention, MentionField, Outcome, Span, EventKind } from '../model.js';
import type { Site } from '../domain/pack.js';
import type { CompiledPack } from './lexicon.js';
import type { TermHit } from './terms.js';
import { opensWithDayHeading, type Sentence } from './sentences.js';
import { AT_LEAST_WORDS, DEMONSTRATIVE_BEFORE, HEADLINE, MORE_THAN_WORDS } from './tallies.js';
import { addDays, dayLabel, findDates, labelledDay, LATIN_PERIOD_WORDS, latestFullDate, monthEnd, monthLabel, namesDay, PERIOD_WORDS, type DateMention, type YearAnchor } from './dates.js';
import { findNumbers } from './numbers.js';
import { monthNamePattern } from '../language/month-names.js';

/** Everything the lexicon finds in one sentence. */
interface Reading {
  /** The clause read: a whole sentence, or the part of it before or after a background connector. */
  sentence: Clause;
  /** The whole sentence, quoted as the mention's support. */
  quote: Span;
  /** A clause about an earlier incident ("in response to a drone attack in Jordan"): it keeps no date but its own. */
  background: boolean;
  sites: TermHit[];
  towns: TermHit[];
  regions: TermHit[];
  countries: TermHit[];
  actors: TermHit[];
  weapons: TermHit[];
  /** Computed on first use: date parsing is the costliest reading and most sentences never need it. */
  readonly dates: DateMention[];
  /** Each cue list is looked up on first use: most clauses are dismissed after their first few. */
  cue(name: string): TermHit[];
  /** Its kind (kindOf), read once: the drafting of the clauses around it asks again. */
  kinded?: Kinded | null;
}

/** "9:30 p.m. (Baghdad time)", "6:30 p.m. Iraq time": a place that names a clock, not where anything happened. */
const TIME_ZONE_AFTER = /^\s+time\b/i;
/** The gatherings an article names, read once for all its clauses: few articles name any. */
let gatheringsRead: { text: string; lex: CompiledPack | null; hits: TermHit[] } = { text: '', lex: null, hits: [] };
function gatheringsIn(text: string, lex: CompiledPack): TermHit[] {
  if (gatheringsRead.text !== text || gatheringsRead.lex !== lex) gatheringsRead = { text, lex, hits: lex.cue('gathering_noun').find(text, 0, text.length) };
  return gatheringsRead.hits;
}

/** Between a gathering and the place it is held: "of the Kataib Hezbollah members in", "held on Friday in". */
const GATHERING_PLACE = /^(?:\s+[\p{L}'’.-]+){0,6}?\s+(?:in|at|à|en|em|في)\s+$/u;

/** Words that open a period rather than date an incident ("since October 7"). */
/** A word of a period ("since") and what follows it in its clause, up to where a day may stand. */
const SINCE_THEN = `(?<![\\p{L}])(?:${PERIOD_WORDS})(?![\\p{L}])[^.;!?,]{0,100}`;
const PERIOD_OPENER = new RegExp(`(?:${SINCE_THEN}|\\bfrom\\s+(?:the\\s+)?)$`, 'iu');
/** A word PERIOD_OPENER cannot match without: most text before a date has none, and PERIOD_OPENER is slow to find none. */
const PERIOD_OPENER_WORD = new RegExp(`${PERIOD_WORDS}|from`, 'iu');
function opensPeriod(before: string): boolean {
  return PERIOD_OPENER_WORD.test(before) && PERIOD_OPENER.test(before);
}
/** "from Jan. 20 to 21": "from" opens the range of days the date itself spans, not a period running on from a day. */
const FROM_JUST_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
function fromToItself(text: string, from: number, d: DateMention): boolean {
  return d.precision === 'range' && d.form === 'absolute' && FROM_JUST_BEFORE.test(text.slice(Math.max(from, d.start - 12), d.start)) && !SINCE_OPENER.test(text.slice(Math.max(from, d.start - 110), d.start));
}
/** After a day, the words of the incident it names: "January 28 drone attack", "November 21 strikes". */
const INCIDENT_AFTER_DAY = /^(?:['’]s)?(?:\s+[\p{L}-]+){1,3}/u;
/** PERIOD_OPENER's words of a period ("since"), without "from". */
const SINCE_OPENER = new RegExp(`${SINCE_THEN}$`, 'iu');
/** "since February 4, when a drone struck the base": the day a period starts from is the day of the incident the when-clause tells. */
const DAY_OF_WHEN = /^,?\s+(?:when|lorsque|quand|cuando|als)\b/i;
/** Between an armed group and the country it is of: "a group in Iraq", "militias based in Syria", "milices d'Irak", "Milizen aus dem Irak". */
const GROUP_HOME = /^\s+(?:(?:based|active|operating)\s+)?(?:in|of|from|en|de|d['’]|du|del|im|aus|في|من)\s*(?:the\s+|l['’]|la\s+|dem\s+|der\s+)?(?:\p{L}+\s+(?:and|or|et|y|und|و)\s+)?$/u;
/** Where a German clause ends: a stop, or a joining word before the next clause. */
const CLAUSE_STOP = /[,;:!?]|(?<!\d)\.|\s(?:und|oder|aber|sowie)\s/u;
/** Between a German subject and the participle that ends its clause: the auxiliary, then what the verb governs. */
const GERMAN_PERFECT = /^(?:-\p{L}+)?\s+(?:hat|haben)\s[^,;:.]{0,100}$/u;
/** "… haben die USA am Freitag 85 Ziele angegriffen": the auxiliary before its subject, where a clause opens with something else. */
const GERMAN_AUXILIARY_BEFORE = /(?<![\p{L}])(?:hat|haben)\s+(?:die\s+|der\s+|das\s+)?$/u;
const GERMAN_PARTICIPLE_GAP = /^(?:-\p{L}+)?\s[^,;:.]{0,100}$/u;
/** Nothing but quotation marks and spaces before a word: it opens its sentence. */
const OPENS_SENTENCE = /^[\s"'“‘«„]*$/u;
const DIRECTION = /\b(north|south|east|west|northeast|northwest|southeast|southwest|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western)(?:ern)?\s+(?:of\s+)?$/i;

function cues(r: Reading, name: string): TermHit[] {
  return r.cue(name);
}

/** A clause of a sentence; an aside set off by dashes inside it is read apart, as a clause of its own, and is a hole in its clause. */
interface Clause extends Sentence {
  hole?: Span;
}

/** Dashes that set off an aside: an em or en dash, or a hyphen with spaces around it. */
const ASIDE_DASH = /\s[—–-]\s/u;
const ASIDE = /\s[—–-]\s([^—–]{15,220}?)\s[—–-]\s/gu;

/** "The strike — part of a US response to a drone attack that killed three soldiers in Jordan — hit a car in Baghdad": the aside tells another incident. */
function incidentAside(text: string, sentence: Sentence, lex: CompiledPack): Span | null {
  const slice = text.slice(sentence.start, sentence.end);
  if (!ASIDE_DASH.test(slice)) return null;
  for (const m of slice.matchAll(ASIDE)) {
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const tells = lex.cue('incident_noun').has(text, start, end) || lex.cue('attack').has(text, start, end);
    if (tells && namesPlace(text, { start, end }, lex) && start - sentence.start > 3) return { start, end };
  }
  return null;
}

function namesPlace(text: string, span: Span, lex: CompiledPack): boolean {
  return lex.countries.has(text, span.start, span.end) || lex.sites.has(text, span.start, span.end);
}

/** ", which the Pentagon blamed for the attack that killed three soldiers,": commas around the aside, a few words to each. */
const GROUP_ASIDE = /^,([^,;:]{10,200}),\s/u;

/**
 * "A commander of Kataib Hezbollah, a group the Pentagon linked to an attack that killed three American soldiers, was
 * killed in a drone strike": set off by commas after a group's name, a relative clause that tells of an incident
 * describes the group by a deed of its own; it is read apart, like an aside set off by dashes.
 */
function groupAside(text: string, sentence: Sentence, lex: CompiledPack): Span | null {
  // Two commas at least, before any lookup.
  const first = text.indexOf(',', sentence.start);
  const second = first < 0 ? -1 : text.indexOf(',', first + 1);
  if (second < 0 || second >= sentence.end) return null;
  for (const actor of lex.actors.find(text, sentence.start, sentence.end)) {
    if (!isHostile(actor, lex)) continue;
    const m = GROUP_ASIDE.exec(text.slice(actor.end, sentence.end));
    if (!m) continue;
    const start = actor.end + 1;
    const end = start + m[1]!.length;
    // An aside, not the end of the sentence: the sentence goes on after it.
    if (sentence.end - end < 6) continue;
    // What comes before the relative pronoun ("an armed group in Iraq") describes the group, not its deed.
    const relative = lex.cue('relative_pronoun').find(text, start, end)[0];
    if (!relative || !(lex.cue('incident_noun').has(text, relative.start, end) || lex.cue('attack').has(text, relative.start, end))) continue;
    return { start: relative.start, end };
  }
  return null;
}

/** "including a Jan. 28 strike", "including the attack on": a determiner and a few words before the incident. */
const EXAMPLE_GAP = /^\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/iu;

/** Where a sentence may open before its first word: quotes, brackets, spaces. */
const SENTENCE_OPENING = /^[\s"“”'‘’«([]*$/u;
/** The finite verb a German sentence puts second, after an opening phrase: "… haben die USA", "… wurden drei Soldaten". */
const GERMAN_VERB_SECOND = /\s(?=(?:haben|hat|hatte|hatten|sind|wurde|wurden)\s)/gu;
/** A comma that ends an opening phrase: not one before a relative clause that goes on describing it. */
const OPENING_END = /,\s+(?!(?:which|that|who|whom|whose|qui|que|dont|der|die|das|welche|quien|cual)\b)/giu;

/**
 * "In response to attacks against U.S. personnel in Iraq and Syria, U.S. forces carried out a strike in eastern Syria":
 * the opening phrase tells the cause, and the rest of the sentence the incident reported, when it names one of its own.
 * The rest is then read as the main clause, the opening as its background; otherwise (the rest tells no incident:
 * "After the attack on Tower 22, three soldiers were hurt") the sentence stays whole.
 */
function openingCause(text: string, sentence: Sentence, lex: CompiledPack): { cause: Span; rest: Span; lead: boolean } | null {
  const opener = backgroundConnectors(text, sentence.start, Math.min(sentence.end, sentence.start + 60), lex)[0];
  if (!opener) return null;
  // "On Monday, in response to …, US jets struck …": a short phrase before the cause opens the main clause.
  const lead = !SENTENCE_OPENING.test(text.slice(sentence.start, opener.start));
  if (lead && !LEAD_PHRASE.test(text.slice(sentence.start, opener.start))) return null;
  OPENING_END.lastIndex = opener.end;
  const upToEnd = text.slice(0, sentence.end);
  let comma = OPENING_END.exec(upToEnd);
  // "Following repeated attacks, including the drone attack in Jordan on Sunday, US forces struck …": the example is part of the opening.
  while (comma && startsWithExample(text, comma.index + comma[0].length, sentence.end, lex)) comma = OPENING_END.exec(upToEnd);
  let end: { cause: number; rest: number } | null = comma ? { cause: comma.index, rest: comma.index + comma[0].length } : null;
  // "Als Vergeltung für den Angriff auf … haben die USA … angegriffen": German ends the opening phrase at the verb, with no comma.
  if (!end && !lead) {
    GERMAN_VERB_SECOND.lastIndex = opener.end;
    const verb = GERMAN_VERB_SECOND.exec(upToEnd);
    if (verb) end = { cause: verb.index, rest: verb.index + verb[0].length };
  }
  if (!end) return null;
  const rest = { start: end.rest, end: sentence.end };
  if (rest.end - rest.start < 20) return null;
  const tells = (name: string) => lex.cue(name).has(text, rest.start, rest.end);
  if (!tells('attack') && !tells('strike')) return null;
  return { cause: { start: lead ? opener.start : sentence.start, end: end.cause }, rest, lead };
}

/** The words that open a background clause: not one used as an adjective after an article ("the following day"). */
function backgroundConnectors(text: string, start: number, end: number, lex: CompiledPack): TermHit[] {
  return lex.cue('background').find(text, start, end).filter((h) => !ARTICLE_BEFORE.test(text.slice(Math.max(start, h.start - 6), h.start)));
}
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|a)\s+$/iu;

/** A short phrase set off by a comma before the opening cause: "On Monday,", "Late Sunday,", "Dimanche,". */
const LEAD_PHRASE = /^[\s"“«(]*(?:[\p{L}\p{N}.'’-]+\s+){0,3}[\p{L}\p{N}.'’-]+,\s+$/u;

function startsWithExample(text: string, at: number, end: number, lex: CompiledPack): boolean {
  return lex.cue('example_connector').find(text, at, Math.min(end, at + 20))[0]?.start === at;
}

/** "X struck Y on Friday in response to a drone attack in Jordan": two clauses, two incidents. */
function clausesOf(text: string, sentence: Sentence, lex: CompiledPack): Clause[] {
  const opening = openingCause(text, sentence, lex);
  if (opening) {
    // The rest is the main clause and goes first; it may still have a cause of its own after it, read as usual.
    // The opening is read as usual too: "after repeated attacks, including a drone attack in Jordan" holds an incident of its own.
    const [rest, ...others] = clausesOf(text, { ...sentence, ...opening.rest }, lex);
    // The phrase before the cause belongs to the main clause, around the cause as a hole.
    const main = opening.lead && !rest!.hole && rest!.start === opening.rest.start ? { ...rest!, start: sentence.start, hole: opening.cause } : rest!;
    if (opening.lead && main === rest) return clausesAsWhole(text, sentence, lex);
    return [main, ...clausesOf(text, { ...sentence, ...opening.cause }, lex), ...others];
  }
  return clausesAsWhole(text, sentence, lex);
}

/** "the first strike in Iraq since February, when U.S. forces targeted 85 sites": the day a period runs from is an incident of its own, which the when-clause tells. */
const SINCE_WHEN = new RegExp(`(?<![\\p{L}])(?:${LATIN_PERIOD_WORDS})\\s+[^,;:!?]{1,40}?,\\s+(?:when|lorsque|quand|cuando|als)(?![\\p{L}])`, 'giu');

const TELLS_SINCE_WHEN = new RegExp(SINCE_WHEN.source, 'iu');
const WHEN_AFTER_COMMA = /,\s+(?:when|lorsque|quand|cuando|als)\b/i;
const OPENS_SINCE_WHEN = new RegExp(`^${SINCE_WHEN.source}`, 'iu');

/** The clause is the when-clause of a period's start ("since February, when U.S. forces targeted 85 sites"). */
function isSinceWhen(text: string, r: Reading): boolean {
  if (!r.background) return false;
  const body = text.slice(r.sentence.start, r.sentence.end);
  return WHEN_AFTER_COMMA.test(body) && OPENS_SINCE_WHEN.test(body);
}

/** Where a period's start told by a when-clause begins: "… in Iraq | since February, when …". */
function sinceWhenCuts(text: string, sentence: Span): number[] {
  const body = text.slice(sentence.start, sentence.end);
  // Most sentences have no when-clause after a comma: the cheap test spares them the full pattern.
  if (!WHEN_AFTER_COMMA.test(body)) return [];
  return [...body.matchAll(SINCE_WHEN)].map((m) => sentence.start + m.index);
}

/** "the first attack on the site since a drone strike there killed three soldiers": the incident the count starts from is told apart. */
const FIRST_SINCE = /(?<![\p{L}])(?:the first|le premier|la première|el primer|der erste|die erste)(?:\s+[\p{L}'’-]+){0,6}?\s+(?<since>since|depuis|desde|seit)\s+(?:a|an|the|un|une|le|la|el|der|die|das|dem|einem|einer)\s/dgiu;

function firstSinceCuts(text: string, sentence: Span): number[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!/first|premi|primer|erste/i.test(body)) return [];
  return [...body.matchAll(FIRST_SINCE)].map((m) => sentence.start + m.indices!.groups!.since![0]);
}

/** The clauses of a sentence that opens with no cause: cut at background connectors and examples, with asides apart. */
function clausesAsWhole(text: string, sentence: Sentence, lex: CompiledPack): Clause[] {
  const attackers = attackersDescribed(text, sentence, lex);
  const aside = incidentAside(text, sentence, lex) ?? groupAside(text, sentence, lex) ?? attackers;
  // "a spate of attacks, including a Jan. 28 strike that killed three soldiers": the example is an incident of its own.
  const nouns = lex.cue('incident_noun').find(text, sentence.start, sentence.end);
  const examples = lex
    .cue('example_connector')
    .find(text, sentence.start, sentence.end)
    .filter((h) => nouns.some((n) => n.start > h.end && EXAMPLE_GAP.test(text.slice(h.end, n.start))));
  const connectors = backgroundConnectors(text, sentence.start, sentence.end, lex);
  // "Two U.S. soldiers were injured after a rocket attack on …": a toll with no incident of its own before the connector is the incident's after it;
  // so is a base ("Sirens sounded at the U.S. Embassy after rockets were fired toward the compound"), when what follows names no place.
  // Not a harm done ("The US military killed a militia leader … in response to …").
  const toldOfIncidentAfter = (at: number) => {
    const has = (name: string) => lex.cue(name).has(text, sentence.start, at);
    const placesNothing = () => ![lex.sites, lex.towns, lex.regions, lex.countries].some((names) => names.has(text, at, sentence.end));
    const baseBefore = () => lex.sites.find(text, sentence.start, at).some((h) => lex.site(h.key).role === 'base');
    const weaponsAfter = () => lex.weapons.has(text, at, sentence.end);
    if (!(has('killed') || has('injured') || (baseBefore() && weaponsAfter() && placesNothing()))) return false;
    if (has('attack') || has('strike') || lex.weapons.has(text, sentence.start, at)) return false;
    return !lex.cue('agent_harm').find(text, sentence.start, at).some((h) => !PASSIVE_JUST_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 12), h.start)));
  };
  const cuts = [...connectors.filter((h) => !(h === connectors[0] && toldOfIncidentAfter(h.start))), ...examples]
    .map((h) => h.start)
    .concat(sinceWhenCuts(text, sentence), firstSinceCuts(text, sentence))
    .filter((at) => at - sentence.start > 15 && !(aside && at >= aside.start && at < aside.end))
    .sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = sentence.start;
  for (const cut of [...cuts, sentence.end]) {
    if (cut - start > 0) clauses.push(aside && aside.start >= start && aside.end <= cut ? { ...sentence, start, end: cut, hole: aside } : { ...sentence, start, end: cut });
    start = cut;
  }
  // After the first clause, so read as a background clause: it keeps no day but its own. An aside that places nothing
  // ("that the Pentagon blamed for the attack that killed three soldiers") is only a hole: its incident is told elsewhere.
  if (aside && (aside === attackers || namesPlace(text, aside, lex))) clauses.push({ ...sentence, ...aside });
  return clauses;
}

/** How far after a relative pronoun the attack it tells may be named ("who had earlier fired rockets at"). */
const RELATIVE_REACH = 40;

/**
 * "A US drone strike killed two militants who had fired rockets at al-Tanf", "struck militants who fired mortars at the
 * Green Village base, killing four": the relative clause that describes the militants struck by their attack tells that
 * attack; up to the next comma, it is an aside read apart from the strike, as its cause.
 */
function attackersDescribed(text: string, sentence: Span, lex: CompiledPack): Span | null {
  const relatives = lex.cue('relative_pronoun').find(text, sentence.start, sentence.end);
  if (!relatives.length || !lex.cue('strike').has(text, sentence.start, relatives[0]!.start)) return null;
  const people = [...lex.cue('hostile_people').find(text, sentence.start, sentence.end), ...lex.cue('armed_group_noun').find(text, sentence.start, sentence.end)];
  const tellsAttack = (at: number) => {
    const end = Math.min(sentence.end, at + RELATIVE_REACH);
    return lex.cue('attack').has(text, at, end) || lex.weapons.find(text, at, end).some((w) => w.key !== 'air_strike');
  };
  const opens = relatives.find((h) => people.some((p) => /^\s+$/.test(text.slice(p.end, h.start))) && tellsAttack(h.end));
  if (!opens) return null;
  const comma = text.slice(opens.end, sentence.end).search(/[,;]/);
  return { start: opens.start, end: comma < 0 ? sentence.end : opens.end + comma };
}

/** "ERBIL, Kurdistan Region –", "DAMASCUS, Syria (North Press) –": where the story was filed, not where anything happened. */
const PLACE_DATELINE = /^\s*(?:\(?[A-Z][A-Za-z]*\)?\s*)?[A-Z][A-Z .'’/-]{2,30}(?:(?:,(?:\s*[\p{L}\d .,'’-]{2,40}?)?)?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s|\s*:\s)/u;

/** "Baghdad: ", "Erbil, Iraq (AP) — ": a city in small letters, maybe its country and agency, then a colon or a dash. */
const CITY_DATELINE = /^\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?:,\s*\p{Lu}\p{Ll}+)?(?:\s*\([^)]{1,40}\))?\s*(?::|[-–—])\s/u;
/** What a city dateline needs near the start, looked for before the whole expression: a colon or a dash. */
const CITY_DATELINE_MARK = /^[^:–—]{0,70}(?::|[–—]|\s-\s)/u;
/** The marks either dateline ends in: a colon, a hyphen, an en or an em dash. */
const DATELINE_MARKS = [':', '-', '–', '—'];

/** "rocket and drone storage sites", "missile depots", "entrepôts de drones": weapons kept somewhere, not weapons used. */
const STORE_AFTER = /^(?:\s*(?:,|and|or)\s*[\p{L}-]+){0,3}\s+(?:storage|depots?|warehouses?|stockpiles?|production|manufacturing|assembly|launch(?:ing)?\s+(?:sites?|pads?|positions?))\b/iu;
const STORE_BEFORE = /(?:dépôts?|entrepôts?|stocks?|depósitos?|almacen(?:es)?|almacén|Lager|Depots?)\s+(?:de\s+|d['’]\s*|des\s+|von\s+|für\s+)?(?:[\p{L}-]+\s+(?:et|y|und)\s+)?$/iu;
/** A word STORE_BEFORE needs: most weapons have none before them, and are spared the expression. */
const STORE_WORD_BEFORE = /dépôt|entrepôt|stock|depósito|almacen|almacén|lager|depot/iu;
function storedWeapon(text: string, w: TermHit, end: number): boolean {
  const after = text.slice(w.end, Math.min(end, w.end + 60));
  if (STORE_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, w.start - 40), w.start);
  return STORE_WORD_BEFORE.test(before) && STORE_BEFORE.test(before);
}

/** What a clause holds, read once; dates and each cue list only when first asked for. */
class ClauseReading implements Reading {
  kinded?: Kinded | null;
  readonly actors: TermHit[];
  readonly sites: TermHit[];
  readonly towns: TermHit[];
  readonly regions: TermHit[];
  readonly countries: TermHit[];
  readonly weapons: TermHit[];
  private readonly placeFrom: number;
  private datesRead: DateMention[] | undefined;
  /** Each cue list's hits, at the list's slot in the pack's index (TermMatcher.indexSlot). */
  private readonly cueHits: (TermHit[] | undefined)[] = [];
  private outlets: TermHit[] | undefined;
  private personalNames: TermHit[] | undefined;
  private groupNames: TermHit[] | undefined;

  constructor(
    private readonly text: string,
    readonly sentence: Clause,
    readonly quote: Span,
    private readonly lex: CompiledPack,
    private readonly article: Article,
    readonly background: boolean,
    private readonly yearAnchor: YearAnchor,
  ) {
    const { start, end } = sentence;
    this.actors = this.outside(lex.actors.find(text, start, end)).filter((h) => !namesMilitias(text, h));
    const opening = start === quote.start ? text.slice(start, Math.min(end, start + 90)) : '';
    // Both datelines end in a colon or a dash: an opening with none, as most are, is spared their expressions.
    const marked = DATELINE_MARKS.some((mark) => opening.includes(mark));
    const dateline = marked ? PLACE_DATELINE.exec(opening) : null;
    const [sites, towns, regions] = [lex.sites.find(text, start, end), lex.towns.find(text, start, end), lex.regions.find(text, start, end)];
    const countries = [...lex.countries.find(text, start, end), ...placeAdjectives(text, start, end, lex)];
    // "Baghdad: An Iraqi militia claimed an attack on a US base in eastern Syria": a city written in small letters
    // opens a story as its dateline only when the sentence names a place after it.
    const cityLine = dateline || !marked || !CITY_DATELINE_MARK.test(opening) ? null : CITY_DATELINE.exec(opening);
    const placedAfter = (at: number) => [sites, towns, regions, countries].some((hits) => hits.some((h) => h.start >= at));
    // "BAGHDAD — ", with neither a region nor an agency after the city, is a dateline only where the sentence names a place after it too.
    const filed = dateline && (/[,(:]/.test(dateline[0]) || placedAfter(start + dateline[0].length)) ? dateline : null;
    this.placeFrom = filed ? start + filed[0].length : cityLine && placedAfter(start + cityLine[0].length) ? start + cityLine[0].length : start;
    this.sites = this.places(sites);
    this.towns = this.places(towns);
    this.regions = this.places(regions);
    this.countries = this.places(countries).sort((a, b) => a.start - b.start);
    this.weapons = this.outside(lex.weapons.find(text, start, end)).filter((w) => !storedWeapon(text, w, end));
  }

  /** The hits not inside the clause's hole (an aside read apart). */
  private outside<T extends Span>(hits: T[]): T[] {
    const hole = this.sentence.hole;
    return hole && hits.length ? hits.filter((h) => h.end <= hole.start || h.start >= hole.end) : hits;
  }

  /**
   * The hits that place something: not in the dateline, nor inside a group's name ("Islamic Resistance in Iraq"), nor
   * inside an outlet's name ("told Kurdistan 24"; looked up only when a place is found), nor a clock's ("Baghdad time").
   */
  private places(hits: TermHit[]): TermHit[] {
    if (!hits.length) return hits;
    const { text, sentence, lex, actors, placeFrom } = this;
    const inOutlet = (h: TermHit) => (this.outlets ??= lex.cue('outlet_name').find(text, sentence.start, sentence.end)).some((o) => h.start >= o.start && h.end <= o.end);
    // "Bashar al-Asad": a place's name right after a given name or a title is a person's.
    const ofPerson = (h: TermHit) => (this.personalNames ??= lex.cue('personal_name').find(text, sentence.start, sentence.end)).some((n) => n.end <= h.start && /^\s+$/.test(text.slice(n.end, h.start)));
    const ofGathering = (h: TermHit) => gatheringsIn(text, lex).some((g) => g.end <= h.start && g.start >= sentence.start && GATHERING_PLACE.test(text.slice(g.end, h.start)));
    return this.outside(hits).filter((h) => h.start >= placeFrom && !actors.some((a) => h.start >= a.start && h.end <= a.end) && !inOutlet(h) && !ofPerson(h) && !ofGathering(h) && !TIME_ZONE_AFTER.test(text.slice(h.end, h.end + 8)));
  }

  get dates(): DateMention[] {
    if (this.datesRead === undefined) {
      const { text, sentence, quote, lex, article } = this;
      // The campaign's first day ("the Oct. 7 attack") is a reference point, not the day of an incident of it.
      // "since early February, when the groups announced they would stop their attacks": a when-clause of what may be dates nothing.
      const whenItHappened = (d: DateMention) => DAY_OF_WHEN.test(text.slice(d.end, d.end + 8)) && !lex.cue('irrealis').has(text, d.end, Math.min(sentence.end, d.end + 100));
      // "the first attack since US strikes on Friday hit 85 targets": the day of an incident the period runs from.
      const incidentWordIn = (from: number, to: number) => lex.cue('attack').has(text, from, to) || lex.cue('strike').has(text, from, to);
      const ofIncidentSince = (d: DateMention) => {
        const since = SINCE_OPENER.exec(text.slice(Math.max(quote.start, d.start - 110), d.start));
        if (!since) return false;
        if (incidentWordIn(d.start - since[0].length, d.start)) return true;
        // "since the January 28 drone attack on Tower 22": the day names the incident word after it.
        const after = INCIDENT_AFTER_DAY.exec(text.slice(d.end, Math.min(sentence.end, d.end + 40)));
        return after !== null && incidentWordIn(d.end, d.end + after[0].length);
      };
      this.datesRead = this.outside(findDates(text, sentence.start, sentence.end, article.lang, article.published, this.yearAnchor)).filter(
        (d) =>
          (!opensPeriod(text.slice(Math.max(quote.start, d.start - 110), d.start)) || whenItHappened(d) || fromToItself(text, quote.start, d) || ofIncidentSince(d)) &&
          d.date !== lex.pack.settings.since &&
          d.monthDay !== lex.pack.settings.since.slice(5),
      );
    }
    return this.datesRead;
  }

  /** "The first time missiles would be used in such an attack was on Nov. 20": the would of a past, which the verb it is the subject of dates. */
  private pastWould(h: TermHit): boolean {
    const { text, sentence } = this;
    const dated = WOULD_THEN_WAS.exec(text.slice(h.start, sentence.end));
    return dated !== null && this.dates.some((d) => d.start === h.start + dated[0].length && namesDay(d));
  }

  /** Whether a particle of the pack's ends the clause that the verb `h` opens: "griffen … den Stützpunkt an". */
  private particleEnds(h: TermHit, particles: string): boolean {
    const { text, sentence, lex } = this;
    const stop = CLAUSE_STOP.exec(text.slice(h.end, sentence.end));
    const end = stop ? h.end + stop.index : sentence.end;
    const last = lex.cue(particles).find(text, h.end, end).at(-1);
    return last !== undefined && /^[\s"”»)]*$/u.test(text.slice(last.end, end));
  }

  cue(name: string): TermHit[] {
    const matcher = this.lex.cue(name);
    const slot = matcher.indexSlot;
    // A name the pack lists no cue under: no hits.
    if (slot < 0) return [];
    let hits = this.cueHits[slot];
    if (!hits) {
      const { text, sentence, lex } = this;
      hits = this.outside(matcher.find(text, sentence.start, sentence.end));
      // "BAGHDAD/WASHINGTON, Jan 8 (Reuters) -": the dateline's words say where the story was filed, not who acted.
      if (this.placeFrom > sentence.start && hits.length) hits = hits.filter((h) => h.start >= this.placeFrom);
      // Most cue lists have no word in most clauses: those are spared the sifting below.
      if (!hits.length) return (this.cueHits[slot] = hits);
      // "Popular Mobilization Forces" names a group: its words are no cue ("forces").
      const groupNames = (this.groupNames ??= this.actors.filter((a) => isHostile(a, lex)));
      if (hits.length && groupNames.length) hits = hits.filter((h) => !groupNames.some((a) => h.start >= a.start && h.end <= a.end));
      // "Die USA schlugen am Freitag zurück": a verb whose particle ends its clause acts only with it ("schlugen … vor" proposes).
      // "Raketen schlugen auf dem Stützpunkt ein": an impact with its own particle.
      const particles = hits.length ? SPLIT_PARTICLES.get(name) : undefined;
      if (particles) {
        const split = lex.cue('split_verb').find(text, sentence.start, sentence.end);
        if (split.length) hits = hits.filter((h) => !split.some((v) => v.start === h.start) || this.particleEnds(h, particles));
      }
      if (name === 'defender_agent' && hits.length) hits = hits.filter((h) => !namesMilitias(text, h));
      // "have since returned to duty": the adverb after an auxiliary counts nothing, in a clause that tells no attack ("have
      // since launched attacks" tells a pattern).
      if (name === 'aggregate' && hits.length && !this.cue('attack').length && !this.cue('strike').length && !this.weapons.length) {
        hits = hits.filter((h) => !AUXILIARY_JUST_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 16), h.start)));
      }
      // "US Central Command": a word of the defender's own name is nothing it strikes.
      if (name === 'strike_object' && hits.length) {
        const own = this.cue('defender_agent');
        hits = hits.filter((h) => !own.some((a) => h.start >= a.start && h.end <= a.end));
      }
      // "a Peshmerga base", "Iran's armed forces", "Iranian-backed forces": forces and bases, but not the defender's.
      // "On May 7, US aircraft struck …": the month, not the modal.
      // "downed two drones before they could strike the base": what the weapons were stopped from doing, an attack still.
      if (name === 'irrealis' && hits.length) hits = hits.filter((h) => !isMonthMay(text, h) && !STOPPED_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 30), h.start)) && !this.pastWould(h));
      if (name === 'defender_target' && hits.length) {
        const others = lex.cue('other_force').find(text, sentence.start, sentence.end);
        hits = hits.filter((h) => !others.some((o) => o.end <= h.start && OTHER_FORCE_GAP.test(text.slice(o.end, h.start))));
      }
      this.cueHits[slot] = hits;
    }
    return hits;
  }
}

/** Just before a word: an auxiliary, which makes "since" an adverb ("have since returned"). */
const AUXILIARY_JUST_BEFORE = /\b(?:have|has|had|having)\s+(?:all\s+|both\s+)?$/i;

/** "a coalition of Iran-backed militias", "une coalition de milices": the word the defender's coalition goes by, describing a group. */
const MILITIA_COALITION = /^(?:coalition|coalición|coalizione|coalizão|coligação)\s+(?:of|de|di|dei|delle|des|das|dos|del)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:militia|group|faction|milic|milíc|milizi|groupe|grupo|gruppi|fazion|faccion|facç)/iu;

function namesMilitias(text: string, hit: Span): boolean {
  return MILITIA_COALITION.test(text.slice(hit.start, hit.end + 80));
}

/** The cue list of the particles that a split verb of each cue needs at the end of its clause. */
const SPLIT_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['attack', 'verb_particle'],
  ['strike', 'verb_particle'],
  ['impact', 'impact_particle'],
  ['intercepted', 'intercept_particle'],
  ['shot_down', 'intercept_particle'],
]);
/** Between another force and its forces or base: "Iran's armed forces", "Iranian-backed forces". */
const OTHER_FORCE_GAP = /^(?:-\p{L}+)?(?:\s+[\p{L}-]+)?\s+$/u;

/** "would ... was on": the would of the subject of a past verb that a day follows. */
const WOULD_THEN_WAS = /^would\s[^.;:!?]{0,80}?\s(?:was|were)\s+(?:on\s+)?/iu;

/** "May" as a month: written with its capital, and a day or year after it, or a day, a preposition or a part of the month before it. */
const MAY_DAY_AFTER = /^May\s*(?:\d|,?\s*(?:19|20)\d\d)/;
const BEFORE_MAY = /(?:\d(?:st|nd|rd|th)?\s+(?:of\s+)?|\b(?:in|on|of|since|until|till|through|by|from|to|early|late|last|next|this|end of|mid-?)\s+)$/i;
/** "before they", "before it", "before the drones", "avant qu'ils", "antes de que": before the modal of what was stopped. */
const STOPPED_BEFORE = /(?<![\p{L}])(?:before|avant\s+qu['’]\s*|antes\s+de\s+que)\s*(?:(?:it|they|the\s+[\p{L}-]+|ils|elles?|il)\s+)?$/iu;

function isMonthMay(text: string, h: TermHit): boolean {
  return text.startsWith('May', h.start) && (MAY_DAY_AFTER.test(text.slice(h.start, h.start + 12)) || BEFORE_MAY.test(text.slice(Math.max(0, h.start - 12), h.start)));
}

/** A militia, a front or a state other than the defender: the side that attacks and is struck. */
function isHostile(h: TermHit, lex: CompiledPack): boolean {
  return ['militia', 'umbrella', 'state'].includes(lex.actor(h.key).type) && h.key !== lex.pack.settings.defender;
}

/** "an Iraqi air base", "on the Syrian side": a country adjective before a place noun places the event. */
function placeAdjectives(text: string, start: number, end: number, lex: CompiledPack): TermHit[] {
  const nouns = lex.cue('place_noun').find(text, start, end);
  return lex.countryAdjectives.find(text, start, end).filter((adj) => nouns.some((n) => n.start > adj.end && n.start - adj.end <= 12));
}

const BORDER_WORD = String.raw`(?:borders?|frontera|frontière|fronteira|Grenze|confine|perbatasan|границ\p{L}*|الحدود|حدود)`;
const ARTICLE = String.raw`(?:(?:the|la|le|el|a|o|der|dem)\s+|l['’]\s*)?`;
const BORDER_WITH = new RegExp(
  String.raw`${BORDER_WORD}\s+(?:(?:with|of|con|avec|com|mit|zu(?:m)?|dengan|с|مع)\s+)?${ARTICLE}(?:\p{L}+\s*(?:and|y|e|et|und|dan|и|و)\s*${ARTICLE})?$`,
  'iu',
);

/** Countries named only as a border ("near the Syrian border", "the Jordan-Syria border") when another country is the place. */
function borderOnly(text: string, hit: TermHit): boolean {
  const after = text.slice(hit.end, hit.end + 22);
  const wider = text.slice(Math.max(0, hit.start - 40), hit.start);
  return (
    /^(?:\s*[-–]\s*\p{L}+)?\s+border/iu.test(after) ||
    // "the border with Iraq", "the borders of Iraq and Jordan", "la frontera con Irak y Jordania", "la frontière avec l'Irak
    // et la Syrie", "الحدود مع العراق وسوريا".
    BORDER_WITH.test(wider) ||
    // "the border between Jordan and Syria": the place is in the first; "near Syria": not in it.
    /(?:border|frontera|frontière|Grenze)\s+(?:between|entre|zwischen)\s+(?:the\s+)?\p{L}+\s+(?:and|y|et|und)\s+$/iu.test(wider)
  );
}

/** A site named only as where an attack came from ("fired from Zummar") or as a landmark ("northeast of Erbil"). */
function isIncidental(text: string, hit: TermHit, lex: CompiledPack): boolean {
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  const isBase = lex.pack.sites.some((s) => s.name === hit.key && s.role === 'base');
  if (/(?:from|von|depuis|desde|من)\s+(?:the\s+)?(?:\S+\s+)?$/i.test(before) && !isBase) return true;
  if (SPEAKER_IN.test(before)) return true;
  // "on the Baghdad airport road": a road named after the site runs elsewhere.
  if (ROAD_AFTER.test(text.slice(hit.end, hit.end + 12))) return true;
  return isLandmark(text, hit) || inGloss(text, hit, lex) || inAppositive(text, hit, lex);
}

const ROAD_AFTER = /^\s+(?:road|highway|expressway|route)(?![\p{L}])/iu;

/** ", a U.S. logistics post in", ", a coalition base near": a phrase after a site that says where that site is. */
const APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}.'’-]+\s+){1,5}(?:in|near|at|outside|close to)\s+(?:the\s+)?$/iu;

/** "Tower 22, a U.S. military outpost in Rukban": a place after a site, set off by a comma, says where that site is. */
function inAppositive(text: string, hit: TermHit, lex: CompiledPack): boolean {
  const from = Math.max(0, hit.start - 80);
  return lex.sites.find(text, from, hit.start).some((site) => site.key !== hit.key && APPOSITIVE.test(text.slice(site.end, hit.start)));
}

/** "an anonymous source in Erbil told Xinhua", "security sources in Iraq said": where the one who speaks is. */
const SPEAKER_IN = /\b(?:sources?|officials?|spokes(?:man|woman|person)|correspondents?|reporters?|journalists?)\s+(?:based\s+)?in\s+(?:the\s+)?$/i;

/** How far into its brackets a gloss names its place. */
const GLOSS_REACH = 60;

/** "Tower 22 (a military outpost in Rukban in northeast Jordan)": a place in brackets after a site says where that site is. */
function inGloss(text: string, hit: TermHit, lex: CompiledPack): boolean {
  const from = Math.max(0, hit.start - GLOSS_REACH);
  const before = text.slice(from, hit.start);
  const at = before.lastIndexOf('(');
  if (at < 0 || before.lastIndexOf(')') > at) return false;
  const open = from + at;
  return lex.sites.find(text, Math.max(0, open - 40), open).some((site) => site.key !== hit.key && /^\s*$/.test(text.slice(site.end, open)));
}

/** After the last site told, how near the "and" that joins another place to it stands ("the Ain al-Asad airbase in western Iraq and"). */
const SITE_TO_JOINT = 40;
/** Between that "and" and the country: a few words and "in" ("and three bases in", "y dos bases en"). */
const JOINED_PLACE = /^\s+(?:[\p{L}\d-]+\s+){0,3}(?:in|at|on|en|à|dans|im|in der)\s+(?:the\s+)?$/iu;

/** The words before a landmark: "south of", "northeast of the". */
const LANDMARK_LEAD = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|near|outside|from)\s+(?:the\s+)?$/i;

/** "northeast of Erbil", "east of al-Rukban camp": a place that locates another. */
function isLandmark(text: string, hit: TermHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  return /(?:of|near|outside|from)\s+(?:the\s+)?$/i.test(before) && DIRECTION.test(before.replace(/(?:of|near|outside|from)\s+(?:the\s+)?$/i, ''));
}

interface Place {
  /** The province the place lies in, when the text says: a described base in Anbar is not the one named in Erbil. */
  province: string | null;
  /** The quarter of the country the place lies in ("western Iraq": west), when the text says. */
  quarter?: string;
  /** "near the Iraq-Syria border": placed in the first country, the place may lie in the other. */
  acrossBorder?: string;
  site: Site | null;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  span: Span | null;
}

/** The targets a sentence names: its sites, else a region or country, else nothing. */
function placeAtSite(site: Site, span: Span): Place {
  return { site, province: site.province, place: null, country: site.country, lat: site.lat, lon: site.lon, span };
}

/** A place known by its country alone, named as the pack names the country. */
function placeInCountry(lex: CompiledPack, country: string, province: string | null, span: Span | null): Place {
  return { site: null, province, place: lex.country(country).name, country, lat: null, lon: null, span };
}

/** Between a named base and a place named to locate it: "base near", "air base outside the town of". */
const NEAR_NAMED = /^\s+(?:(?:air\s*)?base|airbase|airfield|garrison|outpost)?\s*,?\s*(?:near|close to|outside|not far from)\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?$/iu;

/** Between a named base and a second site of its province named to locate it: "the Union III base in Baghdad's Green Zone". */
const WITHIN_NAMED = /^\s+(?:(?:air\s*)?base|airbase|airfield|garrison|outpost|headquarters)?\s*,?\s*(?:in|inside|within)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;

/** A base word right after a town ("Erbil base", "the Harir and Erbil bases"). */
const TOWN_BASE = /^\s+(?:air\s*)?bases?\b/i;

/** Between a province and a site joined to it: "and", with a few words of what was there ("and a command node at"). */
const JOINED_TO_SITE = /^\s*,?\s*(?:and|et|y|und|e|و)\s*(?:[\p{L}\d-]+\s+){0,4}$/iu;

/**
 * "near Al Anbar and Jurf al-Sakhar", "an operations center in Anbar and a command node at Jurf al-Sakhar": a province
 * joined to the sites by "and" that holds none of them is one more place, not where they lie.
 */
function provincesJoined(text: string, r: Reading, lex: CompiledPack, sites: readonly TermHit[]): Place[] {
  const provinces = new Set(sites.map((h) => lex.site(h.key).province));
  const joined = (h: TermHit) => sites.some((s) => JOINED_TO_SITE.test(s.end <= h.start ? text.slice(s.end, h.start) : text.slice(h.end, s.start)));
  return r.regions
    .filter((h) => {
      const region = lex.region(h.key);
      return region.precision === 'province' && !provinces.has(region.province) && !isIncidental(text, h, lex) && joined(h);
    })
    .map((h) => {
      const region = lex.region(h.key);
      return { site: null, province: region.province, place: text.slice(h.start, h.end), country: region.country, lat: region.lat, lon: region.lon, span: h };
    });
}

function placesOf(text: string, r: Reading, lex: CompiledPack, kind: EventKind, earlierBase: Site | null): Place[] {
  // "the Kharab al-Jir base near Rmelan": a site named to say where the one before it lies.
  const besideNamed = (h: TermHit) =>
    r.sites.some((o) => {
      if (o.end > h.start || h.start - o.end > 40) return false;
      const between = text.slice(o.end, h.start);
      return NEAR_NAMED.test(between) || (WITHIN_NAMED.test(between) && o.key !== h.key && lex.site(o.key).province === lex.site(h.key).province);
    });
  const sites = r.sites.filter((h) => !isIncidental(text, h, lex) && !besideNamed(h));
  const wanted = sites.filter((h) => {
    const role = lex.site(h.key).role;
    return kind === 'strike' || role === 'base';
  });
  // "the Harir, Ain al-Asad and Erbil bases": a town its base's name stands for, where a base word follows it.
  const townBases = kind === 'attack' ? r.towns.filter((h) => TOWN_BASE.test(text.slice(h.end, h.end + 14)) && !r.sites.some((s) => s.start <= h.start && s.end >= h.end) && lex.site(h.key).role === 'base' && !isIncidental(text, h, lex)) : [];
  const chosen = [...wanted, ...townBases].sort((a, b) => a.start - b.start);
  const unique = [...new Map(chosen.map((h) => [h.key, h])).values()];
  if (unique.length) {
    const atSites = unique.map((h) => placeAtSite(lex.site(h.key), { start: h.start, end: h.end }));
    // "two drones at the Ain al-Asad air base and another at a base in northern Iraq": the place after "another" is a second one.
    const another = cues(r, 'distinct_marker').find((d) => d.start > unique.at(-1)!.end);
    if (another) return [...atSites, ...countryPlaces(text, r, lex, kind).filter((p) => p.span!.start > another.end)];
    // "against the Ain al-Asad airbase in western Iraq and three bases in Syria": another country joined after the sites is an incident there.
    const last = unique.at(-1)!;
    const joints = cues(r, 'coordinator').filter((c) => c.start >= last.end && c.start - last.end <= SITE_TO_JOINT);
    const joinedAt = (p: Place) => joints.some((c) => c.end <= p.span!.start && JOINED_PLACE.test(text.slice(c.end, p.span!.start)));
    const joined = joints.length ? countryPlaces(text, r, lex, kind).filter((p) => !atSites.some((a) => a.country === p.country) && joinedAt(p)) : [];
    return [...atSites, ...joined, ...provincesJoined(text, r, lex, unique)];
  }
  const towns = r.towns.filter((h) => !isIncidental(text, h, lex));
  if (kind === 'attack' && towns.length && cues(r, 'defender_target').length) {
    const site = lex.site(towns[0]!.key);
    return [placeAtSite(site, { start: towns[0]!.start, end: towns[0]!.end })];
  }
  // "the base": the base named last; a strike on what threatened it is placed there too.
  const reference = cues(r, 'base_reference')[0];
  // Another country the sentence names is another incident ("fired two rockets at the base, along with another attack in Syria").
  if (reference && earlierBase) return [placeAtSite(earlierBase, reference), ...countryPlaces(text, r, lex, kind).filter((p) => p.country !== earlierBase.country)];
  // "a base near the border, east of al-Rukban camp": with nothing nearer, the landmark base places it.
  const landmark = kind === 'attack' ? r.sites.find((h) => lex.site(h.key).role === 'base' && isLandmark(text, h)) : undefined;
  if (landmark && !r.regions.length && cues(r, 'defender_target').some((t) => t.end <= landmark.start)) return [placeAtSite(lex.site(landmark.key), landmark)];
  const region = r.regions.find((h) => !isIncidental(text, h, lex));
  if (region) {
    const reg = lex.region(region.key);
    return [{ site: null, province: reg.province, place: text.slice(region.start, region.end), country: reg.country, lat: reg.lat, lon: reg.lon, span: region }];
  }
  const countries = countryPlaces(text, r, lex, kind);
  if (countries.length) return countries;
  // "struck Kataib Hezbollah south of Baghdad": a place told only as a landmark still says the country, and roughly where.
  const near = r.regions.find((h) => isLandmark(text, h)) ?? r.towns.find((h) => isLandmark(text, h));
  if (near) {
    const country = r.regions.includes(near) ? lex.region(near.key).country : lex.site(near.key).country;
    const direction = text.slice(Math.max(r.sentence.start, near.start - 30), near.start).match(LANDMARK_LEAD);
    const start = direction ? near.start - direction[0].length : near.start;
    return [{ site: null, province: null, place: text.slice(start, near.end), country, lat: null, lon: null, span: { start, end: near.end } }];
  }
  // "the Iraqi Popular Mobilization Forces' headquarters were targeted by American drones": a strike that names no place
  // hit the group where the group is from.
  const home = kind === 'strike' ? groupCountry(text, r, lex) : undefined;
  if (home) return [placeInCountry(lex, home.key, null, { start: home.start, end: home.end })];
  return [{ site: null, province: null, place: null, country: null, lat: null, lon: null, span: null }];
}

/** The clause's one place is the home of the group it names ("Iraqi militias"), nothing it says the strike hit. */
function placedByGroupHome(text: string, r: Reading, lex: CompiledPack, places: readonly Place[]): boolean {
  const home = groupCountry(text, r, lex);
  return home !== undefined && places.length === 1 && places[0]!.site === null && places[0]!.span?.start === home.start;
}

/** Between a country adjective and the group it qualifies ("Iraqi militias", "Iraqi Shiite militias"). */
const ADJECTIVE_TO_GROUP = /^\s+(?:[\p{L}-]+\s+)?$/u;
/** Between a group and the adjective after it: "les milices irakiennes", "las milicias iraquíes", "الفصائل العراقية". */
const GROUP_TO_ADJECTIVE = /^\s+$/u;
/** An adjective written after its noun: in small letters (not "the militia Iraqi officials blamed"), or in Arabic script. */
const AFTER_NOUN = /^(?:\p{Ll}|\p{Script=Arabic})/u;

/** The country adjective of a hostile group the clause names ("an Iraqi militia"), where the country is one the pack places events in. */
function groupCountry(text: string, r: Reading, lex: CompiledPack): TermHit | undefined {
  const groups = [...r.actors.filter((h) => isHostile(h, lex)), ...cues(r, 'armed_group_noun'), ...cues(r, 'hostile_people')];
  if (!groups.length) return undefined;
  const inTheater = (h: TermHit) => lex.pack.sites.some((s) => s.country === h.key);
  const inName = (h: TermHit) => r.actors.some((a) => a.start <= h.start && a.end >= h.end);
  return lex.countryAdjectives
    .find(text, r.sentence.start, r.sentence.end)
    .find(
      (adj) =>
        inTheater(adj) &&
        !inName(adj) &&
        groups.some((g) => (g.start >= adj.end && ADJECTIVE_TO_GROUP.test(text.slice(adj.end, g.start))) || (g.end <= adj.start && AFTER_NOUN.test(adj.text) && GROUP_TO_ADJECTIVE.test(text.slice(g.end, adj.start)))),
    );
}

/** "the latest attack on American troops operating in Iraq and Syria": countries listed after the forces say where they serve, not where anything happened. */
function deployedIn(text: string, r: Reading, countries: TermHit[]): boolean {
  const first = countries[0]!;
  const listed = countries.slice(1).every((h, k) => /^\s*(?:,\s*)?(?:\p{L}{1,3}\s+)?$/u.test(text.slice(countries[k]!.end, h.start)));
  // Forces, not a base: "a base in eastern Syria" is where an attack hit.
  const places = cues(r, 'place_noun');
  const forces = cues(r, 'defender_target').filter((t) => !places.some((p) => p.start <= t.start && p.end >= t.end));
  const serving = cues(r, 'deployment');
  const deployed = (t: TermHit) => serving.some((v) => v.start >= t.end && v.end <= first.start);
  return listed && forces.some((t) => t.end <= first.start && /^\s+(?:[\p{L}-]+\s+){1,2}$/u.test(text.slice(t.end, first.start)) && deployed(t));
}

/** Countries where the forces are: skip launch countries ("from Iraq") and those only neared ("near Syria"). */
function countryPlaces(text: string, r: Reading, lex: CompiledPack, kind: EventKind | null = null): Place[] {
  const origins = cues(r, 'launch_origin');
  const nears = cues(r, 'nearness');
  const launchedFrom = (h: TermHit) => origins.some((o) => o.end <= h.start && h.start - o.start <= 20 && /^\s+(?:\S+\s+){0,2}$/.test(text.slice(o.end, h.start)));
  // "near Jordan's border with Syria" is in Jordan, near its border.
  const ownBorder = (h: TermHit) => /^['’]s\s+borders?\b/i.test(text.slice(h.end, h.end + 12));
  const onlyNeared = (h: TermHit) => !ownBorder(h) && nears.some((n) => n.end <= h.start && /^\s+$/.test(text.slice(n.end, h.start)));
  // "an Iraq-based group": where the group is based.
  const basedIn = (h: TermHit) => /^-based\b/i.test(text.slice(h.end, h.end + 7));
  const spokenFrom = (h: TermHit) => SPEAKER_IN.test(text.slice(Math.max(r.sentence.start, h.start - 30), h.start));
  const around = r.countries.filter((h) => !launchedFrom(h) && !onlyNeared(h) && !basedIn(h) && !spokenFrom(h) && lex.pack.sites.some((s) => s.country === h.key));
  // The groups a strike hits are where it hit them; the groups that attack are not where their attack landed, when
  // the sentence names another country ("an Iran-affiliated group in Iraq claimed it targeted a US base in Syria").
  const groups = kind === 'attack' ? cues(r, 'armed_group_noun') : [];
  const struck = around.filter((h) => !groups.some((g) => g.end <= h.start && GROUP_HOME.test(text.slice(g.end, h.start))));
  const inTheater = struck.length ? struck : around;
  const notBorders = inTheater.filter((h) => !borderOnly(text, h));
  // "near the Jordan-Syria border" is in the first country; "near the Syrian border" says only what the place is near.
  const named = inTheater.filter((h) => lex.countries.has(text, h.start, h.end));
  const targets = notBorders.length ? notBorders : named.slice(0, 1);
  const acrossBorder = notBorders.length ? undefined : named.find((h) => h.key !== targets[0]?.key)?.key;
  const codes = [...new Map(targets.map((h) => [h.key, h])).values()];
  if (codes.length > 1 && deployedIn(text, r, codes)) return [];
  if (codes.length) {
    return codes.map((h) => {
      const direction = text.slice(Math.max(r.sentence.start, h.start - 25), h.start).match(DIRECTION);
      const start = direction ? h.start - direction[0].length : h.start;
      const place: Place = { site: null, province: null, place: text.slice(start, h.end), country: h.key, lat: null, lon: null, span: { start, end: h.end } };
      if (direction) place.quarter = direction[1]!.toLowerCase().replace(/-/g, '').replace(/ern$/, '');
      if (acrossBorder) place.acrossBorder = acrossBorder;
      return place;
    });
  }
  return [];
}

/**
 * A clause about an earlier incident that names no place of its own is where its sentence is
 * ("struck targets in Syria in response to a rocket attack on troops in the country"), when the sentence names one place.
 */
function ownOrSentencePlaces(text: string, readings: Reading[], r: Reading, lex: CompiledPack, kind: EventKind, earlierBase: Site | null): Place[] {
  const own = placesOf(text, r, lex, kind, earlierBase);
  if (!r.background || own.some((p) => p.country)) return own;
  const main = readings.find((o) => o.quote.start === r.quote.start && !o.background);
  const inherited = main ? placesOf(text, main, lex, kind, earlierBase) : [];
  return inherited.length === 1 && inherited[0]!.country ? inherited : own;
}

/**
 * "US jets struck militia targets after missiles were fired at US forces in Iraq": a strike that names no place of its
 * own, told with the one attack it answers in a clause of its sentence, hit the attackers: at the launch site the clause
 * names, else in the attack's country (not at the base hit), when the defender strikes in that country at all. It came
 * on the attack's day or after, by the day the story was published; on the spot, that day.
 */
function answeredAttack(text: string, readings: Reading[], r: Reading, lex: CompiledPack, earlierBase: Site | null, published: IsoDate | null): Answered | null {
  const kinded = (o: Reading) => kindOf(text, o, lex) ?? retaliatedFor(text, readings, o, lex);
  const cause = readings.find((o) => o !== r && o.quote.start === r.quote.start && o.background && kinded(o)?.kind === 'attack');
  if (!cause) return null;
  // "US jets struck militia sites, prompting a rocket attack on the base": the attack answered the strike.
  if (lex.cue('consequence_connector').has(text, cause.sentence.start, Math.min(cause.sentence.end, cause.sentence.start + 16))) return null;
  const trigger = kinded(cause)!.trigger;
  if (!isFactual(text, cause, trigger) || isPattern(text, cause, 'attack') || isGeneric(text, cause, 'attack')) return null;
  // "The US typically responds with airstrikes after attacks on its forces": what it does, not what it did.
  if ([r, cause].some((o) => cues(o, 'frequency').length > 0 || cues(o, 'habitual').length > 0)) return null;
  const launch = cause.sites.find((h) => lex.site(h.key).role === 'launch_site');
  const attacked = placesOf(text, cause, lex, 'attack', earlierBase);
  // "A US gunship engaged the militia after the group fired rockets at Ain al-Asad": those struck are the attackers, on
  // the spot, and rockets and mortars are fired from close by the base they hit.
  const weapons = weaponsOf(text, cause, 'attack').weapons;
  const standoff = lex.pack.lexicon.weaponStandoff ?? [];
  const byThem = cues(cause, 'group_reference').some((g) => /^\s*\p{L}+\s+$/u.test(text.slice(cause.sentence.start, g.start)));
  const nearBase = byThem && weapons.length > 0 && !weapons.some((w) => standoff.includes(w)) && attacked.length === 1 && attacked[0]!.site !== null;
  let place: Place;
  if (launch) place = placeAtSite(lex.site(launch.key), launch);
  else if (nearBase) place = attacked[0]!;
  else {
    const countries = new Set(attacked.map((p) => p.country));
    const [country] = countries;
    if (countries.size !== 1 || !country || !lex.pack.sites.some((s) => s.role === 'strike_area' && s.country === country)) return null;
    const named = cause.countries.find((h) => h.key === country);
    place = placeInCountry(lex, country, null, named ? { start: named.start, end: named.end } : null);
  }
  const days = dateOf(text, cause, [], published).filter((d) => d.date_precision === 'day' && d.date !== null);
  const day = days.length === 1 ? days[0]! : null;
  // On the spot, on the attack's day; else on it or after, by publication.
  const date = day && !byThem && published && published > day.date! ? { ...day, date_end: published, date_precision: 'range' as const } : day;
  return { place, date };
}

interface Answered {
  place: Place;
  date: ReturnType<typeof dateOf>[number] | null;
}

/** A few words between a determiner and its noun ("a one-way drone attack"). */
const NOUN_PHRASE_GAP = /^\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "another attack", "a third drone": the word names an incident apart from those told before. */
function markedApart(text: string, r: Reading, word: Span): boolean {
  return cues(r, 'distinct_marker').some((d) => d.end <= word.start && NOUN_PHRASE_GAP.test(text.slice(d.end, word.start)));
}

/** "Sunday's incident": a day's name in the possessive opens a noun phrase too. */
const POSSESSIVE_GAP = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** POSSESSIVE_GAP at the end of a text, wherever the day before it ends. */
const POSSESSIVE_BEFORE = /['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "a drone attack", "Sunday's incident", "the attack": one incident, not a pattern of them. */
function singularIncident(text: string, r: Reading): boolean {
  const nouns = cues(r, 'incident_noun');
  if (!nouns.length) return false;
  const opens = (hits: TermHit[], gap: RegExp) => hits.some((d) => nouns.some((n) => n.start >= d.end && gap.test(text.slice(d.end, n.start))));
  return opens(cues(r, 'singular_determiner'), NOUN_PHRASE_GAP) || opens(cues(r, 'day_name'), POSSESSIVE_GAP);
}

/** The sentence after the incident begins by naming it again and names no place ("The attack came on Saturday", "Serangan pada Kamis"). */
function opensWithIncident(text: string, next: Reading, r: Reading, lex: CompiledPack): boolean {
  if (next.quote.start === r.quote.start || next.background || next.sentence.paragraph !== r.sentence.paragraph || next.sites.length) return false;
  if (countryPlaces(text, next, lex).some((p) => !r.countries.some((h) => h.key === p.country))) return false;
  const noun = cues(next, 'incident_noun')[0];
  return noun !== undefined && /^[\s\p{P}]*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(next.sentence.start, noun.start)) && !/^s\b/.test(text.slice(noun.end));
}

/** "have been", "has also faced": a verb in the perfect that tells a pattern. */
function perfectOfPattern(text: string, r: Reading): boolean {
  const verbs = cues(r, 'pattern_verb');
  return cues(r, 'perfect_auxiliary').some((a) => verbs.some((v) => v.start >= a.end && /^\s+$/.test(text.slice(a.end, v.start))));
}
const PERIOD = new RegExp(`(?<![\\p{L}])(?:${PERIOD_WORDS})(?![\\p{L}])`, 'iu');

/** A statement about a pattern of attacks ("US bases have faced repeated attacks") rather than about one incident. */
function isGeneric(text: string, r: Reading, kind: EventKind): boolean {
  const body = text.slice(r.sentence.start, r.sentence.end);
  // A day the text names, even one it does not let us resolve ("on Oct. 26" in an undated article), is one incident's;
  // not the day of the statement ("came under attack several times this week, officials said Thursday").
  if (namesIncidentDay(text, r)) return false;
  // "since February, when U.S. forces struck 85 sites": the period's start is an incident, even one told by its month.
  if (PERIOD.test(body) && !TELLS_SINCE_WHEN.test(body)) return true;
  if (singularIncident(text, r)) return false;
  if (perfectOfPattern(text, r)) return true;
  return kind === 'attack' && cues(r, 'attacks_plural').length > 0;
}

/**
 * "investigations into the attacks ... like Baghdad's Green Zone", "the attacks have hit Ain al-Asad, ... and Harir":
 * attacks named only in the plural, neither counted ("in two separate attacks") nor dated, restate a pattern even where a base is named.
 */
function toldOnlyAsPlural(text: string, r: Reading, kind: EventKind, previous: Reading | undefined): boolean {
  if (kind !== 'attack') return false;
  const plural = cues(r, 'attacks_plural');
  const perfect = cues(r, 'perfect_auxiliary');
  // "the attacks have hit": a verb in the perfect tells the pattern too.
  const ofPattern = (a: TermHit) => plural.some((p) => p.start === a.start) || perfect.some((h) => h.end <= a.start && /^\s+$/.test(text.slice(h.end, a.start)));
  if (!plural.length || !cues(r, 'attack').every(ofPattern)) return false;
  // Attacks the sentence before dated ("on Wednesday ... drone attacks. The targets of the attacks were ...") are those incidents;
  // so are those of a week named ("drone attacks on al-Tanf last week injured 21").
  if (r.dates.some((d) => namesDay(d) || withinAWeek(d)) || previous?.dates.some(namesDay)) return false;
  // "two separate drone attacks": a number up to two words before the plural counts it.
  const counted = (p: TermHit) => findNumbers(text, Math.max(r.sentence.start, p.start - 30), p.start).some((n) => /^(?:\s+[\p{L}-]+){0,2}\s+$/u.test(text.slice(n.end, p.start)));
  return !plural.some(counted) && !singularIncident(text, r);
}

/** "last week", "earlier this week": days told together, a week at most. */
function withinAWeek(d: DateMention): boolean {
  return d.precision === 'range' && d.date !== null && d.dateEnd !== null && d.dateEnd <= addDays(d.date, 6);
}

/** "a series of attacks", "multiple drone attacks", "a frequent target": a pattern, whatever days or bases the sentence names. */
function isPattern(text: string, r: Reading, kind: EventKind): boolean {
  const closeAfter = (a: TermHit, b: TermHit) => b.start >= a.end && /^(?:\s+(?:of\s+)?[\p{L}-]+){0,2}\s+$/u.test(text.slice(a.end, b.start));
  const nouns = cues(r, 'pattern_noun');
  // "a series of strikes on Friday": one day's strikes are an incident, however many.
  if (cues(r, 'generic').some((g) => nouns.some((n) => closeAfter(g, n)))) return !namesIncidentDay(text, r);
  // "have repeatedly targeted", "began attacking"; in a strike sentence such words describe the group struck.
  const acts = cues(r, 'attack');
  const justBefore = (h: TermHit) => acts.some((a) => a.start >= h.end && /^\s+$/.test(text.slice(h.end, a.start)));
  // "have mostly targeted Ain al-Asad, Erbil and Harir": what attacks usually hit, after a perfect or present auxiliary.
  const usually = (h: TermHit) => FREQUENCY_AUXILIARY.test(text.slice(Math.max(r.sentence.start, h.start - 12), h.start));
  // "The Pentagon has responded only a handful of times", "Washington has responded only sparingly": how often, not when;
  // not where a strike of its own follows ("retaliated rarely, but US jets struck …").
  if (kind === 'strike') {
    const answers = cues(r, 'response_verb');
    const often = cues(r, 'response_frequency').find((h) => answers.some((v) => h.start >= v.end && /^\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(v.end, h.start))));
    return often !== undefined && !cues(r, 'strike').some((h) => h.start >= often.end) && !r.weapons.length && !namesIncidentDay(text, r);
  }
  if (cues(r, 'habitual').some(justBefore) || cues(r, 'frequency').some((h) => justBefore(h) && usually(h))) return true;
  // "has been attacked repeatedly", "targeted the base frequently": after the act, when no day makes it one day's attacks.
  const shortlyAfter = (h: TermHit) => acts.some((a) => h.start >= a.end && HABIT_AFTER_ACT.test(text.slice(a.end, h.start)));
  return cues(r, 'habitual').some(shortlyAfter) && !namesIncidentDay(text, r);
}

/** Whether the clause names a day other than that of a statement ("…, officials said Thursday"). */
function namesIncidentDay(text: string, r: Reading): boolean {
  return r.dates.some((d) => namesDay(d) && !isStatementDay(text, r, d));
}

/** Between an act and the adverb that makes it a habit: a few words of what was hit, no punctuation. */
const HABIT_AFTER_ACT = /^(?:\s+[\p{L}-]+){0,4}\s+$/u;

/** "have", "has", "are", "ont", "haben" just before "mostly", "principalement", "meist". */
const FREQUENCY_AUXILIARY = /(?<![\p{L}])(?:have|has|had|are|is|ont|a|sont|haben|hat|sind|han|ha|son|hanno)\s+$/iu;

function nearBefore(hits: TermHit[], at: number, within: number): boolean {
  return hits.some((h) => h.end <= at && at - h.end <= within);
}

/**
 * "denied responsibility for the attack", "not responsible": a group denies its part in the incident, not that it happened.
 * "a US official denied any injuries", "نفى مسؤول أمريكي وقوع إصابات": so does a denial of its casualties, with no incident word between.
 */
function deniesPart(r: Reading, denial: TermHit): boolean {
  if (cues(r, 'responsibility').some((h) => h.start >= denial.start && h.start - denial.end <= 25)) return true;
  const casualty = [...cues(r, 'casualty_noun'), ...cues(r, 'injured'), ...cues(r, 'killed')].find((h) => h.start >= denial.end && h.start - denial.end <= 25);
  return casualty !== undefined && ![...cues(r, 'attack'), ...cues(r, 'strike'), ...cues(r, 'incident_noun')].some((h) => h.start >= denial.end && h.end <= casualty.start);
}

/**
 * Between two words of one phrase: nothing, or one word ("any retaliatory attack", "Iranian Shahed drone", "US military
 * base", "the latest drone attack", "two separate waves").
 */
const ONE_WORD_GAP = /^\s+(?:[\p{L}-]+\s+)?$/u;

/** Is the sentence about an incident that happened, or about a threat, a hypothesis, a denial? */
function isFactual(text: string, r: Reading, trigger: TermHit): boolean {
  if (cues(r, 'negation').length || cues(r, 'denial').some((d) => !deniesPart(r, d))) return false;
  // "any retaliatory attack": an incident that may come (one word between at most: "any injuries in the attack" denies none).
  if (cues(r, 'hypothetical_determiner').some((d) => d.end <= trigger.start && ONE_WORD_GAP.test(text.slice(d.end, trigger.start)))) return false;
  // "a funeral was held in the capital for fighters killed by the strikes": the dead of an incident told elsewhere, mourned elsewhere.
  if ((cues(r, 'mourning').some((h) => h.end <= trigger.start) && !mournedHere(text, r, trigger)) || cues(r, 'exercise').length) return false;
  // "publicly denounced attacking the foreign forces": a condemnation of attacks, not a report of one.
  // "vowed to pursue those behind the rocket attack on the embassy": what is vowed is the pursuit; the attack happened.
  // "Our drones can reach Ain al-Asad": what the weapons can do, not what they did ("a drone that can reach …" may have struck).
  if (cues(r, 'capability').some((c) => c.start >= trigger.end && CAPABLE_GAP.test(text.slice(trigger.end, c.start)))) return false;
  const pursued = PURSUED_BEFORE.test(text.slice(Math.max(r.sentence.start, trigger.start - 60), trigger.start)) && !nearBefore(cues(r, 'irrealis'), trigger.start, 24);
  return (pursued || !nearBefore(cues(r, 'irrealis'), trigger.start, 40)) && !nearBefore(cues(r, 'condemnation'), trigger.start, 3) && !supposed(text, r, trigger);
}

/** Between weapons and what they can do: nothing, or a word that is no relative pronoun ("drones now can reach"). */
const CAPABLE_GAP = /^\s+(?:(?!(?:that|which|who|qui|que|die|der|das|che|yang)\s)[\p{L}-]+\s+)?$/iu;

/** Before an incident that happened: "those behind the", "those responsible for Monday's", "the perpetrators of the". */
const PURSUED_BEFORE = /(?<![\p{L}])(?:those|the people|the ones|the perpetrators|perpetrators|whoever was)\s+(?:behind|responsible\s+for|of|who\s+carried\s+out)\s+(?:the|this|that|[\p{L}.]+['’]s)\s+(?:(?!(?:that|which|who|would|will|could|might|may|next|future|planned|possible|foiled|further|more|any)\s)[\p{L}\p{N}.'’-]+\s+){0,3}$/iu;

/**
 * "mourners met the body of the general, killed in a US airstrike in Iraq on Friday": the mourned died in an incident
 * the clause tells itself (named with no "the"), where and when its own words say (every place and day named after it;
 * "On Sunday, a funeral was held … for fighters killed by US strikes near Al-Qaim" gives the funeral's day).
 */
function mournedHere(text: string, r: Reading, trigger: TermHit): boolean {
  const places = [...r.sites, ...r.towns, ...r.regions, ...r.countries];
  return places.length > 0 && places.every((h) => h.start >= trigger.end) && !namedDefinitely(text, r, trigger) && r.dates.every((d) => d.start >= trigger.end);
}

/** "A rocket attack on Ain al-Asad would be a major escalation": the incident named as the subject of a modal is one supposed. */
function supposed(text: string, r: Reading, trigger: TermHit): boolean {
  if (!cues(r, 'irrealis').some((h) => h.start >= trigger.end) || !cues(r, 'incident_noun').some((n) => n.start === trigger.start)) return false;
  return !r.dates.some(namesDay) && MODAL_OF_SUBJECT.test(text.slice(trigger.end, r.sentence.end));
}
/** The noun phrase runs on to its modal ("… on Ain al-Asad would be"): no clause or relative between, and not "could have". */
const MODAL_OF_SUBJECT = /^(?:(?!\b(?:that|which|who)\b)[^,;:()]){0,50}?\s(?:would|could|might)\s+(?!have\b)/iu;

interface Kinded {
  kind: EventKind;
  trigger: TermHit;
}

/**
 * Words after which the defender is what is hit, not who strikes ("an attack on U.S. forces"). The lookahead for the
 * words' first letters changes no match: it spares most places in the text the rest of the expression.
 */
const TARGET_BEFORE = /(?=[aocghstع])(?:\b(?:on|against|at|toward|towards|targeting|targeted|attacking|attacked|hit|struck|contra|contre|sur|gegen|auf)|على)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}$/iu;
/** After the defender's name, a speaker's label: "US official:", "U.S. military sources -". */
const SPEAKER_AFTER = /^\s+(?:(?:military|defen[cs]e|senior)\s+)?(?:officials?|spokes(?:man|woman|person)|sources?)\s*[:—–]/iu;
/** "a base hosting", "which houses": what holds the defender's forces. */
const HOSTING_BEFORE = /(?<![\p{L}])(?:hosting|housing|hosts|houses)\s+(?:the\s+|some\s+)?(?:\d[\d,]*\s+)?$/iu;
/** "U.S. forces were attacked", "US Military Forces in Syria Targeted in", "US Forces Attacked Twice In 24 Hours": the defender suffers the action. */
const PASSIVE_AFTER = /^\.?(?:(?:\s+[\p{L}.-]+){0,6}?\s+(?:were|was|are|is|had been|have been|has been|being|came under|come under|comes? under|ont été|a été|fueron|han sido|wurden|wurde)\s+(?:\p{L}+\s+)?(?:attacked|targeted|hit|struck|attack|fire)|(?:\s+[\p{L}.-]+){1,4}?\s+(?:attacked|targeted|hit|struck)\s+(?:(?:twice|again|anew|once more|(?:two|three|four|five|several|multiple|\d+)\s+times)\s+)?(?:in|by)\s)/iu;
/** "troops were killed", "troops reportedly injured in": the troops suffered it, rather than did it. */
function isPassiveHurt(between: string, after: string): boolean {
  if (/^\s+(?:were|was|have been|had been|has been|are|being)(?:\s+\p{L}+ly)?\s+$/iu.test(between)) return true;
  return /^(?:\s+\p{L}+ly)?\s+$/iu.test(between) && /^\s+(?:in|by|during|when|after|as)\b/i.test(after);
}
/** "a U.S. soldier was killed": the auxiliary of a passive just before the verb; who is named before it suffered it. */
const PASSIVE_JUST_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?$/iu;
/** "by", in the languages the pack reads, before the agent of a passive. */
const PASSIVE_AGENT = /^\s+(?:by|par|por|von|durch|oleh|da)\s+(?:the\s+)?(?:[\p{L}.-]+\s+)?$/iu;
/** "num ataque com drones dos EUA", "un ataque de drones de EEUU", "une frappe des États-Unis": the defender owns the strike named before it. */
const OWNER_AFTER = /^\s+(?:(?:com|con|avec|mit|de)\s+[\p{L}-]+\s+)?(?:dos|do|de los|del|de|des|du|der)\s+$/iu;
/** Between a strike and the adjective that names its maker in the languages that put it after the noun: "ataque con dron", "frappe". */
const ADJECTIVE_AFTER = /^\s+(?:(?:com|con|avec|di|de|da)\s+[\p{L}-]+\s+)?$/iu;
/** "three U.S. soldiers", "40 American troops": a count or the defender's name a few words before its forces. */
const DIGITS_BEFORE = /(?<![\p{L}\p{N}_])\d+\s+(?:[\p{L}.-]+\s+){0,2}$/u;
const COUNTED_GAP = /^\s+(?:[\p{L}.-]+\s+){0,2}$/u;
const ADJECTIVE_GAP = /^\.?\s+(?:[\p{L}.-]+\s+){0,2}$/u;

/** "targeted by", "hit by the": the agent of a passive follows. */
const BY_JUST_BEFORE = /\bby\s+(?:(?:the|an?)\s+)?$/i;
/** A word PASSIVE_AFTER needs in either of its forms: most agents have none after them, and are spared it. */
const PASSIVE_VERB = /attack|targeted|hit|struck|fire/iu;
/** "US forces carried out", "US jets conducted": the defender acts after all, whatever passive was read. */
const CARRIED_OUT_AFTER = /^\s+(?:\p{L}+\s+){0,3}?(?:carried out|conducted|launched)/iu;

/** "-led", "-run" after the defender's name ("US-led base"). */
const LED_SUFFIX = /^-(?:led|run|operated)(?=\s)/i;

/** The defender's agents that act: not the forces an attack is aimed at. */
function actingAgents(text: string, r: Reading): TermHit[] {
  // "Main US Base in Iraq Attacked": the defender's name before a place is whose place it is; a place does not act.
  const places = cues(r, 'place_noun');
  // "US-led base in Syria hit": the defender that leads the base is whose it is too.
  const ofPlace = (a: TermHit) => places.some((p) => p.start >= a.end && ONE_WORD_GAP.test(text.slice(a.end, p.start).replace(LED_SUFFIX, '')));
  return cues(r, 'defender_agent').filter((a) => {
    if (ofPlace(a)) return false;
    const before = text.slice(Math.max(r.sentence.start, a.start - 40), a.start);
    // "were targeted by American drones": the agent of a passive acts.
    if (TARGET_BEFORE.test(before) && !BY_JUST_BEFORE.test(before)) return false;
    // "a base hosting US troops": the forces a place holds do not act in the clause.
    if (HOSTING_BEFORE.test(before)) return false;
    // "US official: drone targeted base": who speaks, not who acts.
    if (SPEAKER_AFTER.test(text.slice(a.end, Math.min(r.sentence.end, a.end + 40)))) return false;
    const after = text.slice(a.end, Math.min(r.sentence.end, a.end + 60));
    // "أصيب أربعة من الجنود الأمريكيين", "قُتل جنديان أمريكيان": the defender's adjective after its hurt people (the order of
    // Arabic, French, Spanish) names whom the incident hit.
    if (hurtPeopleBefore(text, r, a)) return false;
    return !(PASSIVE_VERB.test(after) && PASSIVE_AFTER.test(after) && !CARRIED_OUT_AFTER.test(after));
  });
}

/** The defender's adjective just after its people ("الجنود الأمريكيين"), who were hurt: a casualty word before them, or a passive after. */
function hurtPeopleBefore(text: string, r: Reading, adjective: TermHit): boolean {
  if (!cues(r, 'killed').length && !cues(r, 'injured').length) return false;
  const person = cues(r, 'defender_people').find((p) => p.end <= adjective.start && /^\s*$/.test(text.slice(p.end, adjective.start)));
  if (!person) return false;
  const hurt = [...cues(r, 'killed'), ...cues(r, 'injured')];
  return hurt.some((h) => (h.end <= person.start && person.start - h.end <= 30) || (h.start >= adjective.end && PASSIVE_HURT_GAP.test(text.slice(adjective.end, h.start))));
}
const PASSIVE_HURT_GAP = /^\s+(?:ont été|a été|fueron|han sido|foram|wurden|sono stati)\s+(?:\p{L}+\s+)?$/iu;

/** Before the forces of a by-phrase: "by US", "carried out by the American-led". */
const AGENT_FORCES_BEFORE = /(?<![\p{L}])by\s+(?:(?:the|an?)\s+)?(?:[\p{L}.-]+\s+){1,2}$/iu;

/** "three U.S. soldiers were killed", "injuring 40 American troops": the defender's dead or wounded. */
function defenderCasualties(text: string, r: Reading): boolean {
  const hurt = [...cues(r, 'killed'), ...cues(r, 'injured')];
  if (!hurt.length) return false;
  return cues(r, 'defender_target').some((t) => {
    const from = Math.max(r.sentence.start, t.start - 30);
    const leads = (hits: TermHit[], gap: RegExp) => hits.some((h) => h.start >= from && h.end <= t.start && gap.test(text.slice(h.end, t.start)));
    if (!leads(cues(r, 'defender_adjective'), ADJECTIVE_GAP) && !leads(cues(r, 'count_word'), COUNTED_GAP) && !DIGITS_BEFORE.test(text.slice(from, t.start))) return false;
    // "killed in a strike by US forces": the forces that struck, not the hurt.
    if (AGENT_FORCES_BEFORE.test(text.slice(from, t.start))) return false;
    // "killed three US troops", "the deaths of three service members", "US troops were injured": not "US troops killed five militants".
    return hurt.some((k) => (k.end <= t.start && t.start - k.end <= 40) || (k.start >= t.end && isPassiveHurt(text.slice(t.end, k.start), text.slice(k.end, k.end + 12))));
  });
}

/** Between a state and the strike it made: "the Zionist regime carried out an", "Israeli forces launched fresh". */
const FOREIGN_DID = /^\s+(?:(?:regime|forces|army|military|jets|warplanes|aircraft|air\s+force|entity|occupation)\s+)?(?:carried out|conducted|launched|staged|mounted)\s+(?:(?:an?|the|new|fresh|several|multiple|two|three)\s+)*$/iu;

/** Between a strike and the state said to have made it: "… carried out by", "attributed to", "believed to be", ", likely". */
const FOREIGN_AFTER = /^(?:[^.;:]{0,50}?(?<![\p{L}])(?:by|to be|attributed to|blamed on)|,?\s+(?:likely|probably|possibly|apparently|presumably|reportedly))\s+(?:the\s+)?$/iu;

/** Between a strike and a state: words that make the state another's, or the maker of something else ("used by", "in response to attacks by"). */
const NOT_ITS_MAKER = /(?<![\p{L}])(?:used|backed|operated|supported|run|controlled|funded|linked|affiliated|allied|aligned|belonging|housing|hosting|occupied|supplied|armed|trained|sponsored|manned|held|attacks?|response|retaliation|after|following)(?![\p{L}])/iu;

/** "the IRGC's missile strike", "Israeli air strikes": a strike someone else made. */
function byOthers(text: string, r: Reading, lex: CompiledPack, h: TermHit): boolean {
  const foreign = cues(r, 'foreign_agent');
  if (foreign.some((f) => f.end <= h.start && (h.start - f.end <= 12 || (h.start - f.end <= 50 && FOREIGN_DID.test(text.slice(f.end, h.start)))))) return true;
  // "strikes believed to have been carried out by Israel", "attributed to Israel", "warplanes, likely Israeli".
  // Not the state that uses or backs what was struck ("a facility used by Iran's IRGC").
  if (foreign.some((f) => f.start >= h.end && f.start - h.end <= 60 && FOREIGN_AFTER.test(text.slice(h.end, f.start)) && !NOT_ITS_MAKER.test(text.slice(h.end, f.start)))) return true;
  return r.actors.some((a) => isHostile(a, lex) && a.end <= h.start && h.start - a.end <= 30 && /^[)'’]*s?(?:\s*\([^)]{0,20}\))?['’]?s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(a.end, h.start)) && !/\b(?:on|against|at|targeting|of|by|with)\b/i.test(text.slice(a.end, h.start)));
}

/**
 * A state named after these is not the one acting: "militias backed by Iran launched", "pro-Iranian groups", "milices
 * soutenues par l'Iran", "milicias respaldadas por Irán", "militan yang didukung Iran".
 */
const NOT_ACTING_STATE = /(?:(?<![\p{L}])(?:by|of|to|with|from|and|pro|par|de|du|por|pelo|pela|von|vom|dal|dall|dalla|dari|oleh|didukung|dukungan)|-)\s*(?:l['’]\s*)?$/iu;

/** The incident word is the act of a state ("an Iranian drone attacked", "Iran launched"), not of a group it backs ("Iran-backed"). */
function byState(text: string, r: Reading, trigger: TermHit): boolean {
  // "Iranian militias targeted …" (as SOHR writes): armed groups the state backs, not the state.
  const groups = [...cues(r, 'armed_group_noun'), ...cues(r, 'hostile_people')];
  return cues(r, 'foreign_agent').some(
    (f) =>
      f.end <= trigger.start &&
      ONE_WORD_GAP.test(text.slice(f.end, trigger.start)) &&
      !groups.some((g) => g.start >= f.end && g.end <= trigger.start) &&
      !NOT_ACTING_STATE.test(text.slice(Math.max(r.sentence.start, f.start - 12), f.start)) &&
      !r.actors.some((a) => a.end <= trigger.start && a.start > f.end),
  );
}

/** Groups outside the campaign the clause names, not as what the defender fights ("the coalition against ISIS"). */
function otherGroups(text: string, r: Reading): TermHit[] {
  return cues(r, 'other_group').filter((g) => !FOUGHT_BEFORE.test(text.slice(Math.max(r.sentence.start, g.start - 12), g.start)));
}
const FOUGHT_BEFORE = /(?:against|anti-?|counter-?|fight(?:ing)?|defeat|contre|contra|gegen|ضد)\s*(?:the\s+)?$/iu;

/** Between a strike and the group it is made on: a few words, then "against", "on" or "targeting" ("operations against", "a raid on a hideout of"). */
const STRUCK_GROUP_GAP = /^(?:\s+[\p{L}\d-]+){0,3}?\s+(?:against|on|targeting|contre|contra|gegen|ضد)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+(?:of\s+(?:the\s+)?)?)?$/iu;

/** The strike is made on a group outside the campaign: "20 operations against ISIS", "a raid on an ISIS cell". */
function strikesOtherGroup(text: string, r: Reading, trigger: TermHit): boolean {
  return cues(r, 'other_group').some((g) => g.start >= trigger.end && g.start - trigger.end <= 60 && STRUCK_GROUP_GAP.test(text.slice(trigger.end, g.start)));
}

/** "An Islamic State attack", "ISIS militants attacked": the act of a group outside the campaign. */
function byOtherGroup(text: string, r: Reading, trigger: TermHit): boolean {
  return otherGroups(text, r).some((g) => g.end <= trigger.start && OTHER_GROUP_GAP.test(text.slice(g.end, trigger.start)));
}
const OTHER_GROUP_GAP = /^[)'’]*s?(?:\s+[\p{L}-]+){0,2}\s+$/u;

/**
 * "Security forces found a rocket launcher near the base", "rockets were seized", "a rocket launcher mounted on a truck was
 * found": a weapon found, not fired. What the weapon is said to be between them holds no act ("rockets that hit the base were found …").
 */
function foundNotFired(text: string, r: Reading, weapon: TermHit): boolean {
  const acted = (from: number, to: number) => cues(r, 'attack').some((a) => a.start >= from && a.end <= to);
  return cues(r, 'weapon_found').some(
    (f) => (f.end <= weapon.start && weapon.start - f.end <= 30) || (f.start >= weapon.end && FOUND_PASSIVE.test(text.slice(weapon.end, f.start)) && !acted(weapon.end, f.start)),
  );
}
const FOUND_PASSIVE = /^(?:\s+[\p{L}-]+){0,6}?\s+(?:were|was|have been|has been)\s+$/u;

/** The strike cues that are nouns for a strike: "strike", "airstrike", "frappe", "bombardement", "Luftangriff", "غارة", "удар". */
const STRIKE_NOUN = /strike|frappe|bombardement|bombardeo|bombardeio|Luftangriff|غارة|ضربة|удар/iu;

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/**
 * Between an Arabic verb and the defender that is its subject: at most the noun the defender's adjective goes with ("القوات"),
 * and an adjective of its own before it ("القوات الجوية", "الطائرات الحربية": the feminine "-ية" of a thing's kind).
 */
const VERB_TO_SUBJECT = /^\s+(?:\p{L}+\s+(?:ال\p{L}+ية\s+)?)?$/u;

/** Between a response verb and what it answers: "responded to", "responded to our". */
const ANSWERED_GAP = /^\s+to\s+(?:[\p{L}'’-]+\s+){0,2}$/u;

/** "The U.S. military has not yet responded to requests for comment": a response verb that answers a question, not an attack. */
function answersInquiry(text: string, r: Reading, verb: TermHit): boolean {
  return cues(r, 'response_verb').some((v) => v.start <= verb.start && v.end >= verb.end && cues(r, 'inquiry').some((q) => q.start >= v.end && ANSWERED_GAP.test(text.slice(v.end, q.start))));
}

/** A part that opens with "and" and no subject of its own: "and responded with …". */
const ELIDED_ANSWER = /^\s*and\s/i;

/** The sentence opens with the defender's forces as its subject: "US forces in Syria came under …", "Coalition troops were attacked …". */
function forcesOpen(text: string, r: Reading, lex: CompiledPack): boolean {
  const forces = lex.cue('defender_target').find(text, r.quote.start, Math.min(r.sentence.start, r.quote.start + FORCES_REACH))[0];
  return forces !== undefined && lex.cue('defender_agent').find(text, r.quote.start, forces.start).some((a) => FORCES_OPENING.test(text.slice(r.quote.start, a.start)) && /^\.?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(a.end, forces.start)));
}
const FORCES_REACH = 40;
const FORCES_OPENING = /^[\s"“'‘(]*(?:the\s+)?$/iu;

/** attack, strike, or no event at all. */
function kindOf(text: string, r: Reading, lex: CompiledPack): Kinded | null {
  if (r.kinded === undefined) r.kinded = readKind(text, r, lex);
  return r.kinded;
}

function readKind(text: string, r: Reading, lex: CompiledPack): Kinded | null {
  const attack = cues(r, 'attack');
  const strike = cues(r, 'strike').filter((h) => !answersInquiry(text, r, h));
  // "… came under drone attack on Monday | and responded with a strike": the part read apart after an attack on the
  // defender answers it, its subject the defender's forces the sentence opened with.
  if (ELIDED_ANSWER.test(text.slice(r.sentence.start, r.sentence.start + 8))) {
    const verb = cues(r, 'response_verb').find((v) => /^\s*\p{L}+\s+$/u.test(text.slice(r.sentence.start, v.start)) && !answersInquiry(text, r, v));
    // An answer in arms ("with a strike", "against the attackers", "returned fire"), not in words ("responded to the accusations").
    const armed = () => strike.some((h) => h.start >= verb!.end) || cues(r, 'attacker_object').length > 0 || cues(r, 'self_defence').length > 0;
    if (verb && armed() && forcesOpen(text, r, lex)) return { kind: 'strike', trigger: verb };
  }
  // Every trigger below starts from an attack or strike word, a weapon or a harm the defender does: most clauses have none.
  if (!attack.length && !strike.length && !r.weapons.length && !cues(r, 'agent_harm').length) return null;
  const agents = actingAgents(text, r);
  const baseSites = r.sites.filter((h) => lex.site(h.key).role === 'base' && !isIncidental(text, h, lex));
  const strikeSites = r.sites.filter((h) => lex.site(h.key).role === 'strike_area' && !isIncidental(text, h, lex));
  const militias = r.actors.filter((h) => isHostile(h, lex));
  const airWeapon = r.weapons.find((w) => w.key === 'air_strike');

  const others = (h: TermHit) => byOthers(text, r, lex, h);
  // The defender named last before the verb is its subject: "CENTCOM confirmed that U.S. forces had been attacked" is no strike.
  // Not one that blames it on others ("Washington culpó del ataque a milicias", "the US blamed the strike on Kataib Hezbollah").
  const actsBefore = (h: TermHit) => {
    const last = cues(r, 'defender_agent').filter((a) => a.start < h.start && h.start - a.end < 80).at(-1);
    return last !== undefined && agents.includes(last) && !cues(r, 'attribution').some((b) => b.start >= last.end && b.end <= h.start);
  };
  // "قصفت القوات الأمريكية مواقع …" (US forces shelled positions …): Arabic puts the verb first, and its subject just after it.
  const actsAfter = (h: TermHit) => ARABIC_SCRIPT.test(h.text) && agents.some((a) => a.start >= h.end && VERB_TO_SUBJECT.test(text.slice(h.end, a.start)));
  // "U.S. forces launched against a facility": an attack verb whose subject is the defender strikes.
  // "Die US-Armee hat Ziele der Kataib Hisbollah im Irak angegriffen": German puts the participle last, after the auxiliary that follows the subject.
  // A subordinate clause may follow it: "… angegriffen, die von den Revolutionsgarden genutzt werden".
  const endsClause = (a: TermHit) => /^\s*(?:[,.!?"”»]*\s*$|,\s*(?:die|der|das|den|dem|welche[rsnm]?|wo|weil|nachdem|als|um|wie)\s)/u.test(text.slice(a.end, r.sentence.end));
  // "Proiranische Milizen haben die US-Truppen … angegriffen": with the militias first, the defender after the auxiliary is its object.
  const hostileOpens = (g: TermHit) => [...militias, ...cues(r, 'hostile_people'), ...cues(r, 'armed_group_noun')].some((h) => h.end <= g.start);
  // There the group struck stands between the two, and is no subject of the verb.
  // Not an Arabic noun with its article ("قال مسؤول أمريكي إن الهجوم", a US official said that the attack): no verb.
  const agentVerb = attack.find((a) =>
    !ARABIC_DEFINITE.test(a.text) &&
    agents.some(
      (g) =>
        g.end <= a.start &&
        ((!others(a) && a.start - g.end <= 12 && /^\.?(?:\s+[\p{L}-]+)?\s+$/u.test(text.slice(g.end, a.start))) ||
          ((GERMAN_PERFECT.test(text.slice(g.end, a.start)) || (GERMAN_AUXILIARY_BEFORE.test(text.slice(Math.max(r.sentence.start, g.start - 16), g.start)) && GERMAN_PARTICIPLE_GAP.test(text.slice(g.end, a.start)) && !hostileOpens(g))) && endsClause(a))),
    ),
  );
  // "a MQ-9 Reaper engaged five militants", "US forces killed two fighters": the defender acts on the militants.
  // "an American drone killed a Kataib Hezbollah commander": a member of a named militia is what it acts on too.
  const harmsOf = (objects: TermHit[]) =>
    cues(r, 'agent_harm').find((v) => agents.some((g) => g.end <= v.start && v.start - g.end <= 40 && !PASSIVE_JUST_BEFORE.test(text.slice(g.end, v.start))) && objects.some((o) => o.start >= v.end && o.start - v.end <= 30));
  const agentHarm = () => harmsOf([...cues(r, 'strike_object'), ...militias]);
  // "a Kataib Hezbollah commander was killed by a US drone": the defender, the agent of a passive harm to a militant.
  const harmedByAgent = () =>
    cues(r, 'agent_harm').find(
      (v) =>
        PASSIVE_JUST_BEFORE.test(text.slice(Math.max(r.sentence.start, v.start - 20), v.start)) &&
        agents.some((g) => g.start >= v.end && g.start - v.end <= 16 && PASSIVE_AGENT.test(text.slice(v.end, g.start))) &&
        [...cues(r, 'hostile_people'), ...militias].some((o) => o.end <= v.start && v.start - o.end <= 40),
    );
  // "were targeted by American drones": the defender is the agent of a passive.
  // "un ataque con dron estadounidense", "un raid con drone americano", "serangan drone AS": the defender's name after the
  // strike it made, where a language puts the maker after the noun (with a weapon between them, or nothing).
  const weaponBetween = (from: number, to: number) =>
    r.weapons.some((w) => w.start > from && w.end < to && /^\s+$/.test(text.slice(from, w.start)) && /^\s+$/.test(text.slice(w.end, to)));
  const agentAfter = (h: TermHit, named: (between: string, g: TermHit) => boolean) =>
    agents.some((g) => g.start >= h.end && g.start - h.end <= 24 && named(text.slice(h.end, g.start), g));
  const madeBy = (h: TermHit) =>
    agentAfter(h, (between, g) => (ADJECTIVE_AFTER.test(between) || weaponBetween(h.end, g.start)) && cues(r, 'maker_adjective').some((c) => c.start === g.start));
  const byAgent = (h: TermHit) => agentAfter(h, (between) => PASSIVE_AGENT.test(between) || OWNER_AFTER.test(between)) || madeBy(h);
  // "Kataib Hezbollah's headquarters was struck by US forces": the defender named as the agent strikes, whoever is named before.
  // "the attack was carried out by Iran-aligned groups": done by someone the sentence names after it, not by the defender before it.
  // Not "retaliated by targeting the launcher": a gerund after "by" tells how, not who.
  const byNamedOther = (h: TermHit) => /^\s+by\s(?!\s*\p{L}+ing\b)/iu.test(text.slice(h.end, h.end + 30)) && !byAgent(h);
  // "US jets shot down two drones": the aircraft stopped an attack and struck nothing.
  const downed = () => cues(r, 'shot_down').some((h) => r.weapons.some((w) => w.key !== 'air_strike' && w.start >= h.end && /^(?:\s+[\p{L}\p{N}-]+){0,3}\s+$/u.test(text.slice(h.end, w.start))));
  const aircraft = airWeapon && agents.length && !others(airWeapon) && !downed() ? airWeapon : undefined;
  const strikeTrigger = strike.find((s) => byAgent(s) || (!others(s) && !byNamedOther(s) && (actsBefore(s) || actsAfter(s)))) ?? aircraft ?? agentVerb ?? attack.find((a) => (byAgent(a) && !others(a)) || madeBy(a)) ?? (agents.length ? (agentHarm() ?? harmedByAgent()) : undefined);
  const attackTrigger = attack[0] ?? r.weapons.find((w) => w.key !== 'air_strike' && !foundNotFired(text, r, w));
  // "an Iranian drone attacked", "Iran launched missiles": a state's own attack, not a militia's.
  if (attackTrigger && byState(text, r, attackTrigger)) return null;
  // The defender's forces, not words of a partner's name ("Syrian Democratic Forces").
  const defenderHit = () => baseSites.length > 0 || cues(r, 'defender_target').some((h) => !r.actors.some((a) => h.start >= a.start && h.end <= a.end));
  if (attackTrigger && byOtherGroup(text, r, attackTrigger) && !defenderHit()) return null;
  const strikeNoun = strike.find((h) => STRIKE_NOUN.test(h.text) && !others(h));
  // "The strike occurred in the Mashtal neighborhood": a strike where the defender's strikes land.
  // "an airstrike on a weapons warehouse": what it hit is what the defender strikes.
  // "the militia's launch vehicle was hit by an airstrike": the same, told in the passive.
  const onObject =
    strikeNoun &&
    cues(r, 'strike_object').some(
      (o) => (o.start >= strikeNoun.end && o.start - strikeNoun.end <= 25 && TARGET_BEFORE.test(text.slice(strikeNoun.end, o.start))) || (o.end <= strikeNoun.start && strikeNoun.start - o.end <= 60 && STRUCK_BY.test(text.slice(o.end, strikeNoun.start))),
    );
  // "16 fighters were killed in the strikes, ... when an airstrike hit a base hospital": the dead are the militias', so the
  // strike is the defender's; not where the defender's own are named ("six fighters were killed in a drone strike that hit
  // a base where U.S. troops are stationed").
  // A clause that names no place of its own restates the strikes told before it ("The strikes hit 85 targets, killing 40 militants").
  const placed = r.sites.length + r.towns.length + r.regions.length + r.countries.length > 0;
  const hostileDead = () => placed && cues(r, 'killed').length > 0 && cues(r, 'hostile_people').length > 0 && !cues(r, 'defender_adjective').length;
  if (!strikeTrigger && strikeNoun && !baseSites.length) {
    if ((militias.length || strikeSites.length || onObject) && !cues(r, 'defender_target').length) return { kind: 'strike', trigger: strikeNoun };
    if (hostileDead()) return { kind: 'strike', trigger: strikeNoun };
  }
  // "A drone struck a vehicle in eastern Baghdad, killing a senior Kataib Hezbollah commander": from the air, with the
  // militia's own people the dead and none of the defender's hit, the defender's strike, as "a drone strike" would be.
  const fromTheAir = () => r.weapons.some((w) => w.key === 'air_strike' || w.key === 'drone');
  if (!strikeTrigger && !strikeNoun && attack.length && fromTheAir() && !baseSites.length && !cues(r, 'defender_target').length && militias.length && hostileDead()) {
    return { kind: 'strike', trigger: attack[0]! };
  }

  // An attack on the defender's base is an attack, even when the sentence says "strike"; so is one that killed or wounded its troops.
  // "US aircraft struck the launch team near Ain al-Asad": with the defender acting, a base named only as where its target was is not hit.
  const baseHit = strikeTrigger ? baseSites.some((h) => !NEAR_BEFORE.test(text.slice(Math.max(r.sentence.start, h.start - 20), h.start))) : baseSites.length > 0;
  if (attackTrigger && (baseHit || defenderCasualties(text, r))) return { kind: 'attack', trigger: attackTrigger };
  // "U.S. forces in Syria conducted a strike": the forces that act are not what is hit.
  const hitForces = cues(r, 'defender_target').filter((h) => !agents.some((a) => a.end <= h.start && h.start - a.end <= 12));
  if (strikeTrigger && (strikeSites.length || militias.length || !hitForces.length || cues(r, 'strike_object').length)) {
    const targetIsDefender = cues(r, 'defender_target').some((h) => h.start > strikeTrigger.end && !/\b(?:plotting|preparing|planning|plans|intended|responsible for|role in|involvement in|to attack|to launch|to use|to support|used by|used to|used for|behind|(?:that|who|which)\s+(?:have|has|had))\b/i.test(text.slice(strikeTrigger.end, h.start)) && cues(r, 'defender_adjective').some((a) => a.start >= h.start - 25 && a.end <= h.start && /^\.?\s+(?:\S+\s+)?$/.test(text.slice(a.end, h.start))) && !agents.some((a) => a.end <= h.start && h.start - a.end <= 12));
    // "en un nuevo ataque reivindicado por las milicias": what the militias claim they did is no strike on them.
    const claimers = [...militias, ...cues(r, 'strike_object')];
    // "US Central Command claimed its aircraft hit 80 targets": what the defender claims is its own strike.
    const defenderClaims = (v: TermHit) => agents.some((a) => a.end <= v.start && v.start - a.end <= 12);
    const claimedByMilitia = cues(r, 'claim_verb').some((v) => !defenderClaims(v) && claimers.some((m) => (m.start >= v.end && m.start - v.end <= 30) || (m.end <= v.start && v.start - m.end <= 30)));
    if (!targetIsDefender && !(claimedByMilitia && hitForces.length)) return { kind: 'strike', trigger: strikeTrigger };
  }
  // "US forces killed an ISIS leader in a raid": the defender's raid on a group outside the campaign, no attack on it
  // (but "killed two ISIS militants who attacked their base").
  if (attackTrigger && !baseSites.length && !militias.length && !cues(r, 'defender_target').some((h) => h.start > attackTrigger.end) && harmsOf(otherGroups(text, r))) return null;
  if (attackTrigger && (baseSites.length || cues(r, 'defender_target').length)) return { kind: 'attack', trigger: attackTrigger };
  // "A third drone was destroyed in northern Iraq": one more of the weapons of the attacks told, elsewhere, is an attack of its own.
  const oneMore = r.weapons.find((w) => w.key !== 'air_strike' && markedApart(text, r, w));
  if (oneMore && !strikeTrigger && countryPlaces(text, r, lex).length) return { kind: 'attack', trigger: oneMore };
  // "The Islamic Resistance in Iraq claimed an attack in Syria": what the militias claim is an attack on the defender.
  const claimed = attack.find((a) => cues(r, 'claim_verb').some((v) => v.end <= a.start && a.start - v.end <= 40));
  if (claimed && militias.length && !cues(r, 'foreign_agent').length && countryPlaces(text, r, lex).length) return { kind: 'attack', trigger: claimed };
  return null;
}

/** Between what was hit and the strike that hit it: "… in Zummar was targeted by an", "… were destroyed in two". */
const STRUCK_BY = /^(?:\s+[\p{L}.'’-]+){0,4}?\s+(?:was|were|had been|has been|have been)\s+(?:\p{L}+ly\s+)?(?:targeted|hit|struck|destroyed|bombed)\s+(?:by|in)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}.-]+\s+){0,2}$/iu;

/** Just before a place: it locates something else ("the launch team near Ain al-Asad"). */
const NEAR_BEFORE = /(?<![\p{L}])(?:near|outside|close to|not far from|in the vicinity of)\s+(?:the\s+)?$/iu;

/** Between the defender's adjective and its forces: a few words of one noun phrase ("American and coalition forces"). */
const DEFENDER_BEFORE = /^\.?(?:\s+[\p{L}-]+){0,2}\s+$/u;

/**
 * "these attacks have targeted coalition forces 16 times. The most recent attack, on Thursday, occurred in the Kurdistan
 * Region": the latest of the attacks the sentence before said were on the defender is one on it, though it names no target.
 */
function latestOfThose(text: string, readings: Reading[], r: Reading): Kinded | null {
  const latest = cues(r, 'latest_of');
  if (!latest.length) return null;
  const trigger = cues(r, 'attack').find((a) => latest.some((l) => l.end <= a.start && ONE_WORD_GAP.test(text.slice(l.end, a.start))));
  if (!trigger || r.sites.length + r.towns.length + r.regions.length + r.countries.length === 0) return null;
  const before = readings.filter((o) => o.quote.end <= r.quote.start && o.sentence.paragraph === r.sentence.paragraph).at(-1);
  if (!before || !cues(before, 'attack').length) return null;
  // The defender's own ("American and coalition forces"), not any troops ("Iraqi soldiers").
  const adjectives = cues(before, 'defender_adjective');
  const defenders = cues(before, 'defender_target').some((h) => adjectives.some((a) => a.end <= h.start && h.start - a.end <= 25 && DEFENDER_BEFORE.test(text.slice(a.end, h.start))));
  return defenders ? { kind: 'attack', trigger } : null;
}

/** "U.S. launches strikes on Iraq in wake of Jordan drone attack": the attack a defender's strike answers was on the defender. */
function retaliatedFor(text: string, readings: Reading[], r: Reading, lex: CompiledPack): Kinded | null {
  const trigger = cues(r, 'attack')[0];
  if (!r.background || !trigger || !(r.sites.length || countryPlaces(text, r, lex).length)) return null;
  const main = readings.find((o) => o.quote.start === r.quote.start && !o.background);
  return main && kindOf(text, main, lex)?.kind === 'strike' ? { kind: 'attack', trigger } : null;
}

interface Draft {
  mention: Mention;
  reading: Reading;
  /** The draft this one's clause implies it beside: another wave of it. */
  of?: Mention;
}

/** Between the waves and what they are waves of: "waves of U.S. retaliatory strikes". */
const WAVES_OF = /^\s+(?:of|de|d['’]\s*|von)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const MOST_WAVES = 4;

/** Incidents a clause implies beside the one it tells, at its place: "killed in two waves of strikes" tells two, each on a day of its own. */
function impliedIncidents(text: string, r: Reading, kind: EventKind): { copies: number; shift: number; span: Span; split: boolean } | null {
  const waves = cues(r, 'wave_noun');
  if (!waves.length) return null;
  const acts = cues(r, kind === 'strike' ? 'strike' : 'attack');
  for (const wave of waves) {
    if (!acts.some((a) => a.start >= wave.end && WAVES_OF.test(text.slice(wave.end, a.start)))) continue;
    const count = findNumbers(text, Math.max(r.sentence.start, wave.start - 30), wave.start).findLast((n) => ONE_WORD_GAP.test(text.slice(n.end, wave.start)));
    if (count && Number.isInteger(count.value) && count.value >= 2 && count.value <= MOST_WAVES) return { copies: count.value - 1, shift: 0, span: { start: count.start, end: wave.end }, split: true };
  }
  return null;
}

/** A weekday's label moved by whole days ("w3" a day back is "w2"); a day of the year is not moved, and is dropped. */
function shiftedLabel(label: string | undefined, days: number): string | null {
  if (!label || days === 0) return label ?? null;
  const weekday = /^w(\d)[+-]?$/.exec(label);
  return weekday ? `w${(((Number(weekday[1]) + days) % 7) + 7) % 7}` : null;
}

/** The drafts with the incidents their clause implies beside them: waves share the outcome, and a toll of all the waves is of no one of them. */
function impliedBeside(text: string, r: Reading, drafts: Draft[], kind: EventKind): Draft[] {
  const implied = impliedIncidents(text, r, kind);
  if (!implied) return drafts;
  const out: Draft[] = [];
  for (const draft of drafts) {
    const m = draft.mention;
    // Waves on one named day are one incident at one place.
    if (implied.split && m.date_precision === 'day') {
      out.push(draft);
      continue;
    }
    if (implied.split) Object.assign(m, { killed: null, injured: null });
    if (implied.split) for (const field of ['killed', 'injured'] as const) delete m.evidence[field];
    out.push(draft);
    for (let k = 0; k < implied.copies; k++) {
      const evidence: Partial<Record<MentionField, Span>> = { ...m.evidence, date: implied.span };
      for (const field of ['killed', 'injured', ...(implied.split ? [] : ['outcome' as const])] as const) delete evidence[field];
      const shift = (day: IsoDate | null) => (day === null || m.date_precision === 'month' ? day : addDays(day, implied.shift));
      const label = shiftedLabel(m.day_label, implied.shift);
      const copy: Mention = { ...m, date: shift(m.date), date_end: shift(m.date_end), killed: null, injured: null, outcome: implied.split ? m.outcome : 'unknown', weapons: [...m.weapons], evidence };
      if (label) copy.day_label = label;
      else delete copy.day_label;
      const note = notes.get(m);
      if (note) notes.set(copy, { ...note, day: label, ownOnly: new Set(), bound: new Set() });
      out.push({ reading: r, mention: copy, of: m });
    }
  }
  return out;
}

/** The weapon classes of one incident: a strike is made by drone or from the air, an attack by whatever the sentence names. */
function weaponsOf(text: string, r: Reading, kind: EventKind, hits: TermHit[] = r.weapons): { weapons: string[]; span: Span | null } {
  if (kind === 'strike') {
    // In a strike sentence a drone is the defender's only in "a drone strike" or "a U.S. drone"; else it is what was struck ("launch a one-way attack drone").
    const verbs = [...cues(r, 'strike'), ...cues(r, 'attack')];
    const agents = cues(r, 'defender_agent');
    // "drones dos EUA", "drones américains", "drones estadounidenses": the defender named after its drone.
    const defenders = (w: TermHit) =>
      verbs.some((v) => v.start >= w.end && /^\s*$/.test(text.slice(w.end, v.start))) ||
      agents.some((a) => (a.end <= w.start && /^\.?(?:\s+[\p{L}-]+)?\s+$/u.test(text.slice(a.end, w.start))) || (a.start >= w.end && OWNER_AFTER_WEAPON.test(text.slice(w.end, a.start))));
    hits = hits.filter((w) => w.key === 'air_strike' || (w.key === 'drone' && defenders(w)));
  }
  const keys = new Set(hits.map((w) => w.key));
  return { weapons: normalWeapons([...keys], kind), span: hits[0] ? { start: hits[0].start, end: hits[0].end } : null };
}

/** Between a drone and the defender written after it as its owner: "drones dos EUA", "drone américain", "drones de los EEUU". */
const OWNER_AFTER_WEAPON = /^\s+(?:(?:dos|das|do|da|de|des|du|del|de\s+los|de\s+las|der)\s+)?$/iu;

/** "rockets" and "missiles" said of one salvo are rockets; a strike is by drone or from the air, and "air strikes" say the latter. */
function normalWeapons(weapons: string[], kind: EventKind): string[] {
  let keys = [...new Set(weapons)];
  if (kind === 'attack') keys = keys.filter((k) => k !== 'air_strike');
  if (keys.some((k) => ['rocket', 'drone', 'ballistic_missile', 'cruise_missile', 'mortar'].includes(k))) keys = keys.filter((k) => k !== 'missile');
  if (kind === 'strike' && keys.includes('air_strike')) keys = keys.filter((k) => k !== 'drone');
  return keys.sort();
}

/** The months' names in the languages the pack reads. */
const MONTH_NAMES = monthNamePattern(['en', 'fr', 'es', 'de', 'pt', 'it']);
/**
 * A number in digits right after a month's name or abbreviation ("Jan. 28", "mars 3") is a day, not a count; a number word is a
 * count ("Ende Januar drei US-Soldaten", late in January three US soldiers).
 */
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|(?:févr|avr|juil|déc|ene|abr|ago|dic|okt|dez|fev|set|out|gen|ott)\\.)\\s*$`, 'iu');
const isDigits = (text: string, n: Span): boolean => /^\d/.test(text.slice(n.start, n.end));

/** "MQ-9", "F-16": a number joined to the letters of a name. */
const HYPHENED = /\p{L}-$/u;
/** ", including both U.S. troops and contractors,", ", dont trois soldats,": an aside that tells who a count is made of. */
const COUNT_PARTS = '(?:including|among them|among whom|notamment|dont|darunter|entre ellos|entre ellas|incluidos|incluidas)';
const COUNT_ASIDE = new RegExp(`,\\s*${COUNT_PARTS}\\s[^,;:]*,`, 'iu');
const COUNT_ASIDE_OPEN = new RegExp(`,\\s*${COUNT_PARTS}\\s[^,;:]*$`, 'iu');
/** "four soldiers and": a count, the one to three words it counts, and "and" before the next count. */
const COUNT_AND = /^\s+(?:[\p{L}.'’-]+\s+){1,3}(?:and|dan|et|y|und|e|و)\s+$/u;
/** "three were killed", "have been wounded": the count comes before the verb. */
const PASSIVE_BEFORE = /\b(?:were|was|been|are|is|be)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * "not result in any", "without any reported human": a few words, no break, between a negator and what it denies;
 * not "no information about any", "no serious", "no civilian": what is denied there is not that anyone was hurt.
 */
const DENIAL_GAP = /^\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
const NOT_DENIAL = /(?<![\p{L}])(?:about|regarding|whether|if|information|details?|word|indication|confirmation|civilian|life-threatening|serious|severe|major|significant|critical|further|elaborate|specify|disclose|provide|give|mention|figures?|numbers|count|tally|breakdown|estimates?|informations?|détails|información|detalles|Angaben|Informationen|معلومات|تفاصيل|أنباء)(?![\p{L}])/iu;
/** After a casualty word: what was given of the casualties, not the casualties ("no casualty figures"). */
const FIGURES_AFTER = /^\s+(?:figures?|count|toll|tally|estimates?|data|breakdown|numbers?|details|information|reports?)(?![\p{L}])/iu;

/** "Verletzt wurde bei den Attacken offenbar niemand", "Verletzt wurde niemand, teilte ein Sprecher mit": a casualty word whose clause ends by saying nobody. */
const NOBODY_AFTER = /^(?:\s+[\p{L}-]+){0,6}\s+(?:niemand|keiner|nobody|personne|nadie|ninguém)(?:\s*[.!?]?\s*$|\s*,)/iu;
const nobodyAfter = (text: string, r: Reading, h: Span): boolean => NOBODY_AFTER.test(text.slice(h.end, r.sentence.end));

/**
 * "No U.S. personnel were hurt", "none of the troops was harmed", "None were injured", "no troops were killed or wounded":
 * the casualty verb of a subject that "no" or "none" denies.
 * Not "no other troops were hurt" (others were), nor "no seriously": what is denied there is not that anyone was hurt.
 */
const NO_SUBJECT_BEFORE = /(?<![\p{L}])(?:no\s+(?:[\p{L}.'’-]+\s+){1,3}|nobody\s+|none\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}.'’-]+\s+){1,4})?)(?:were|was|have been|has been|had been|got)\s+(?:\p{L}+ly\s+)?(?:(?:killed|injured|wounded|hurt|harmed)\s+(?:or|nor)\s+)?$/iu;
const NOT_NO_SUBJECT = /\b(?:other|others|more|further|additional)\b/i;
/** The same in French, Spanish and German: "aucun soldat américain n'a été blessé", "ningún soldado resultó herido", "kein US-Soldat wurde verletzt". */
const NO_SUBJECT_BEFORE_OTHER = /(?<![\p{L}])(?:aucune?|ningún|ninguna|keine?)\s+(?:[\p{L}.'’-]+\s+){1,3}(?:n['’](?:a|ont)\s+été|resultó|resultaron|fue|fueron|wurde|wurden)\s+(?:\p{L}+(?:ment|mente)\s+|leicht\s+|schwer\s+)?$/iu;
/** German with its auxiliary first and the participle last: "bei dem Angriff wurden keine US-Soldaten verletzt". */
const NO_SUBJECT_BEFORE_GERMAN = /(?<![\p{L}])(?:wurden?|sind|ist)\s+(?:[^.;,]{0,50}?\s)?keine?\s+(?:[\p{L}.'’-]+\s+){1,3}(?:leicht\s+|schwer\s+)?$/iu;

/** A word each of the three needs ("no", "none", "nobody", "ningún", "aucun", "kein"): most clauses have none, and are spared them. */
const NO_SUBJECT_WORD = /no|nin|aucun|kein/iu;

const noSubjectBefore = (text: string, r: Reading, h: Span): boolean => {
  const before = text.slice(Math.max(r.sentence.start, h.start - 80), h.start);
  if (!NO_SUBJECT_WORD.test(before)) return false;
  const m = NO_SUBJECT_BEFORE.exec(before) ?? NO_SUBJECT_BEFORE_OTHER.exec(before) ?? NO_SUBJECT_BEFORE_GERMAN.exec(before);
  return m !== null && !NOT_NO_SUBJECT.test(m[0]);
};

/** Before a first report: "at first", "initially"; after it, what corrected it: "but … injuries", "mais … blessés". */
const FIRST_REPORT = /\b(?:at first|initially|first|earlier|d['’]abord|initialement|inicialmente|zunächst)\b[^.;]{0,40}$/i;
const CORRECTED_AFTER = /^[^.;]{0,20}?\b(?:but|however|mais|pero|mas|aber|doch)\b/i;

/** A denial of casualties that the sentence goes on to take back ("initially reported no casualties, but … minor injuries", "but further details have emerged"). */
function takenBack(text: string, r: Reading, none: TermHit): boolean {
  if (!FIRST_REPORT.test(text.slice(Math.max(r.sentence.start, none.start - 60), none.start))) return false;
  const rest = text.slice(none.end, r.sentence.end);
  const but = CORRECTED_AFTER.exec(rest);
  // "but a later review found minor injuries", "but further details have since emerged".
  return but !== null && [...cues(r, 'injured'), ...cues(r, 'killed'), ...cues(r, 'revised_report')].some((h) => h.start >= none.end + but[0].length);
}

interface Casualties {
  killed: number | null;
  injured: number | null;
  spans: Partial<Record<'killed' | 'injured', Span>>;
  /** The noughts are of the defender's own people ("no US casualties"): others may still have been hurt. */
  ownOnly?: boolean;
  /** Fields told only as more than one ("several were injured"): a count of one told elsewhere is of a part. */
  vague?: Set<'killed' | 'injured'>;
  /** Counts told as a bound ("at least two dozen"): a larger count told elsewhere is the toll. */
  bound?: Set<'killed' | 'injured'>;
}

/** A count this many times the bound told is of something else than the incident (a total, a base's strength). */
const BOUND_REACH = 2;

/** "at least", "more than": a count told as a bound. */
const BOUND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MORE_THAN_WORDS}|${AT_LEAST_WORDS})\\s+$`, 'iu');

/** "no casualties among US troops", "keine Opfer unter den US-Soldaten": whose casualties are denied, after the denial. */
const AMONG_AFTER = /^\s+(?:among|to|for|unter|parmi|chez|entre)\s+(?:the\s+|den\s+|les\s+|los\s+)?$/i;

/** The denial is of the defender's people alone: named inside it ("no US personnel were injured") or just after it. */
function deniesOwnOnly(text: string, r: Reading, none: TermHit): boolean {
  return cues(r, 'defender_agent').some((a) => (a.start >= none.start && a.end <= none.end) || (a.start >= none.end && AMONG_AFTER.test(text.slice(none.end, a.start))));
}

/** Each clause's casualties, read once: the drafting of its neighbours asks again. Shared, so never changed by those who ask. */
const casualtiesRead = new WeakMap<Reading, Casualties>();

function casualtiesOf(text: string, r: Reading): Casualties {
  let casualties = casualtiesRead.get(r);
  if (!casualties) casualtiesRead.set(r, (casualties = readCasualties(text, r)));
  return casualties;
}

/** Between a number and the weapon it counts: at most one word ("two drones", "three Katyusha rockets"). */
const WEAPON_COUNTED = /^(?:\s+[\p{L}-]+)?\s+$/u;

function readCasualties(text: string, r: Reading): Casualties {
  const { start, end, hole } = r.sentence;
  const result: Casualties = { killed: null, injured: null, spans: {} };
  // "had at first reported no casualties, but a later review found minor injuries": a first report taken back.
  // "دون خسائر مادية": "without losses" that goes on to say what was lost, things, denies no casualties.
  const materialOnly = (h: TermHit) => cues(r, 'material_loss').some((m) => m.start < h.end && m.end > h.end);
  const none = cues(r, 'no_casualties').find((h) => !takenBack(text, r, h) && !materialOnly(h));
  if (none) {
    if (deniesOwnOnly(text, r, none)) result.ownOnly = true;
    // "no one was hurt" says nobody was wounded; "no one was killed", nobody died; "no casualties", both.
    const only = (list: string) => cues(r, list).some((h) => h.start === none.start);
    const injuredOnly = only('no_injuries');
    const killedOnly = !injuredOnly && only('no_deaths');
    if (!killedOnly) {
      result.injured = 0;
      result.spans.injured = none;
    }
    if (!injuredOnly) {
      result.killed = 0;
      result.spans.killed = none;
    }
  } else {
    // "did not result in any casualties", "without any reported injuries": a casualty word a negator denies.
    const negators = cues(r, 'impact_negator').filter((n) => !/^any$/i.test(n.text));
    const denied = (h: TermHit) => negators.some((n) => n.end <= h.start && DENIAL_GAP.test(text.slice(n.end, h.start)) && !NOT_DENIAL.test(text.slice(n.end, h.start))) && !FIGURES_AFTER.test(text.slice(h.end, h.end + 16));
    const both = cues(r, 'casualty_noun').find((h) => denied(h) && !takenBack(text, r, h));
    // Nouns ("no injuries", "without deaths"), not verbs: "not clear how many were killed" denies no one was.
    for (const field of ['killed', 'injured'] as const) {
      const hit = both ?? cues(r, field).find((h) => ((/^\p{L}+s$/u.test(h.text) && denied(h)) || nobodyAfter(text, r, h) || noSubjectBefore(text, r, h)) && !takenBack(text, r, h));
      if (hit) {
        result[field] = 0;
        result.spans[field] = hit;
      }
    }
  }
  // Numbers inside names ("Tower 22", "MQ-9"), compounds ("one-way") or dates ("a Jan. 28 strike") count nothing; "two dozen" counts 24.
  // They count only the dead and the hurt: a clause that names neither has none to read.
  const hurtNamed = cues(r, 'killed').length > 0 || cues(r, 'injured').length > 0;
  // What a strike hits, not who: "85 targets", not "five militia fighters".
  const hostilePeople = hurtNamed ? [...cues(r, 'hostile_people'), ...cues(r, 'armed_group_noun')] : [];
  const struckThings = hurtNamed ? cues(r, 'strike_object').filter((o) => !hostilePeople.some((h) => h.end > o.start && h.start - o.end <= 12)) : [];
  // "one crashed inside the base, causing minor injuries": a count that comes down or hits counts weapons, not the hurt.
  // Read once, when a count before a casualty word first asks.
  let landed: TermHit[] | undefined;
  const fellOrHit = (n: Span) => {
    landed ??= [...cues(r, 'came_down'), ...cues(r, 'impact')].filter((h) => ![...cues(r, 'killed'), ...cues(r, 'injured')].some((w) => w.start === h.start));
    return landed.some((h) => h.start >= n.end && /^\s+$/.test(text.slice(n.end, h.start)));
  };
  const numbers = (hurtNamed ? findNumbers(text, start, end) : [])
    .filter((n) => !hole || n.end <= hole.start || n.start >= hole.end)
    .filter((n) => ![...r.sites, ...r.actors].some((h) => n.start >= h.start && n.end <= h.end) && !(isDigits(text, n) && MONTH_BEFORE.test(text.slice(Math.max(start, n.start - 12), n.start))))
    .filter((n) => !HYPHENED.test(text.slice(Math.max(0, n.start - 2), n.start)) && !/^-\p{L}/u.test(text.slice(n.end, n.end + 2)))
    // "struck 85 targets", "غارات على 85 هدفا": a count of what was struck is no count of the dead.
    .filter((n) => !struckThings.some((o) => o.start >= n.end && /^\s*$/.test(text.slice(n.end, o.start))))
    // "مقر اللواء 12" (the headquarters of Brigade 12), "Brigade 47": the number of a unit names it.
    .filter((n) => !(isDigits(text, n) && UNIT_NUMBERED.test(text.slice(Math.max(start, n.start - 16), n.start))))
    // "Two drones attacked the garrison, causing minor injuries": a count of weapons is no count of the hurt.
    .filter((n) => !r.weapons.some((w) => w.start >= n.end && WEAPON_COUNTED.test(text.slice(n.end, w.start))))
    // "Four years ago, a drone strike killed …": a count of time is no count of the dead.
    .filter((n) => !TIME_COUNTED.test(text.slice(n.end, n.end + 12)))
    .map((n) => (/^\s+dozen\b/i.test(text.slice(n.end, n.end + 7)) ? { ...n, value: n.value * 12 } : n));
  // A casualty verb between two places of the sentence: "three were killed and five others wounded" are two counts.
  const verbBetween = (a: number, b: number) => [...cues(r, 'killed'), ...cues(r, 'injured')].some((h) => h.start >= a && h.end <= b);
  // "left one soldier in critical condition and wounded two others": a second count of the same, of others, adds to the first.
  // Not those of another incident: "three were wounded; two others were wounded in a separate attack".
  const othersAfter = (n: Span, last: Span) => n.start > last.end && OTHERS_AFTER.test(text.slice(n.end, n.end + 14)) && !/[;:]/.test(text.slice(last.end, n.start)) && !ANOTHER_INCIDENT.test(text.slice(n.end, end));
  // "a soldier", "un soldat": one person, named with its article, not a plural after it.
  const onePerson = (p: TermHit) => SINGLE_BEFORE.test(text.slice(Math.max(start, p.start - 40), p.start)) && !/^s\b/.test(text.slice(p.end, p.end + 2));
  const counted: Partial<Record<'killed' | 'injured', Span>> = {};
  for (const field of ['killed', 'injured'] as const) {
    for (const cue of cues(r, field)) {
      // A group's or a base's name between the count and the verb ("three members of the Kataib Hezbollah militia were killed",
      // "six fighters stationed at the Al-Omar base were killed") is one word long.
      const named = (from: number, to: number) => [...r.actors, ...r.sites].reduce((sum, a) => sum + (a.start >= from && a.end <= to ? a.end - a.start - 1 : 0), 0);
      // Who the count is made of, set off by commas, stands apart too: "five people, including U.S. troops and contractors, were injured".
      // A count inside such an aside ("dont trois soldats") is a part, not the whole.
      const gap = (n: Span) => text.slice(n.end, cue.start).replace(COUNT_ASIDE, ',');
      const inAside = (n: Span) => COUNT_ASIDE_OPEN.test(text.slice(Math.max(start, n.start - 60), n.start));
      // "Three Killed, Dozens Wounded": a count with the other field's verb after it is that verb's.
      const otherVerbBetween = (n: Span) => cues(r, field === 'killed' ? 'injured' : 'killed').some((h) => h.start >= n.end && h.end <= cue.start);
      // "Drei US-Soldaten wurden am Sonntag bei einem Drohnenangriff … getötet": German puts the participle at the clause's end,
      // far from the count of its subject; no other count or casualty verb between.
      const countsVerbFinal = (n: Span, between: string) =>
        between.length <= VERB_FINAL_REACH &&
        SUBJECT_COUNT_AUXILIARY.test(between) &&
        PARTICIPLE_ENDS_CLAUSE.test(text.slice(cue.end, end)) &&
        !/[;:]/.test(between) &&
        !verbBetween(n.end, cue.start) &&
        !numbers.some((o) => o.start > n.end && o.end <= cue.start);
      const before = numbers.filter((n) => {
        if (n.end > cue.start || inAside(n) || otherVerbBetween(n) || fellOrHit(n)) return false;
        const between = gap(n);
        if (between.length - named(n.end, cue.start) > 45) return countsVerbFinal(n, between);
        return !(/[;:]|\band\b/.test(between) || ARABIC_AND_JOINED.test(between)) || (COUNT_AND_ONE_BEFORE.test(between) && !verbBetween(n.end, cue.start));
      });
      // "The number of troops injured in the attack has risen to 40": the count the toll is brought up to.
      const tollRisenTo = (n: Span) => TOLL_NOUN_BEFORE.test(text.slice(Math.max(start, cue.start - 40), cue.start)) && TOLL_RISEN_TO.test(text.slice(cue.end, n.start));
      const after = numbers.filter((n) => n.start >= cue.end && (COUNT_AFTER_VERB.test(text.slice(cue.end, n.start)) || tollRisenTo(n)));
      // "killing three", "the drone killed five militants": the number follows the verb; "three were killed": it precedes it.
      const passive = PASSIVE_BEFORE.test(text.slice(Math.max(start, cue.start - 30), cue.start));
      // "strikes against three facilities, killing several militants": a participle after a comma counts only what follows it.
      const participle = /ing$/i.test(cue.text);
      const ownBefore = participle ? before.filter((b) => !text.slice(b.end, cue.start).includes(',')) : before;
      const n = participle || (!passive && after.length) ? (after[0] ?? ownBefore.at(-1)) : (before.at(-1) ?? after[0]);
      if (n && result[field] !== null && n.value < 1000 && counted[field] && othersAfter(n, counted[field])) {
        result[field] += n.value;
        const span = result.spans[field]!;
        result.spans[field] = { start: Math.min(span.start, n.start, cue.start), end: Math.max(span.end, n.end, cue.end) };
        counted[field] = n;
      }
      if (n && result[field] === null && n.value < 1000) {
        counted[field] = n;
        // "four U.S. service members and one contractor were injured", "injuring two soldiers and three contractors": the counts add up.
        // Not across a casualty verb: "three were killed and five others wounded" are two counts, of the dead and of the wounded.
        const joined = numbers.find((o) => {
          if (!(n.start > cue.start ? o.start > n.end && o.end <= end : o.end < n.start && o.start >= start)) return false;
          const [from, to] = n.start > o.start ? [o.end, n.start] : [n.end, o.start];
          return COUNT_AND.test(text.slice(from, to)) && !verbBetween(from, to);
        });
        // "three US service members and a contractor": one more, counted by its article; so "a US soldier and two SDF fighters".
        const andOne = joined ? undefined : cues(r, 'single_person').find((p) => p.start > n.end && p.end <= end && AND_ONE.test(text.slice(n.end, p.start)) && !verbBetween(n.end, p.start));
        const oneAnd = joined || andOne ? undefined : cues(r, 'single_person').find((p) => p.end <= n.start && p.start >= start && ONE_AND.test(text.slice(p.end, n.start)) && onePerson(p) && !verbBetween(p.end, n.start));
        result[field] = n.value + (joined && joined.value < 1000 ? joined.value : 0) + (andOne || oneAnd ? 1 : 0);
        if (BOUND_BEFORE.test(text.slice(Math.max(start, n.start - 20), n.start))) (result.bound ??= new Set()).add(field);
        const first = joined ? Math.min(joined.start, n.start) : (oneAnd?.start ?? n.start);
        const last = joined ? Math.max(joined.end, n.end) : (andOne?.end ?? n.end);
        result.spans[field] = { start: Math.min(first, cue.start), end: Math.max(last, cue.end) };
      }
    }
  }
  // "Several U.S. personnel were injured", "caused the injury of several soldiers": more than one, uncounted.
  for (const field of ['killed', 'injured'] as const) if (result[field] === null && vagueCounts(text, r, field).length) (result.vague ??= new Set()).add(field);
  // "A U.S. soldier was injured", "wounded a contractor": one person, counted by the article alone.
  const people = cues(r, 'single_person');
  for (const field of ['killed', 'injured'] as const) {
    if (result[field] !== null) continue;
    for (const cue of cues(r, field)) {
      const hit = people.find((p) => onePerson(p) && ((p.end <= cue.start && SINGLE_PASSIVE.test(text.slice(p.end, cue.start))) || (p.start >= cue.end && SINGLE_OBJECT.test(text.slice(cue.end, p.start)))));
      if (!hit) continue;
      // "wounding a US soldier and two SDF fighters": the others counted after the one add up.
      const others = hit.start >= cue.end ? numbers.find((o) => o.start > hit.end && o.value < 1000 && ONE_AND.test(text.slice(hit.end, o.start)) && !verbBetween(hit.end, o.start)) : undefined;
      result[field] = 1 + (others?.value ?? 0);
      result.spans[field] = { start: Math.min(hit.start, cue.start), end: Math.max(others?.end ?? hit.end, cue.end) };
      break;
    }
  }
  return result;
}

/** The vague counts ("several", "a number of") of those a clause says were killed, or injured. */
function vagueCounts(text: string, r: Reading, field: 'killed' | 'injured'): TermHit[] {
  const said = cues(r, field);
  return cues(r, 'vague_count').filter((v) =>
    said.some((cue) => (v.end <= cue.start && VAGUE_BEFORE.test(text.slice(v.end, cue.start))) || (v.start >= cue.end && VAGUE_AFTER.test(text.slice(cue.end, v.start)))),
  );
}

/** Arabic "and" joined to the casualty verb ("قتل ثلاثة جنود وأصيب العشرات", three soldiers were killed and dozens wounded): a new clause, as English "and". */
const ARABIC_AND_JOINED = /\sو$/;

/**
 * Between a casualty verb and the count after it: "killing three", "injuring at least five", "blessant légèrement deux", "hiriendo
 * levemente a dos", and the wounds' adjective after a noun of wounds: "causó heridas leves a tres".
 */
const COUNT_AFTER_VERB = /^\s*(?:\p{L}+(?:ly|ment|mente)\s+|(?:leves|graves|ligeros|ligeiros|ligeiras|légères|lievi|gravi)\s+)?(?:(?:of|de|von|di|a|to|the)\s+)?(?:at least|more than|over|about|nearly|some|around|up to|all|mindestens|au moins|al menos|plus de|más de|mais de|più di|oltre|mehr als|lebih dari|более|أكثر من|نحو|حوالي)?\s*$/iu;

/** "the number of US troops injured", "the tally of those wounded": a toll named before its casualty word. */
const TOLL_NOUN_BEFORE = /(?<![\p{L}])(?:number|toll|tally|count|total)\s+of\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
/** "… in the attack has risen to", "rose to at least": what brings a toll up, with no sentence break before the count. */
const TOLL_RISEN_TO = /^(?:\s+[^\s.;:]+){0,12}?\s+(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|increased|grown|jumped|reached)\s+(?:to\s+)?(?:(?:at least|more than)\s+)?$/iu;

/**
 * "Drei US-Soldaten wurden": a count, the one to three words it counts, and the auxiliary of a German passive, or the verb
 * of "kamen … ums Leben" (lost their lives), whose words end the clause as the participle does.
 */
const SUBJECT_COUNT_AUXILIARY = /^\s+(?:[\p{L}.-]+\s+){1,3}(?:wurden|waren|sind|kamen|kam)\s/u;
/** The participle ends its clause: "getötet.", "verletzt worden,". */
const PARTICIPLE_ENDS_CLAUSE = /^\s*(?:worden\s*)?(?:[,.;!?]|$)/u;
/** How far a German count may stand from the participle at its clause's end. */
const VERB_FINAL_REACH = 160;

/** "several U.S. military personnel were": a vague count, the words it counts, and the verb in the passive. */
const VAGUE_BEFORE = /^\s+(?:[\p{L}.'’-]+\s+){0,4}(?:were|have been|had been|are|ont été|fueron|wurden)\s+(?:\p{L}+ly\s+)?$/iu;
/** "the injury of several", "wounding a number of": the casualty word, then the vague count. */
const VAGUE_AFTER = /^\s*(?:of\s+)?$/iu;

/** "a US soldier and two SDF fighters": one person, then "and" and the count of others. */
const ONE_AND = /^(?:\s+[\p{L}.'’-]+){0,2}\s+(?:and|dan|et|y|und|e|و)\s+$/u;
/** "three soldiers and a": a count, the one to three words it counts, and "and" with the article of one more person. */
const AND_ONE = /^\s+(?:[\p{L}.'’-]+\s+){1,3}(?:and|et|y|und|e)\s+(?:an?|one|un|une|uno|una|ein|eine|einen|um|uma)\s+(?:[\p{L}.-]+\s+){0,2}$/u;

/** "Three US soldiers and a civilian contractor were": a count and one more person before their verb. */
const COUNT_AND_ONE_BEFORE = /^\s+(?:[\p{L}.'’-]+\s+){1,3}(?:and|et|y|und|e)\s+(?:an?|one|un|une|uno|una|ein|eine|um|uma)\s+(?:[\p{L}.-]+\s+){0,3}(?:were|was|have been|had been|ont été|fueron|wurden)?\s*$/u;

/** "two others", "three more": people counted besides those just counted. */
const OTHERS_AFTER = /^\s+(?:others|more|additional|other)\b/i;
const ANOTHER_INCIDENT = /\b(?:separate|another|second|earlier|previous)\b/i;

/** "a U.S.", "an American": the indefinite article of one person, a few words before the noun. */
const SINGLE_BEFORE = /(?<![\p{L}])(?:an?|une?|una|ein|eine[nm]?)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
/** "a soldier was killed", "a service member suffered a minor injury", "un soldat américain a été légèrement blessé", "ein Soldat wurde schwer verletzt": the person, then the verb in the passive, or one of undergoing and its object. */
const SINGLE_PASSIVE = /^(?:\s+(?:américain|estadounidense|norteamericano))?\s+(?:(?:was|has been|had been|a été|wurde|resultó|fue|ha resultado)\s+(?:\p{L}+(?:ly|ment|mente)\s+|leicht\s+|schwer\s+)?|(?:suffered|sustained|received)\s+an?\s+(?:\p{L}+\s+){0,2})$/iu;
/** "killed a U.S. service member", "blessant légèrement un soldat", "hirió levemente a un soldado": the verb, then the person. */
const SINGLE_OBJECT = /^\s+(?:an?|(?:\p{L}+(?:ment|mente)\s+)?(?:a\s+)?(?:une?|una|einen))\s+(?:[\p{L}.-]+\s+){0,3}$/iu;

/** Between a weapon and the word saying it was destroyed: "was", "were successfully", "fue", "wurde". */
const DESTROYED_AFTER = /^\s+(?:was|were|had been|has been|have been|is|are|fue|fueron|wurde|wurden|a été|ont été|foi|foram|è stato|è stata|sono stati|sono state|был|была|были)\s+(?:\p{L}+\s+)?$/iu;
/** Before the word saying the weapons told before were destroyed: "both were", "all of them were successfully". */
const WEAPONS_AGAIN_DESTROYED = /(?<![\p{L}])(?:both|all|all of them|both of them|each|the two|the three)\s+(?:was|were|had been|have been)\s+(?:\p{L}+\s+)?$/iu;
/** Between "destroyed" and the weapon destroyed: "a", "one", "the incoming", "two one-way attack". */
const DESTROYED_BEFORE = /^\s+(?:(?:a|an|the|one|two|three|both|all|its|their|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Between a negator and the impact word it denies: one word ("without causing damage", "no U.S. casualties"), "reports of" ("no immediate reports of injuries"), or up to three Arabic ones ("دون أن تسفر عن أضرار", without it resulting in damage). */
/** Between two words of one list a denial runs along: "or", "nor", "ni de", "und keine", "maupun". */
const LISTED_ON = /^(?:\s*,)?\s*(?:(?:or|nor|and|ni|ou|et|o|y|oder|und|noch|e|né|nem|maupun|ataupun|atau|dan|و)\s+)?(?:(?:de|d['’]|des|du|of|any|keine?|kein)\s*)?$/iu;
/**
 * Between a negator and the impact word it denies: one word, and a "de" or "of" after it ("sans faire de dégâts"), or two
 * joined ("no U.S. or Coalition casualties"), or the last of a list ("tanpa menimbulkan korban maupun kerusakan").
 */
const NEGATED_GAP = /^\s+(?:[\p{L}.]+\s+(?:(?:de|des|du|of|any)\s+)?|[\p{L}.]+\s+(?:or|and|nor)\s+[\p{L}.]+\s+|(?:[\p{L}.]+\s+){1,2}(?:or|nor|maupun|ataupun|atau|ou|ni|noch|nem)\s+|(?:immediate\s+)?reports?\s+of\s+|(?:[\u0621-\u064a]+\s+){2,3})?$/u;

/** Between what came down and where (weapons and days marked ␟): nothing else, but the word before a day ("on", "el", "am", "na", "يوم"). */
const CAME_DOWN_GAP = /^(?:\s+(?:(?:on|el|le|am|na|no|pada|يوم)\s+)?\u241f)*\s+$/iu;

/** "no immediate information on", "no word yet about": what follows is not told, neither that it happened nor that it did not. */
const NO_WORD_OF = /(?<![\p{L}])(?:no|not any|without(?:\s+(?:giving|providing|offering))?)\s+(?:(?:immediate|further|other|official|any)\s+)?(?:information|details?|word|indication|confirmation)\s+(?:yet\s+)?(?:on|of|about|regarding|as to)\s+(?:(?:any|the|possible)\s+)?(?:[\p{L}-]+\s+(?:or|and|nor)\s+)?$/iu;

/** How far before an impact word a word of what may be ("if", "whether", "may", "could") still makes it unsure. */
const UNSURE_REACH = 40;

/** The defences' failure among the words of `defence_evaded`: "failed to stop", "did not intercept", "were not intercepted". */
const FAILURE = /^(?:failed|did not|could not|unable|was not|were not)\b/i;

function outcomeOf(text: string, r: Reading, kind: EventKind, killed: number | null, injured: number | null, part: Span | null = null): { outcome: Outcome; span: Span | null } {
  // Only what the place's own part of the sentence tells, when the sentence tells each place in a part of its own.
  const inPart = (h: Span) => !part || (h.start >= part.start && h.end <= part.end);
  // "penetrated US air defenses": the defences named were got past.
  // "failed to intercept", "air defenses at the base failed to stop the drone": a failure of the defences, within it or after it in the clause.
  const evasions = cues(r, 'defence_evaded');
  const evaded = (h: TermHit) =>
    nearBefore(evasions, h.start, 12) ||
    evasions.some((e) => FAILURE.test(e.text) && ((e.start <= h.start && e.end >= h.end) || (e.start >= h.end && e.start - h.end <= 40 && !/[,.;:]/.test(text.slice(h.end, e.start)))));
  // "the drone was destroyed", "destroyed a one-way attack drone": the attack's own weapon destroyed is one stopped.
  // "Two drones were launched …; US forces said both were destroyed": the weapons named again by a pronoun.
  const weaponDestroyed = (h: TermHit) =>
    kind === 'attack' &&
    (r.weapons.some((w) => (w.end <= h.start && DESTROYED_AFTER.test(text.slice(w.end, h.start))) || (w.start >= h.end && DESTROYED_BEFORE.test(text.slice(h.end, w.start)))) ||
      WEAPONS_AGAIN_DESTROYED.test(text.slice(Math.max(r.sentence.start, h.start - 40), h.start)));
  // "a rocket landed near a coalition base", "four rockets hit near Ain al-Asad airbase": what came down outside the base missed it.
  const bases = kind === 'attack' ? [...cues(r, 'place_noun'), ...r.sites] : [];
  const outside = bases.length ? cues(r, 'outside_of').filter((o) => bases.some((b) => b.start >= o.end && /^\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(o.end, b.start)))) : [];
  // "سقطت صواريخ قرب القاعدة" (fell rockets near the base): Arabic tells what came down between the verb and where.
  // "fell on Wednesday near the base", "caíram na quarta-feira nas imediações da base": so may the day be.
  const cameDownAt = (h: TermHit, o: TermHit) => {
    if (o.start < h.end) return false;
    let gap = text.slice(h.end, o.start);
    for (const w of [...r.weapons, ...r.dates].filter((x) => x.start >= h.end && x.end <= o.start).sort((x, y) => y.start - x.start)) {
      gap = `${gap.slice(0, w.start - h.end)}\u241f${gap.slice(w.end - h.end)}`;
    }
    return CAME_DOWN_GAP.test(gap);
  };
  const missed = outside.length ? cues(r, 'came_down').filter((h) => outside.some((o) => cameDownAt(h, o))) : [];
  // "engaged five militants", "engaged Iranian forces": a strike engages what it hits; nothing it does is stopped.
  // "des roquettes se sont abattues sur la base" (came crashing down on): a word of a longer impact phrase is no interception ("abattues", shot down).
  const impactPhrases = cues(r, 'impact');
  const inImpact = (h: TermHit) => impactPhrases.some((i) => i.start <= h.start && i.end >= h.end && i.end - i.start > h.end - h.start);
  // "troops engaged in the coalition against ISIS": a word of a phrase that tells something else stops nothing.
  const otherPhrases = cues(r, 'not_interception');
  const inOther = (h: TermHit) => otherPhrases.some((o) => o.start <= h.start && o.end >= h.end);
  const stopped = kind === 'strike' ? [] : [...cues(r, 'intercepted').filter((h) => !evaded(h) && !inImpact(h) && !inOther(h)), ...cues(r, 'destroyed').filter(weaponDestroyed)];
  const intercepted = [...stopped, ...missed].filter(inPart).sort((a, b) => a.start - b.start);
  // "no injuries or damage": an impact word that a negator denies says nothing hit.
  const negators = cues(r, 'impact_negator');
  // Anyone killed or wounded, in any language the pack reads, is a hit.
  const impacts = [...new Map([...cues(r, 'impact'), ...cues(r, 'killed'), ...cues(r, 'injured'), ...cues(r, 'defence_evaded')].map((h) => [h.start, h])).values()].sort((a, b) => a.start - b.start);
  // "injured no one", "niemand wurde verletzt": the casualty word of a phrase saying nobody was hurt.
  const noneHurt = cues(r, 'no_casualties');
  const denied = new Set<TermHit>();
  // "did not say if it inflicted casualties or damage", "may have caused damage": what may have been is not what was.
  // "whether the drone that hit Tower 22 was launched from Iraq": a relative clause between them tells what did happen.
  // "There was no immediate information on damage or casualties": nothing is told either way.
  const unsure = (h: TermHit) => {
    const asking = [...cues(r, 'irrealis'), ...cues(r, 'asked')].filter((q) => q.end <= h.start && h.start - q.end <= UNSURE_REACH);
    return asking.some((q) => !/[,;:]|\b(?:that|which|who)\b/i.test(text.slice(q.end, h.start))) || NO_WORD_OF.test(text.slice(Math.max(r.sentence.start, h.start - 80), h.start));
  };
  impacts.forEach((h, i) => {
    const byNegator =
      unsure(h) ||
      negators.some((n) => n.end <= h.start && NEGATED_GAP.test(text.slice(n.end, h.start))) ||
      noneHurt.some((n) => h.start >= n.start && h.end <= n.end) ||
      nobodyAfter(text, r, h) ||
      noSubjectBefore(text, r, h);
    // "no injuries or damage", "ni de dégâts": a joining word carries the denial on along the list ("but" stops it).
    const previous = impacts[i - 1];
    const listedAfterDenied = previous !== undefined && denied.has(previous) && LISTED_ON.test(text.slice(previous.end, h.start));
    if (byNegator || listedAfterDenied) denied.add(h);
  });
  const hits = impacts.filter((h) => inPart(h) && !denied.has(h) && !intercepted.some((i) => h.start < i.end && i.start < h.end));
  if (intercepted.length) {
    // "two were shot down, while the third struck the base": what got through hit.
    const contrasts = cues(r, 'contrast');
    const between = (a: Span, b: Span) => contrasts.some((c) => c.start >= Math.min(a.end, b.end) && c.end <= Math.max(a.start, b.start));
    // "the rockets landed near the base, with two striking inside": what came down outside did not stop what hit.
    const through = hits.find((h) => intercepted.some((i) => between(i, h))) ?? (stopped.length ? undefined : hits[0]);
    return through ? { outcome: 'impact', span: through } : { outcome: 'intercepted', span: intercepted[0]! };
  }
  const impact = hits[0];
  if (impact || (killed ?? 0) > 0 || (injured ?? 0) > 0) return { outcome: 'impact', span: impact ?? null };
  return { outcome: 'unknown', span: null };
}

interface ActorReading {
  attacker: string | null;
  attribution: Attribution;
  span: Span | null;
  target: string | null;
  /** The clause names whom the attack was on (the defender or the coalition), rather than the defender going without saying. */
  targetNamed?: boolean;
}

/** Between a front's name and a member named to describe it: ", a group that includes", ", which comprises". */
const MEMBER_ASIDE = /^\s*,[^,;]{0,60}?\b(?:includes|including|included|comprises|comprising|consists of|made up of|such as|among them|notably|dont|incluye|darunter)\s+(?:the\s+)?$/i;
/** "a spokesman for the", "officials of the": who speaks for the body named next. */
const SPOKESMAN_FOR = /\b(?:spokes(?:man|woman|person)|officials?|statement)\s+(?:for|of|from)\s+(?:the\s+)?$/i;
/**
 * Between a group and its verb: nothing, or an aside of a few words ("the Islamic Resistance in Iraq, an umbrella of militias, said");
 * the name may close its quotation marks ("The "Islamic Resistance in Iraq" said").
 */
const SUBJECT_GAP = /^["”'’»]?(?:\s*\([^)]{0,40}\))?(?:\s*,[^,;:]{0,80},)?\s+$/u;

/** How many clauses back "the group" can still point to the group named. */
const GROUP_REFERENCE_CLAUSES = 4;

/**
 * "Kataib Hezbollah is a radical Shiite group ... The group claimed credit for an explosive drone attack": a clause that
 * claims an attack for "the group", and names no group, claims it for the hostile group named last, a few clauses back.
 */
function referredClaimant(text: string, readings: Reading[], i: number, kind: EventKind, lex: CompiledPack): Omit<ActorReading, 'target'> | null {
  const r = readings[i]!;
  if (kind !== 'attack' || r.actors.some((h) => isHostile(h, lex)) || !cues(r, 'group_reference').length || !(cues(r, 'claim_verb').length || referenceTellsOwnAttack(text, r)) || claimDenied(text, r.quote, lex)) return null;
  for (let j = i - 1; j >= Math.max(0, i - GROUP_REFERENCE_CLAUSES); j--) {
    const named = readings[j]!.actors.filter((h) => isHostile(h, lex)).at(-1);
    if (named) return { attacker: named.key, attribution: 'claimed', span: named };
  }
  return null;
}

/** After a group's name: it said nothing of the incident ("has not commented", "declined to comment"). */
const KEEPS_SILENT = /^["”’]?(?:\s*,[^,;:]{0,80},)?\s+(?:(?:has|have|had|did|does)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)?(?:commented|comment|responded|respond|claimed|claim)|(?:declined|refused)\s+to\s+comment|made\s+no\s+comment)\b/iu;

/** Between a subject and its verb, a word like "also" or "later". */
const ADVERB_GAP = /^\s+(?:also|later|then|further|\p{L}+ly)\s+$/iu;

/** After a group's word of report, the group itself: "said it", "announced that its fighters". */
const ITSELF_AFTER = /^\s+(?:that\s+)?(?:it|its)\s/i;

/** "Zu dem Angriff hatte sich die Miliz Kataib Hisbollah bekannt": the German perfect of "bekennen sich zu", its participle last. */
const GERMAN_PERFECT_CLAIM = /(?<![\p{L}])(?:hat|hatte|haben|hatten)\s+sich\s+(?:(?!nicht|niemand|kein)[^.;:!?]){0,80}?\s+bekannt(?![\p{L}])/u;

/** "The group said it targeted the base": the group referred back to, telling of an attack of its own, claims it. */
function referenceTellsOwnAttack(text: string, r: Reading): boolean {
  const told = [...cues(r, 'attack'), ...r.weapons];
  return cues(r, 'group_reference').some((g) =>
    cues(r, 'reporting').some(
      (v) =>
        (v.start >= g.end && v.start - g.end <= 30 && (SUBJECT_GAP.test(text.slice(g.end, v.start)) || ADVERB_GAP.test(text.slice(g.end, v.start))) && ITSELF_AFTER.test(text.slice(v.end, v.end + 12)) && told.some((a) => a.start >= v.end)) ||
        // "كما أعلنت المقاومة استهداف قاعدة حرير" (the Resistance also announced targeting the Harir base): Arabic puts the verb first.
        (v.end <= g.start && ARABIC_SCRIPT.test(v.text) && VERB_TO_SUBJECT.test(text.slice(v.end, g.start)) && told.some((a) => a.start >= g.end)) ||
        // "وكانت المقاومة قد أعلنت أمس استهداف قاعدة عين الأسد" (the Resistance had announced yesterday targeting the base): the subject first.
        (v.start >= g.end && ARABIC_SCRIPT.test(v.text) && ARABIC_SUBJECT_TO_VERB.test(text.slice(g.end, v.start)) && told.some((a) => a.start >= v.end)) ||
        // "Rockets were fired at Ain al-Asad on Tuesday, the group said.": the group's word closing the sentence that tells the attack.
        (v.start >= g.end && SUBJECT_GAP.test(text.slice(g.end, v.start)) && /^[\s.!?"”»]*$/u.test(text.slice(v.end, r.sentence.end)) && told.some((a) => a.end <= g.start)),
    ),
  );
}

/** How far after a group's name the halt it announces may be named ("announced on Jan. 30 that it was suspending"). */
const HALT_REACH = 80;

/** After a number: the unit of time it counts ("four years ago", "two days later"). */
const TIME_COUNTED = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|ans|années|jours|heures|años|meses|días|horas|Jahren?|Monaten?|Tagen?|Stunden|anni|mesi|giorni|ore|anos|dias|tahun|bulan|hari|jam)\b/iu;

/** Between an Arabic subject and its verb: nothing, or the particle of the perfect ("قد"). */
const ARABIC_SUBJECT_TO_VERB = /^\s+(?:قد\s+)?$/u;

/** "no group has claimed": a claim nobody made. Not a word of a group's name: "a Resistência Islâmica no Iraque reivindicou" ("no", in the). */
function claimDenied(text: string, quote: Span, lex: CompiledPack): boolean {
  const made = lex.cue('claim_made').find(text, quote.start, quote.end);
  const auxiliaries = lex.cue('perfect_auxiliary').find(text, quote.start, quote.end);
  const undone = lex.cue('claim_negation_undone').find(text, quote.start, quote.end);
  let negators = lex.cue('claim_negator').find(text, quote.start, quote.end);
  if (negators.length) {
    const names = lex.actors.find(text, quote.start, quote.end);
    negators = negators.filter((no) => !names.some((n) => no.start >= n.start && no.end <= n.end));
  }
  return negators.some((no) =>
    made.some((c) => {
      if (c.start < no.end || undone.some((u) => u.start >= no.end && u.end <= c.start)) return false;
      const gap = text.slice(no.end, c.start);
      if (/^\s+(?:\S+\s+){0,2}$/.test(gap)) return true;
      // A third word between them only as the perfect's auxiliary: "no group has claimed".
      return /^\s+(?:\S+\s+){3}$/.test(gap) && auxiliaries.some((a) => a.end <= c.start && /^\s+$/.test(text.slice(a.end, c.start)) && a.start > no.end);
    }),
  ) || lex.cue('claim_negator_after').find(text, quote.start, quote.end).some((no) => made.some((c) => c.end <= no.start && /^\s+(?:\S+\s+){0,2}$/.test(text.slice(c.end, no.start))));
}

/** A subordinate clause opened between a claim and a group: "…, when Kataib Hezbollah", "…, after the group". */
const OTHER_CLAUSE_OPENS = /[,;]\s*(?:when|while|after|before|as|whereas|although|lorsque|quand|alors que|cuando|mientras|als|während|nachdem)\s/iu;

/** "Kataib Hezbollah, which denied responsibility, is suspected": a relative clause says something else of the group than its main verb. */
const RELATIVE_LEAD = /^\s*,\s*(?:which|who)\s/i;
/** What may follow a statement that ends its sentence: " in a statement.", " on Telegram." */
const STATEMENT_TAIL = /^\s*(?:(?:in|on|via|through|to|late|early|later|earlier|today|yesterday)\b[^,;:]{0,35})?[.!?"”’]*\s*$/i;
/** Between a group's name and the relative pronoun after its members: "Kataib Hezbollah fighters who". */
const ANTECEDENT_GAP = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** Between a group's name and the aside read apart after it: a comma and what describes the group. */
const ASIDE_LEAD = /^\s*,[^,;]{0,80}?,?\s*$/;

function actorsOf(text: string, r: Reading, kind: EventKind, lex: CompiledPack, context: Reading[]): ActorReading {
  const { defender, coalitionLabel } = lex.pack.settings;
  const militiaHits = (reading: Reading) =>
    reading.actors.filter((h) => {
      const t = lex.actor(h.key).type;
      return (t === 'militia' || t === 'umbrella') && h.key !== 'Popular Mobilization Forces';
    });
  if (kind === 'strike') {
    // The group struck is often named in another clause of the sentence, or in the next one.
    // Not a group that keeps silent on it ("The Islamic Resistance in Iraq has not commented on the strike").
    const silent = (h: TermHit) => KEEPS_SILENT.test(text.slice(h.end, h.end + 120));
    const struck = (reading: Reading) =>
      lex.actors.find(text, reading.quote.start, reading.quote.end).find((h) => h.key !== defender && lex.actor(h.key).type !== 'partner' && lex.actor(h.key).type !== 'coalition' && !silent(h));
    const next = context.find((o) => o.quote.start >= r.quote.end);
    const named = r.actors.filter((h) => h.key !== defender && lex.actor(h.key).type !== 'partner' && lex.actor(h.key).type !== 'coalition' && !silent(h));
    // "fighters of the Islamic Resistance in Iraq, most of them members of Kataib Hezbollah": a member named beats the front it belongs to.
    const member = named.find((h) => named.some((o) => lex.actor(h.key).umbrellas.includes(o.key)));
    const target = member ?? named[0] ?? struck(r) ?? (next ? struck(next) : undefined);
    const announced = cues(r, 'official').length > 0 || cues(r, 'defender_agent').length > 0;
    // "a US-led coalition aircraft retaliated": the coalition, named alone, struck.
    const coalition = r.actors.find((h) => lex.actor(h.key).type === 'coalition');
    const agents = cues(r, 'defender_agent');
    const coalitionOnly = coalition && agents.length > 0 && agents.every((a) => a.start >= coalition.start && a.end <= coalition.end);
    return { attacker: coalitionOnly ? coalition.key : defender, attribution: announced ? 'claimed' : 'attributed', span: coalitionOnly ? coalition : (agents[0] ?? null), target: target?.key ?? null };
  }
  // "the US-led coalition": the defender's name inside the coalition's is the coalition's.
  // "a spokesman for the coalition said": the coalition that speaks is not what was hit.
  const speaks = (h: TermHit) => SPOKESMAN_FOR.test(text.slice(Math.max(r.sentence.start, h.start - 30), h.start)) || cues(r, 'reporting').some((v) => v.start >= h.end && SUBJECT_GAP.test(text.slice(h.end, v.start)));
  const coalitions = r.actors.filter((h) => lex.actor(h.key).type === 'coalition' && !speaks(h));
  const ownAdjective = (a: TermHit) => !/coalition/i.test(a.text) && !coalitions.some((c) => a.start >= c.start && a.end <= c.end);
  const coalitionOnly = coalitions.length > 0 && !r.actors.some((h) => h.key === defender) && !cues(r, 'defender_adjective').some(ownAdjective);
  const ownNamed = r.actors.some((h) => h.key === defender) || cues(r, 'defender_adjective').some(ownAdjective);
  // "killing five fighters of the Syrian Democratic Forces", "six SDF fighters were killed": the partner force alone was hit.
  const hurt = [...cues(r, 'killed'), ...cues(r, 'injured')];
  // "fired rockets at Syrian Democratic Forces positions": the partner named as what the attack was aimed at (not "the SDF-held field").
  const aimedAt = (h: TermHit) => kind === 'attack' && TARGET_BEFORE.test(text.slice(Math.max(r.sentence.start, h.start - 40), h.start)) && !/^-/.test(text.slice(h.end, h.end + 1));
  const partnerHurt = coalitionOnly || ownNamed ? undefined : r.actors.find((h) => lex.actor(h.key).type === 'partner' && (hurt.some((k) => Math.abs(k.start - h.start) <= 45) || aimedAt(h)));
  const target = coalitionOnly ? coalitionLabel : (partnerHurt?.key ?? defender);
  const targetNamed = coalitionOnly || ownNamed || partnerHurt !== undefined;
  // "Kataib Hezbollah, who is suspected to have been behind Sunday's attack, has announced ...": the group an aside follows is its subject.
  // "Kataib Hezbollah fighters who had attacked Tower 22": so is the group whose members a relative clause read apart describes.
  const describes = cues(r, 'relative_pronoun')[0]?.start === r.sentence.start;
  const leads = (h: TermHit) => ASIDE_LEAD.test(text.slice(h.end, r.sentence.start)) || (describes && ANTECEDENT_GAP.test(text.slice(h.end, r.sentence.start)));
  const before = r.actors.length ? undefined : lex.actors.find(text, r.quote.start, r.sentence.start).filter((h) => isHostile(h, lex) && leads(h)).at(-1);
  if (before) {
    const claimed = lex.cue('claim_verb').has(text, r.sentence.start, r.sentence.end) && !claimDenied(text, r.quote, lex);
    return { attacker: before.key, attribution: claimed ? 'claimed' : 'attributed', span: before, target, targetNamed };
  }
  // A group's claim told of another base ("claimed a drone attack on the Erbil base") is no claim of the attack at this
  // one ("local sources said the al-Tanf base was targeted"), unless this clause refers back to the group ("it also").
  const sites = (reading: Reading) => new Set(reading.sites.map((h) => h.key));
  const ofAnotherBase = (reading: Reading) =>
    reading !== r && r.sites.length > 0 && reading.sites.length > 0 && ![...sites(reading)].some((k) => sites(r).has(k)) && !cues(r, 'group_reference').length;
  // "Kataib Hezbollah denied involvement ...": a group that denies its part here is not the attacker the next sentence names either.
  const deniedHere = new Set<string>();
  for (const reading of [r, ...context]) {
    const hits = militiaHits(reading);
    if (!hits.length || ofAnotherBase(reading) || (reading !== r && (ofAnotherDay(text, r, reading) || claimsPattern(text, reading)))) continue;
    // "Kataib Hezbollah denied responsibility": a group that denies its part is not the one named for it.
    // "A spokesman for Kataib Hezbollah said the group was not behind the attack": so does one whose statement is the denial.
    // "نفت كتائب حزب الله أي علاقة لها بالهجوم": Arabic opens the sentence with the verb, the group right after it.
    // So does one that says so in the sentence next to this one ("Kataib Hezbollah said it had no involvement in the attack").
    const denying = (h: TermHit) =>
      claimTakenBack(reading, h, hits) ||
      cues(reading, 'denial').some(
        (d) =>
          (d.start >= h.end && (SUBJECT_GAP.test(text.slice(h.end, d.start)) || (d.start - h.end <= 60 && !RELATIVE_LEAD.test(text.slice(h.end, d.start)) && !hits.some((o) => o.start >= h.end && o.end <= d.start)))) ||
          (d.end <= h.start && ARABIC_WORD_GAP.test(text.slice(d.end, h.start)) && VERB_OPENS.test(text.slice(reading.sentence.start, d.start))),
      );
    // "the Islamic Resistance in Iraq, a group that includes Kataib Hezbollah, claimed": a member named to describe the front is not the claimant.
    const member = (h: TermHit) => hits.some((o) => o.end <= h.start && MEMBER_ASIDE.test(text.slice(o.end, h.start)));
    if (reading === r) for (const h of hits) if (denying(h)) deniedHere.add(h.key);
    const named = hits.filter((h) => !deniedHere.has(h.key) && !denying(h) && !member(h));
    if (!named.length) continue;
    // A named group beats the umbrella front it belongs to.
    const specific = named.find((h) => lex.actor(h.key).type === 'militia') ?? named[0]!;
    // "The Islamic Resistance in Iraq said on Friday it had attacked ...": the group telling of its own attack claims it.
    // "Two days after the Tower 22 attack, Kataib Hezbollah announced it was suspending operations": what it says is not the attack.
    // A word that only reports ("announced", "in a statement") claims the attack it goes on to tell; "claimed" claims it anywhere.
    // "..., the Islamic Resistance in Iraq said in a statement.": a statement that ends the sentence tells what came before it.
    // Not "ces attaques": what a statement says of attacks pointed back to ("estimaient dans un communiqué que ces attaques …") claims none.
    const pointedBack = (a: TermHit) => DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(reading.sentence.start, a.start - 12), a.start));
    // "announced it was suspending attacks on US troops": attacks a group halts are none it claims.
    const halted = (a: TermHit) => cues(reading, 'cessation').some((c) => c.end <= a.start && a.start - c.end <= 24 && /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(c.end, a.start)));
    const told = [...cues(reading, 'attack'), ...cues(reading, 'operation_noun'), ...reading.weapons].filter((a) => !pointedBack(a) && !halted(a));
    // "announced on Jan. 30 that it was suspending operations …, and Tehran denied any role in the Tower 22 attack": what it announced was a halt.
    const haltedAfter = (v: TermHit, a: TermHit) => cues(reading, 'cessation').some((c) => c.start >= v.end && c.end <= a.start);
    const toldAfter = (v: TermHit) => told.some((a) => a.start >= v.end && !haltedAfter(v, a)) || (STATEMENT_TAIL.test(text.slice(v.end, reading.sentence.end)) && told.some((a) => a.end <= v.start));
    const saysSo = reading === r && cues(r, 'reporting').some((v) => v.start >= specific.end && v.start - specific.end <= 30 && SUBJECT_GAP.test(text.slice(specific.end, v.start)) && toldAfter(v));
    // "إنها استهدفت" (that it targeted): a claim whose words hold the attack it tells.
    const holdsAttack = (c: TermHit) => told.some((a) => a.start >= c.start && a.end <= c.end);
    // "The groups claimed more than 170 attacks …, when Kataib Hezbollah announced …": a claim before the clause the group opens is another's.
    const itsOwn = (c: TermHit) => c.start >= specific.end || !OTHER_CLAUSE_OPENS.test(text.slice(c.end, specific.start));
    const claims = lex.cue('claim').find(text, reading.quote.start, reading.quote.end).some((c) => itsOwn(c) && (lex.cue('claim_verb').has(text, c.start, c.end) || toldAfter(c) || holdsAttack(c))) || GERMAN_PERFECT_CLAIM.test(text.slice(reading.quote.start, reading.quote.end));
    const claimed = (saysSo || claims) && !claimDenied(text, reading.quote, lex);
    const attribution: Attribution = claimed ? 'claimed' : 'attributed';
    // A group named in the sentence next to this one is its attacker when claimed, or when this clause refers back to it ("its fighters"),
    // or when the sentence blames it for the attack ("Kataib Hezbollah, which Washington blamed for the attack").
    let blamed: boolean | undefined;
    const blamedFor = () =>
      (blamed ??= lex.cue('attribution').find(text, reading.quote.start, reading.quote.end).some((b) => b.start >= specific.end && lex.cue('incident_noun').find(text, b.end, Math.min(reading.quote.end, b.end + 30)).length > 0));
    if (reading !== r && !claimed && !cues(r, 'group_reference').length && !blamedFor()) continue;
    // "Kataib Hezbollah had announced that it was suspending operations …, and Tehran denied any role in the attack": a
    // group named for the halt it announced, and not blamed, is not named as the attacker.
    if (!claimed && !blamedFor() && cues(reading, 'cessation').some((c) => c.start >= specific.end && c.start - specific.end <= HALT_REACH)) continue;
    // "The group claimed credit for …": the group referred back to claims it here.
    const claimsHere = reading !== r && (cues(r, 'claim_verb').length > 0 || referenceTellsOwnAttack(text, r)) && !claimDenied(text, r.quote, lex);
    return { attacker: specific.key, attribution: claimsHere ? 'claimed' : attribution, span: specific, target, targetNamed };
  }
  return { attacker: null, attribution: 'unknown', span: null, target, targetNamed };
}

/**
 * "Kataib Hezbollah claimed the attack, but later denied any role", "initially claimed responsibility but later retracted
 * the claim": the group's claim, taken back after it in the clause, with no other group named between, is no claim.
 */
function claimTakenBack(r: Reading, group: TermHit, groups: TermHit[]): boolean {
  const claim = [...cues(r, 'claim_verb'), ...cues(r, 'claim')].find((c) => c.start >= group.end);
  if (!claim) return false;
  // A denial takes the claim back only after a contrast ("but later denied"): "claimed the attack, denying it hurt civilians" does not.
  const contrasted = (d: TermHit) => cues(r, 'contrast').some((c) => c.start >= claim.end && c.end <= d.start);
  const back = [...cues(r, 'denial').filter(contrasted), ...cues(r, 'retraction')].find((d) => d.start >= claim.end);
  // "…, while Iraqi officials denied the base was hit": a denial by someone named after the claim is theirs.
  const speakers = [...groups, ...r.actors, ...cues(r, 'official')];
  return back !== undefined && !speakers.some((o) => o.start > group.end && o.start < back.start);
}

/** "The group has claimed numerous attacks since October": a neighbour that speaks of a pattern, and names no incident again ("the attack"), claims none. */
function claimsPattern(text: string, reading: Reading): boolean {
  return tellsTotal(text, reading) && !cues(reading, 'incident_noun').some((h) => namedDefinitely(text, reading, h));
}

/**
 * One day and another, resolved or not: dates a day apart at most (a night attack claimed "after midnight" is told on
 * both), the same month and day, or the same weekday where only one says which.
 */
function mayBeOneDay(d: DateMention, e: DateMention): boolean {
  if (d.date && e.date) return d.date <= addDays(e.dateEnd ?? e.date, 1) && e.date <= addDays(d.dateEnd ?? d.date, 1);
  if (d.monthDay && e.monthDay) return d.monthDay === e.monthDay;
  const weekday = (m: DateMention) => m.weekday ?? (m.date && m.precision === 'day' ? new Date(`${m.date}T12:00:00Z`).getUTCDay() : undefined);
  const [a, b] = [weekday(d), weekday(e)];
  return a === undefined || b === undefined || a === b;
}

/** "Per BBC News, the responsibility for Saturday's attack was claimed by ...", beside an attack told on Nov. 20: a neighbour that names the day of its incident names another one. */
function ofAnotherDay(text: string, r: Reading, neighbour: Reading): boolean {
  // The neighbour's dates are read last: most neighbours name no incident, and dates cost most to read.
  const nouns = cues(neighbour, 'incident_noun');
  const own = nouns.length ? r.dates.filter(namesDay) : [];
  if (!own.length) return false;
  const theirs = neighbour.dates.filter((d) => namesDay(d) && nouns.some((n) => d.end <= n.start && DAY_OF_NOUN.test(text.slice(d.end, n.start))));
  return theirs.length > 0 && !theirs.some((d) => own.some((e) => mayBeOneDay(d, e)));
}

/**
 * "BAGHDAD, Aug 5 (Reuters) -", "ERBIL, Iraq, Jan. 5 —", "Baghdad, Jan. 7 (AFP) -", "BAGHDAD/WASHINGTON, Jan 7", "(ANSA) - ROMA, 7 GEN -",
 * "ERBIL, Kurdistan Region of Iraq, Jan. 7 —", "WASHINGTON — Jan. 7, 2024 —", "Jan 7 (Reuters) -": the date a story was filed, not the day of the
 * incident. A date alone before a dash, without an agency, or after a weekday ("Thursday, Nov. 9 –"), opens a timeline's entry
 * ("Oct. 18 – Rockets fired at …"), not a dateline.
 */
const DATELINE = /^\s*(?:(?:\(?[A-Z][A-Za-z]*\)?\s*(?:[-–—]\s*)?)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)(?:\p{Lu}[\p{Lu} .'’/-]{2,40}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?=,))(?:,|\s+[-–—])?\s*(?:\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|of|the))*,\s*)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\.?\s+\p{L}+\.?(?:\s+\d{4})?)\s*(?:\([^)]{1,40}\))?|(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{Lu}\p{Ll}+\.?)\s*\((?:Reuters|AP|AFP|UPI|Xinhua|Anadolu|dpa|EFE|Bloomberg|CNN)\))\s*\.?[-–—]/u;
/**
 * "Washington, January 21, 2024, The Europe Today:": a city in any case, its words capitalised ("Kelompok itu pada hari
 * Rabu, 1 November 2023, menyerang" opens a sentence), then the full date the story was filed.
 */
const DATELINE_WITH_YEAR = /^\s*(?=[A-Z][\p{L}.'’ -]{2,30},)[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|de|al|el|du|of))*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*[,:–—-](?:\s*[A-Z][\p{L}&.'’ -]{1,40}:)?/u;

/** "WASHINGTON (Nov 13) —", "BAGHDAD (13 November) -": the city, the day the story was filed in brackets. */
const DATELINE_IN_BRACKETS = /^\s*\p{Lu}[\p{Lu} .'’/-]{2,40}\s*\((?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?)(?:,?\s+\d{4})?\)\s*[-–—]/u;

/** "عمّان، 29 كانون الثاني 2024:", "بغداد - 14 تشرين الثاني/نوفمبر 2023 -": an Arabic city, then the full date the story was filed. */
const ARABIC_DATELINE = /^\s*(?!(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)[\s،,]|في\s|و)\p{Script=Arabic}[\p{Script=Arabic}\p{M} ]{1,30}?\s*[،,–—-]\s*[\d٠-٩]{1,2}\s+\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+)?(?:\s*\/\s*\p{Script=Arabic}+)?\s+[\d٠-٩]{4}\s*[:،,–—-]/u;

/** The date line a text opens with, in any form, or null. */
function filedLine(opening: string): RegExpExecArray | null {
  // Every form holds a day's number: a sentence with no digit, as most are, opens with none.
  if (!/[\d٠-٩]/.test(opening)) return null;
  return DATELINE.exec(opening) ?? DATELINE_WITH_YEAR.exec(opening) ?? DATELINE_IN_BRACKETS.exec(opening) ?? ARABIC_DATELINE.exec(opening);
}

/** Dates listed together ("on the 9th and 11th", "on Oct. 26, Nov. 8, and Nov. 12") are several incidents; otherwise the first date is the incident's. */
/** Between two days of one list: "on Monday and Tuesday", "on Monday and again on Wednesday", "on Jan. 20, and again on Jan. 21", "le 3 et de nouveau le 5". */
const DATES_LISTED = /^\s*(?:,|and|und|et|y|e|و|,\s*and|,\s*et|,\s*y)?\s*(?:(?:again|once more|à nouveau|de nouveau|erneut|de nuevo|nuevamente|otra vez|novamente)\s*)?(?:on\s+)?$/i;

/**
 * "attacked on Tuesday by drones and again on Wednesday by rockets": of several days one clause lists, the weapons named
 * after a day and before the next are that day's; null when none are.
 */
function weaponsOfDay(r: Reading, date: { span: Span | null }, dates: readonly { span: Span | null }[], kind: EventKind): { weapons: string[]; span: Span | null } | null {
  if (dates.length < 2 || !date.span) return null;
  const next = dates.map((d) => d.span?.start ?? -1).filter((at) => at > date.span!.start).sort((a, b) => a - b)[0] ?? r.sentence.end;
  const own = r.weapons.filter((w) => w.start >= date.span!.end && w.end <= next);
  return own.length ? { weapons: normalWeapons(own.map((w) => w.key), kind), span: { start: own[0]!.start, end: own.at(-1)!.end } } : null;
}

/** "on Tuesday by drones and again on Wednesday by rockets": what came each day between the two days, then "and again". */
const LISTED_AGAIN_WITH = /^\s+(?:by|with)\s+(?:[\p{L}-]+\s+){1,3}(?:,\s*)?and\s+(?:again|once more)\s+(?:on\s+)?$/iu;

function incidentDates(text: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const listed = [dates[0]!];
  for (const next of dates.slice(1)) {
    const between = text.slice(listed.at(-1)!.end, next.start);
    if (!DATES_LISTED.test(between) && !LISTED_AGAIN_WITH.test(between) && next.start !== listed.at(-1)!.start) break;
    listed.push(next);
  }
  return listed;
}

/**
 * A line that opens by stamping the page: "Updated", "Last updated:", "Published", "Posted on", "First published", "Mis à
 * jour le", "Publié le", "Aktualisiert am", "Veröffentlicht am", "Actualizado el", "Publicado el".
 */
const PAGE_STAMP = /^\s*(?:(?:last\s+)?(?:updated|modified)|(?:first\s+)?published|posted|mis\s+à\s+jour|publié|modifié|aktualisiert|veröffentlicht|actualizado|publicado|modificado)(?![\p{L}])/iu;

/** "Stars and Stripes January 29, 2024", "2024-04-22 | 08:57": a line of names or a time, and the day the story was published. */
function isByline(text: string, p: Reading, published: IsoDate | null): boolean {
  if (p.sentence.end - p.sentence.start > 80) return false;
  const line = text.slice(p.sentence.start, p.sentence.end);
  // "Last updated: 2024-01-06 08:12", "Published Jan. 6, 2024": a page's stamp dates the page, whatever day it names.
  if (PAGE_STAMP.test(line)) return true;
  const dated = p.dates.filter((d) => d.form === 'absolute' && /\d{4}/.test(text.slice(d.start, d.end)));
  if (dated.length !== 1 || dated[0]!.date !== published) return false;
  const rest = line.slice(0, dated[0]!.start - p.sentence.start) + ' ' + line.slice(dated[0]!.end - p.sentence.start);
  return /^(?:[\s\p{P}\p{S}]*(?:\p{Lu}[\p{L}'’.-]*|and|of|the|by|&|\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?))*[\s\p{P}\p{S}]*$/u.test(rest);
}

/** "came a day after", "two days after", "un jour après que", "einen Tag nach dem": the days between the two clauses. */
const DAY_COUNTS: Record<string, number> = {
  a: 1, one: 1, un: 1, einen: 1, two: 2, deux: 2, zwei: 2, dos: 2, three: 3, trois: 3, drei: 3, tres: 3,
  four: 4, quatre: 4, vier: 4, cuatro: 4, five: 5, cinq: 5, fünf: 5, cinco: 5, six: 6, sechs: 6, seis: 6,
};
/** "two days after", and "hours after", "minutes after": an incident counted back from the one told, by days or within its day. */
const DAYS_AFTER = new RegExp(
  `(?<![\\p{L}])(?:(${Object.keys(DAY_COUNTS).join('|')})\\s+(?:days?|jours?|Tage?)|(?:(?:just|only|a few|several|some)\\s+)?(?:hours|minutes|an hour|moments|heures|Stunden|horas))\\s+(?:after|après|nach)(?![\\p{L}])`,
  'iu',
);
/** How many days a counted "after" puts between the two incidents: none for "hours after". */
const countOf = (m: RegExpExecArray): number => (m[1] ? DAY_COUNTS[m[1].toLowerCase()]! : 0);

/** "The strike came days after US jets hit sites in Iraq": the clause tells an incident days before the one told. */
const DAYS_AFTER_OPENING = /^\s*(?:(?:just|only|a few|several|some)\s+)?(?:days|weeks)\s+after(?![\p{L}])/iu;

/** A background clause opened by "days after", "two days after": what it tells is not the incident told just before it. */
function toldDaysBefore(text: string, r: Reading): boolean {
  if (!r.background) return false;
  return DAYS_AFTER_OPENING.test(text.slice(r.sentence.start, r.sentence.end)) || daysAfterAtOpening(text, r.sentence.start) !== null;
}

/** "two days after", held by the words around a clause's opening (the connector it was cut at); null when none is. */
function daysAfterAtOpening(text: string, start: number): RegExpExecArray | null {
  const from = Math.max(0, start - 16);
  const m = DAYS_AFTER.exec(text.slice(from, start + 16));
  return m && from + m.index <= start && from + m.index + m[0].length > start ? m : null;
}

/**
 * The day of a background clause opened by "a day after" ("Friday's attack came a day after a US strike in Baghdad"):
 * the day of the clause before it less the days counted, resolved or as a weekday alone (an undated article's
 * "vendredi" makes the clause's Thursday).
 */
function daysBefore(text: string, r: Reading, before: Reading): DateMention[] {
  const m = daysAfterAtOpening(text, r.sentence.start);
  if (!m) return [];
  const count = countOf(m);
  const day = before.dates.filter((d) => d.precision === 'day' || (d.precision === 'unknown' && d.weekday !== undefined && d.monthDay === undefined));
  if (day.length !== 1) return [];
  const d = day[0]!;
  const date = d.date === null ? null : addDays(d.date, -count);
  const weekday = d.weekday === undefined ? undefined : (d.weekday + 7 - count) % 7;
  return [{ start: d.start, end: d.end, date, dateEnd: null, precision: d.precision, form: 'relative', ...(weekday === undefined ? {} : { weekday }) }];
}

/** "It came a day after a drone attack on al-Tanf": the days before the incident the sentence relates, told before it on `toldDay`. */
function daysBeforeRelated(text: string, r: Reading, toldDay: IsoDate): DateMention | null {
  if (!relatesBack(text, r)) return null;
  const m = DAYS_AFTER.exec(text.slice(r.quote.start, r.quote.end));
  // "hours after" may cross midnight: the days are counted only when the text counts them.
  if (!m?.[1]) return null;
  const start = r.quote.start + m.index;
  return { start, end: start + m[0].length, date: addDays(toldDay, -countOf(m)), dateEnd: null, precision: 'day', form: 'relative' };
}

/** The day of a clause with none of its own, counted on from the cause told after it ("hours after a drone attack on Sunday"); null when none. */
function daysAfterTold(text: string, readings: Reading[], r: Reading): ReturnType<typeof dateOf>[number] | null {
  const cause = readings.find((o) => o.background && o.quote.start === r.quote.start && o.sentence.start === r.sentence.end);
  const m = cause ? daysAfterAtOpening(text, cause.sentence.start) : null;
  if (!cause || !m) return null;
  const days = cause.dates.filter((d) => d.precision === 'day' && d.date !== null);
  if (days.length !== 1) return null;
  const d = days[0]!;
  const date = addDays(d.date!, countOf(m));
  return { date, date_end: null, date_precision: 'day', span: { start: d.start, end: d.end }, day: null };
}

/**
 * "The previous day", "a day earlier", "two days before," and "the next day", "two days later", and with no count "just
 * days prior", "days later", and "the same day", "the previous week": counted from a day told before, not from publication.
 */
const COUNTED_DAYS = new RegExp(
  `(?<![\\p{L}])(?:(?<count>${Object.keys(DAY_COUNTS).join('|')})\\s+(?:days?|jours?|Tage?|días?)\\s+(?:(?<countedBack>earlier|before|prior|plus tôt|auparavant|zuvor|früher|antes)(?!\\s+(?:the|a|an|its|their|this|that|de|que)(?![\\p{L}]))|later|plus tard|später|después)` +
    `|(?<dayBefore>the previous day|the day before(?!\\s+(?:the|a|an|its|their|this|that|yesterday)(?![\\p{L}]))|the day prior|la veille(?!\\s+(?:de|du|d['’]))|am Vortag|el día anterior)` +
    `|the next day|the following day|le lendemain|am nächsten Tag|am Folgetag|al día siguiente` +
    `|(?<sameDay>(?:that|the) same day|(?:(?:a few|several|two|three|just)\\s+)?(?<!\\d\\s{0,2})(?:hours|minutes)\\s+(?:later|afterwards)|(?:earlier|later)\\s+(?:that|in\\s+the|on\\s+the\\s+same)\\s+day|(?:at|around)\\s+(?:about\\s+)?the\\s+same\\s+time|plus (?:tard|tôt) dans la journée|au même moment|más (?:tarde|temprano) ese (?:mismo )?día|ese mismo día|später am (?:selben )?Tag|zur gleichen Zeit|le même jour|el mismo día|am selben Tag|am gleichen Tag|no mesmo dia|و?في اليوم نفسه|و?في نفس اليوم|و?في اليوم ذاته)` +
    `|(?<weekBefore>the previous week|the prior week|the week before(?!\\s+(?:the|a|an|its|their|this|that)(?![\\p{L}]))|la semaine précédente|la semana anterior|in der Vorwoche)` +
    `|(?<aWeek>a week|une semaine|una semana|eine Woche)\\s+(?:(?<aWeekBack>earlier|before|prior|plus tôt|auparavant|antes|zuvor|früher)(?!\\s+(?:the|a|an|its|their|this|that|de|que)(?![\\p{L}]))|later|plus tard|después|später)` +
    // "The rocket fire came | days after a drone was shot down": a clause that opens so tells an incident before the one told.
    `|(?<afterFew>^\\s*(?:(?:just|only|a few|several|some)\\s+)?days\\s+after)` +
    `|(?<fewDays>(?:(?:just|only|a few|several|some)\\s+)?days)\\s+(?:(?<fewBack>earlier|prior|before)(?!\\s+(?:the|a|an|its|their|this|that)(?![\\p{L}]))|later))(?![\\p{L}])`,
  'iu',
);

/** "The previous week" told after an incident: within the two weeks before its day, as loosely as writers use it. */
const WEEK = 7;

/** "A week earlier" is a week, give or take this many days. */
const ABOUT_A_WEEK = 2;

/** "Days earlier" and "days later" with no count reach this far. */
const UNCOUNTED_DAYS = 7;

const COUNT_BEFORE = new RegExp(`(?<![\\p{L}])(?:\\d+|${Object.keys(DAY_COUNTS).join('|')})\\s*$`, 'iu');

/** A word each of COUNTED_DAYS's phrases holds: most clauses have none, and the full pattern is slow to find missing. */
const DAY_OR_WEEK_WORD = /day|jour|tag|d[ií]a|veille|lendemain|week|woche|semaine|semana|اليوم|same time|même moment|gleichen Zeit|hours|minutes/iu;

/** The day a clause counts from the incident told last ("The previous day, US forces bombed nine targets"), or null. */
function dayCountedFromTold(text: string, r: Reading, toldDay: IsoDate): DateMention | null {
  const { start, end } = r.sentence;
  const clause = text.slice(start, end);
  const m = DAY_OR_WEEK_WORD.test(clause) ? COUNTED_DAYS.exec(clause) : null;
  if (!m) return null;
  const { count, countedBack, dayBefore, fewDays, fewBack, sameDay, weekBefore, afterFew, aWeek, aWeekBack } = m.groups!;
  const at = { start: start + m.index, end: start + m.index + m[0].length, form: 'relative' as const };
  if (afterFew !== undefined) {
    // "two days after": the count stands before the clause, and is read with it elsewhere.
    if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
    return { ...at, date: addDays(toldDay, -UNCOUNTED_DAYS), dateEnd: addDays(toldDay, -1), precision: 'range' };
  }
  if (sameDay !== undefined) return { ...at, date: toldDay, dateEnd: null, precision: 'day' };
  if (weekBefore !== undefined) return { ...at, date: addDays(toldDay, -2 * WEEK), dateEnd: addDays(toldDay, -1), precision: 'range' };
  // "a week earlier", "a week later": about a week, as loosely as writers count it.
  if (aWeek !== undefined) {
    const [first, last] = aWeekBack !== undefined ? [-WEEK - ABOUT_A_WEEK, -WEEK + ABOUT_A_WEEK] : [WEEK - ABOUT_A_WEEK, WEEK + ABOUT_A_WEEK];
    return { ...at, date: addDays(toldDay, first), dateEnd: addDays(toldDay, last), precision: 'range' };
  }
  if (fewDays !== undefined) {
    const [first, last] = fewBack !== undefined ? [-UNCOUNTED_DAYS, -1] : [1, UNCOUNTED_DAYS];
    return { ...at, date: addDays(toldDay, first), dateEnd: addDays(toldDay, last), precision: 'range' };
  }
  const days = count ? DAY_COUNTS[count.toLowerCase()]! : 1;
  const back = countedBack !== undefined || dayBefore !== undefined;
  return { ...at, date: addDays(toldDay, back ? -days : days), dateEnd: null, precision: 'day' };
}

/** A Sunday: the day a weekday label is counted from, to count whole days on from it. */
const SOME_SUNDAY = '2024-01-07';

/** The weekday a clause counts whole days from a weekday told before, with no date to count from; null when it counts none. */
function weekdayCountedFromTold(text: string, r: Reading, toldWeekday: string): ReturnType<typeof dateOf>[number] | null {
  const weekday = /^w(\d)[+-]?$/.exec(toldWeekday);
  if (!weekday) return null;
  const from = addDays(SOME_SUNDAY, Number(weekday[1]));
  const counted = dayCountedFromTold(text, r, from);
  if (!counted || counted.precision !== 'day' || counted.date === null) return null;
  const label = shiftedLabel(toldWeekday, Math.round((Date.parse(counted.date) - Date.parse(from)) / 86_400_000));
  return label === null ? null : { date: null, date_end: null, date_precision: 'unknown', span: { start: counted.start, end: counted.end }, day: label };
}

/** "today", "this morning", "yesterday": a day counted from the moment of speaking, not a weekday or a date. */
const SPOKEN_DAY = /^(?:(?:early|late)\s+)?(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)$/i;

/**
 * “Early this morning in northern Iraq, U.S. personnel were targeted”: inside a quotation, today is the day the words
 * were spoken, which the article, published later, need not share. The quotation is open when its paragraph has opened
 * one (“) and not closed it before the day, or holds an odd number of straight quotes before it.
 */
function spokenDay(text: string, d: DateMention): boolean {
  if (d.weekday !== undefined || !SPOKEN_DAY.test(text.slice(d.start, d.end).trim())) return false;
  const paragraph = text.lastIndexOf('\n', d.start) + 1;
  const before = text.slice(paragraph, d.start);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  // Straight quotes open and close alike: an odd number of them before the day leaves one open.
  return (before.split('"').length - 1) % 2 === 1;
}

/**
 * The clause tells of an attack, a strike or a weapon: "the base had been vacated on October 20" tells none, and gives
 * "The attack caused a fire" after it no day. Its cue lists are read only as far as it takes to tell (incidentWords reads all).
 */
function tellsIncident(r: Reading): boolean {
  return r.weapons.length > 0 || cues(r, 'attack').length > 0 || cues(r, 'strike').length > 0;
}

/** The clause's words of an incident: the weapons it names, its words of an attack or a strike. */
function incidentWords(r: Reading): TermHit[] {
  return [...r.weapons, ...cues(r, 'attack'), ...cues(r, 'strike')];
}

/** A line this short that holds a day is a date line ("— CBS News (@CBSNews) January 20, 2024" under an embedded post): its day is the story's. */
const SHORT_LINE = 60;
const isShortLine = (r: Reading): boolean => r.quote.end - r.quote.start <= SHORT_LINE;

/** Words that make a statement ("said", "announced") or react to an incident ("condemned"): a day next to them is theirs. */
function statementVerbs(r: Reading): TermHit[] {
  return [...cues(r, 'reporting'), ...cues(r, 'reaction')];
}

/** "said Monday", "on Monday announced", "said this morning that", "claimed on Monday that": the day of the statement, not of the incident. */
function isStatementDay(text: string, r: Reading, d: DateMention): boolean {
  // "قال متحدث أمريكي يوم الثلاثاء إن", "accused the United States on Thursday of": the speaker between, the day, then what was said.
  // "أعلنت خلية الإعلام الأمني، يوم الأربعاء، سقوط صاروخين … ليلة أمس" (announced, on Wednesday, the fall of two rockets … last
  // night): the day set off by commas after the speaker, when the clause names the incident's own day after it.
  const saidThen = (v: TermHit) =>
    v.end <= d.start &&
    d.start - v.end <= 40 &&
    !/[.;:]/.test(text.slice(v.end, d.start)) &&
    (SAID_AFTER_DAY.test(text.slice(d.end, d.end + 8)) ||
      (ARABIC_SCRIPT.test(v.text) && /،\s*(?:يوم\s+|اليوم\s+)?$/u.test(text.slice(v.end, d.start)) && /^\s*،/u.test(text.slice(d.end, d.end + 3)) && r.dates.some((o) => o.start > d.end)));
  return (
    statementVerbs(r).some(
      (v) =>
        (v.end <= d.start && /^\s*(?:in\s+an?\s+(?:\p{L}+\s+){0,2}?(?:statement|release|briefing)\s+)?(?:on|early|late|last|am|le|el|в)?\s*$/iu.test(text.slice(v.end, d.start))) ||
        // "on Monday announced", but not "on Monday, said the Pentagon": a comma ends the incident's clause before a report told verb first.
        (v.start >= d.end && /^\s*$/.test(text.slice(d.end, v.start)) && !/[,،]\s*$/.test(text.slice(d.start, d.end))) ||
        saidThen(v),
    ) || [...cues(r, 'attribution'), ...cues(r, 'claim_verb')].some(saidThen)
  );
}

/** How far before its verb a group's name may stand and still be who speaks: "The Islamic Resistance in Iraq, an alliance of armed factions, announced". */
const SPEAKER_REACH = 120;

/** The day a group claimed the clause's attack on ("the group announced on Friday that it had targeted"), if a group speaks on one. */
function claimDay(text: string, r: Reading, lex: CompiledPack): DateMention | undefined {
  const verbs = [...statementVerbs(r), ...cues(r, 'claim_verb')];
  const groups = [...r.actors.filter((a) => ['militia', 'umbrella'].includes(lex.actor(a.key).type)), ...cues(r, 'group_reference')];
  // Who speaks is named before the verb, an armed group: not "US officials", nor a group that "US officials said" of.
  const before = (v: TermHit) => (h: Span) => h.end <= v.start && v.start - h.end <= SPEAKER_REACH;
  // "أعلنت المقاومة الإسلامية في العراق، اليوم الأربعاء، استهداف": Arabic puts the verb first, its subject just after it.
  const after = (v: TermHit) => (h: Span) => ARABIC_SCRIPT.test(v.text) && h.start >= v.end && /^\s+$/u.test(text.slice(v.end, h.start));
  const byGroup = (v: TermHit) => (groups.some(before(v)) && !cues(r, 'official').some(before(v))) || groups.some(after(v));
  const near = (v: TermHit, d: DateMention) => (v.end <= d.start && d.start - v.end <= 40) || (v.start >= d.end && v.start - d.end <= 3);
  const oneDay = (d: DateMention) => (d.date === null ? namesDay(d) && dayLabel(d) !== null : d.precision === 'day');
  // Not the day a group announced a halt ("announced on Jan. 30 that it was suspending operations").
  const halts = (v: TermHit) => cues(r, 'cessation').some((c) => c.start >= v.end);
  const told = r.dates.find((d) => oneDay(d) && isStatementDay(text, r, d) && verbs.some((v) => near(v, d) && byGroup(v) && !halts(v)));
  if (told) return told;
  // "On Wednesday, the Islamic Resistance in Iraq said it targeted …", "Earlier on Wednesday, the group said …": the day opens the group's statement.
  const acts = [...cues(r, 'attack'), ...r.weapons];
  return r.dates.find(
    (d) =>
      oneDay(d) &&
      DAY_OPENS.test(text.slice(r.sentence.start, d.start)) &&
      verbs.some((v) => v.start >= d.end && v.start - d.end <= SPEAKER_REACH && byGroup(v) && !acts.some((a) => a.start >= d.end && a.end <= v.start)),
  );
}

/** Before a day that opens a sentence: "On", "Earlier on", "Late on", "Later". */
const DAY_OPENS = /^[\s"“]*(?:(?:earlier|later|late|early)\s+)?(?:on\s+)?$/iu;

/** What follows the day of a statement: "that", "que", "dass", "إن", or "of" after an accusation. */
const SAID_AFTER_DAY = /^,?\s*(?:that|of|que|qu['’]|dass|إن|أن|بأن)(?![\p{L}])/u;

/** "the January 30 drone attack", "Friday's strike": a day that names the incident word a few words after it. */
const DAY_OF_NOUN = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Whitespace, then perhaps the word "date" and whitespace: what may come before a date that opens the article. */
const ARTICLE_OPENING = /^\s*(?:date)?\s*/;
let openingOf: string | undefined;
let openingLength = 0;
/** How far the article's opening runs, read once for an article's many dates: a date that starts after it opens nothing. */
function articleOpeningLength(text: string): number {
  if (text !== openingOf) {
    openingOf = text;
    openingLength = ARTICLE_OPENING.exec(text)![0].length;
  }
  return openingLength;
}

/** The clause's own dates, else those of the sentence before it when that sentence names no base of its own. */
function dateOf(text: string, r: Reading, previous: Reading[], published: IsoDate | null, before?: Reading, toldDay: IsoDate | null = null, trigger?: Span, placeSpans: Span[] = [], toldWeekday: string | null = null): { date: IsoDate | null; date_end: IsoDate | null; date_precision: DatePrecision; span: Span | null; day: string | null }[] {
  const opening = text.slice(r.quote.start, r.quote.end);
  const dateline = filedLine(opening);
  // "On Tuesday, the government condemned the strikes" opens a statement too.
  const reporting = statementVerbs(r);
  const ofStatement = (d: DateMention) => isStatementDay(text, r, d);
  // "On Monday, the U.S. Central Command announced the killing of five militants in a drone attack": the day opens a statement.
  const opensStatement = (d: DateMention) => {
    const filed = dateline ?? PLACE_DATELINE.exec(opening);
    const from = r.quote.start + (filed ? filed[0].length : 0);
    if (d.start < from || !/^[\s\p{P}]*(?:\p{L}+\s+)?$/u.test(text.slice(from, d.start))) return false;
    const verb = reporting.find((v) => v.start >= d.end && v.start - d.end <= 80);
    return verb !== undefined && ![...cues(r, 'attack'), ...cues(r, 'strike'), ...r.weapons].some((h) => h.start >= d.end && h.end <= verb.start);
  };
  // A numeric date opening the article ("3-2-2024 (WASHINGTON)") dates the story, like a dateline.
  const opensArticle = (d: DateMention) =>
    d.start <= articleOpeningLength(text) && /^[\d\s./-]+$/.test(text.slice(d.start, d.end)) && !/\S/.test(text.slice(0, d.start).replace(/^\s*date\b/, ''));
  // "will attend the transfer on Friday": a day of what is to come.
  const ofFuture = (d: DateMention) => nearBefore(cues(r, 'irrealis'), d.start, 40);
  const usable = (d: DateMention) =>
    !(dateline && d.start < r.quote.start + dateline[0].length) && !ofStatement(d) && !opensArticle(d) && !ofFuture(d) && !opensStatement(d) && !spokenDay(text, d);
  // "the second within hours after a drone was downed over Erbil": the hours run into the clause they open.
  const runsInto = (d: DateMention) => d.hours === true && d.date !== null && /^\s*$/.test(text.slice(d.end, r.sentence.start));
  // A day counted from the incident told last replaces what the same words would count from publication.
  // "at Harir on Monday and another at Ain al-Asad the next day": with places apart, counted from the clause's own day before it.
  const dayBefore = !toldDay && placeSpans.length > 1 ? r.dates.find((d) => d.precision === 'day' && d.date !== null && usable(d)) : undefined;
  const countedInClause = dayBefore ? dayCountedFromTold(text, r, dayBefore.date!) : null;
  const counted = toldDay ? dayCountedFromTold(text, r, toldDay) : countedInClause && countedInClause.start >= dayBefore!.end ? countedInClause : null;
  // "On Wednesday, a drone targeted the base. Two days earlier, rockets fell near it." in an undated article: a Monday.
  const countedWeekday = !toldDay && !counted && toldWeekday !== null && !r.dates.some((d) => d.date !== null || dayLabel(d) !== null) ? weekdayCountedFromTold(text, r, toldWeekday) : null;
  if (countedWeekday) return [countedWeekday];
  const related = !counted && !r.dates.length && toldDay ? daysBeforeRelated(text, r, toldDay) : null;
  const ownDates = counted ? [...r.dates.filter((d) => d.end <= counted.start || d.start >= counted.end), counted] : related ? [related] : r.dates;
  const dated = r.background && before && !ownDates.length ? [...before.dates.filter(runsInto), ...daysBefore(text, r, before)] : ownDates;
  // "since February, when US forces struck" in an undated article: the month is told still, without its year.
  const own = dated.filter((d) => (d.form !== 'period' || d.precision !== 'unknown' || d.month !== undefined) && usable(d));
  const ownSites = new Set(r.sites.map((h) => h.key));
  const otherSite = previous.some((p) => p.sites.some((h) => !ownSites.has(h.key)));
  // A clause dated only by its statement ("On Monday, CENTCOM announced ...") does not borrow the day of the sentence before.
  const inherited = () =>
    otherSite || r.dates.some(opensStatement)
      ? []
      : previous
          .filter((p) => (tellsIncident(p) || isShortLine(p)) && filedLine(text.slice(p.quote.start, p.quote.end)) === null && !isByline(text, p, published))
          // From the paragraph before, not the day a statement was made ("…, officials said Wednesday."): the next paragraph may tell another day's.
          .flatMap((p) => p.dates.filter((d) => (d.form === 'relative' || d.form === 'absolute') && usable(d) && (p.sentence.paragraph === r.sentence.paragraph || !isStatementDay(text, p, d))));
  const source = own.length || r.background ? own : inherited();
  if (!source.length) return [{ date: null, date_end: null, date_precision: 'unknown', span: null, day: null }];
  const days = source.filter((d) => d.precision === 'day' || (d.precision === 'unknown' && dayLabel(d) !== null));
  // "The February 4 strikes answered the January 30 drone attack": of several days, the one that names the incident's own word.
  // Only in a clause that tells the cause ("following Sunday's attack"), or where the other days name incident words of their
  // own: elsewhere the day that opens the clause is the incident's.
  const namesWord = (d: DateMention, word: Span) => d.end <= word.start && DAY_OF_NOUN.test(text.slice(d.end, word.start));
  const named = trigger && days.length > 1 ? days.filter((d) => namesWord(d, trigger)) : [];
  const words = named.length === 1 ? [...cues(r, 'attack'), ...cues(r, 'strike')].filter((h) => h.start !== trigger!.start) : [];
  // "raised the number injured in the Jan. 28 drone attack on Monday": an incident the clause names by its day, in a phrase of its own.
  const inItsPhrase = named.length === 1 && NAMED_IN_PHRASE.test(text.slice(Math.max(r.sentence.start, named[0]!.start - 16), named[0]!.start));
  const apart = named.length === 1 && (r.background || inItsPhrase || days.every((d) => d === named[0] || words.some((w) => namesWord(d, w))));
  const chosen = apart || daysOfPlaces(days, placeSpans) ? (apart ? named : days) : days.length ? incidentDates(text, days) : [source[0]!];
  const label = (d: DateMention) => dayLabel(d) ?? monthLabel(d);
  const unique = chosen.length < 2 ? chosen : [...new Map(chosen.map((d) => [`${d.date}|${d.dateEnd}|${d.precision}|${d.date ? '' : label(d)}`, d])).values()];
  return unique.map((d) => ({ date: d.date, date_end: d.dateEnd, date_precision: d.precision, span: { start: d.start, end: d.end }, day: label(d) }));
}

/** A military unit named by its number after it: "Brigade 12", "اللواء 12", "la brigade 47". */
const UNIT_NUMBERED = /(?<![\p{L}])(?:brigade|regiment|division|battalion|liwa|brigada|brigata|اللواء|لواء|الفوج|الفرقة|бригад[аы])\s+$/iu;

/** Before a day that names its incident in a phrase of the clause: "injured in the", "the toll of the", "since the". */
const NAMED_IN_PHRASE = /(?<![\p{L}])(?:in|of|from|during|since|after)\s+the\s+$/iu;

/**
 * "a rocket at Harir on Monday and another at Ain al-Asad on Tuesday": each place has a day of its own after it, before
 * the next place ('after'); "On Tuesday, a drone was shot down near Ain al-Asad, and on Monday rockets targeted Erbil":
 * before it, after the place before ('before'); null when the days are not so shared out.
 */
function daysOfPlaces(days: Span[], places: Span[]): 'after' | 'before' | null {
  if (places.length < 2 || days.length !== places.length) return null;
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const [ordered, dayOrder] = [[...places].sort(byStart), [...days].sort(byStart)];
  if (ordered.every((p, k) => dayOrder[k]!.start >= p.end && (k + 1 === ordered.length || dayOrder[k]!.end <= ordered[k + 1]!.start))) return 'after';
  if (ordered.every((p, k) => dayOrder[k]!.end <= p.start && (k === 0 || dayOrder[k]!.start >= ordered[k - 1]!.end))) return 'before';
  return null;
}

/** Where the parts of a clause that gives each place its own day begin: at each day after the first, or at each place after the first. */
function dayJoints(r: Reading, places: readonly Place[]): number[] {
  if (places.length < 2 || !places.every((p) => p.span)) return [];
  const days = r.dates.filter((d) => d.precision === 'day' || d.weekday !== undefined).sort((a, b) => a.start - b.start);
  const spans = places.map((p) => p.span!).sort((a, b) => a.start - b.start);
  const shared = daysOfPlaces(days, spans);
  if (shared === 'before') return days.slice(1).map((d) => d.start);
  return shared === 'after' ? spans.slice(1).map((p) => p.start) : [];
}

/** A line that is only a day: "Tuesday, 23 January", "Jan. 23", "Monday 22 January 2024". */
const DAY_HEADING = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$/;
const DAY_HEADING_MAX = 40;

/** The day headings of a live blog, by the readings of an article: only where it has two or more (one alone is a date line). */
const dayHeadings = new WeakMap<Reading[], Reading[]>();

/**
 * The day of the live-blog heading the clause stands under, in an earlier paragraph, with no other heading between:
 * an article that heads its entries by day ("Tuesday, 23 January", then "Monday, 22 January") dates them by it.
 */
function dayHeadingOver(text: string, readings: Reading[], r: Reading): ReturnType<typeof dateOf>[number] | null {
  let headings = dayHeadings.get(readings);
  if (!headings) {
    headings = readings.filter((o) => o.sentence.end - o.sentence.start <= DAY_HEADING_MAX && DAY_HEADING.test(text.slice(o.sentence.start, o.sentence.end)) && o.dates.some((d) => d.precision === 'day' && d.date !== null));
    if (headings.length < 2) headings = [];
    dayHeadings.set(readings, headings);
  }
  const over = headings.filter((h) => h.sentence.paragraph < r.sentence.paragraph).at(-1);
  const day = over?.dates.find((d) => d.precision === 'day' && d.date !== null);
  return day ? { date: day.date, date_end: null, date_precision: 'day', span: { start: day.start, end: day.end }, day: dayLabel(day) } : null;
}

/**
 * A strike that answers an attack: on the spot ("the AC-130 self-defence strike", "retaliated against the attacking
 * forces", "targeting the launcher"), at the attack its own sentence tells, if any; or, only answering ("US jets struck
 * back"), at the attack told last.
 */
interface Answer {
  onTheSpot: boolean;
  /** On the attack's own day: on the spot, or told as coming at once ("hours later"). */
  sameDay: boolean;
  /** Where the attack the clause's own sentence tells hit, when it tells one, and with what. */
  attacked: Place | null;
  attackedWith: string[];
}

function answerOf(text: string, readings: Reading[], r: Reading, lex: CompiledPack, earlierBase: Site | null): Answer | null {
  // "Separately, US forces struck a Houthi missile launcher": another story.
  if (cues(r, 'unrelated_cause').length) return null;
  const answers = cues(r, 'self_defence').length > 0 || cues(r, 'attacker_object').length > 0 || cues(r, 'response_verb').some((v) => !answersInquiry(text, r, v));
  // "killed two militants who had fired rockets at al-Tanf": the relative clause right after this one tells the attack of those struck.
  const relativeNext = readings.find((o) => o.quote.start === r.quote.start && o.sentence.start === (r.sentence.hole?.start ?? r.sentence.end) && cues(o, 'relative_pronoun')[0]?.start === o.sentence.start);
  if (!answers && !relativeNext) return null;
  const told = readings.filter((o) => o !== r && o.quote.start === r.quote.start && o.background && (kindOf(text, o, lex) ?? retaliatedFor(text, readings, o, lex))?.kind === 'attack');
  const standoff = lex.pack.lexicon.weaponStandoff ?? [];
  // Not those who attacked from afar ("fighters who had attacked Tower 22 with a drone"): they may be anywhere.
  const nearAttackers = relativeNext !== undefined && told.includes(relativeNext) && !weaponsOf(text, relativeNext, 'attack').weapons.some((w) => standoff.includes(w));
  const onTheSpot = cues(r, 'self_defence').length > 0 || cues(r, 'attacker_object').length > 0 || nearAttackers;
  if (!onTheSpot && !answers) return null;
  const telling = told.find((o) => placesOf(text, o, lex, 'attack', earlierBase).some((p) => p.country));
  // "In response to the Tower 22 attack in Jordan, US forces retaliated against 85 targets": a retaliation that names the
  // attack it answers by its place is one of its own, elsewhere; only a strike on the attackers themselves is where they were.
  if (telling && !onTheSpot) return null;
  const attacked = telling ? placesOf(text, telling, lex, 'attack', earlierBase).find((p) => p.country)! : null;
  const attackedWith = telling ? weaponsOf(text, telling, 'attack').weapons : [];
  return { onTheSpot, sameDay: onTheSpot || cues(r, 'soon_after').length > 0, attacked, attackedWith };
}

/**
 * "U.S. forces struck a rocket launcher after the attack on MSS Euphrates on Tuesday": a strike its sentence tells as the
 * answer to an attack dated to a day, and dates no other way, came that day or after, by its article's day at the latest.
 */
function datedByItsCause(m: Mention, mentions: readonly Mention[], published: IsoDate): void {
  if (m.kind !== 'strike' || m.date !== null || m.day_label || !notes.get(m)?.answer) return;
  const cause = mentions.find((o) => o.kind === 'attack' && o.start === m.start && o.date_precision === 'day' && o.date !== null && o.date <= published);
  if (!cause?.date) return;
  dateFrom(m, { date: cause.date, date_end: cause.date === published ? null : published, date_precision: cause.date === published ? 'day' : 'range' }, cause.evidence.date);
}

/**
 * An answering strike that names no place of its own is where the attackers were: at the launch site the story names
 * since the attack ("rockets fired from Zummar"), else near the base they attacked, in its country. Not when the two
 * are told on days apart ("weeks later, US forces responded"), nor when the article told no attack. One told as coming
 * at once, placed or not, takes the attack's day when it has none of its own.
 */
function placeAnswer(text: string, m: Mention, readings: Reading[], r: Reading, told: readonly Mention[], lex: CompiledPack): void {
  const note = notes.get(m);
  const answer = note?.answer;
  if (!note || !answer || m.kind !== 'strike') return;
  const attack = answer.attacked ? null : told.findLast((o) => o.kind === 'attack' && o.country !== null);
  if (!answer.attacked && (!attack || !mayBeSameDay(attack, m))) return;
  // "The attack came after US forces struck a Houthi missile … and destroyed the missile in self-defense": a strike told
  // since the attack, kept or not, is what the clause may go on about.
  if (attack && readings.some((o) => o.quote.start > attack.start && o.quote.start < r.quote.start && kindOf(text, o, lex)?.kind === 'strike')) return;
  // "The US responded hours later with strikes near Albu Kamal": placed, it still came on the attack's day.
  if (attack && answer.sameDay && m.date === null && !m.day_label) {
    if (attack.date) dateFrom(m, attack, attack.evidence.date);
    else if (attack.day_label) labelFrom(m, attack.day_label, attack.evidence.date);
  }
  // "U.S. forces in Syria conducted a self-defense strike in response to rocket fire targeting their position at MSS
  // Euphrates": the country is where the forces are; the base their attackers hit says more.
  const onlyItsCountry = answer.onTheSpot && m.site === null && answer.attacked?.site && answer.attacked.country === m.country;
  if (m.country !== null && !onlyItsCountry) return;
  const from = attack ? attack.start : r.quote.start;
  const launch = lex.sites.find(text, from, r.quote.end).filter((h) => lex.site(h.key).role === 'launch_site').at(-1);
  // Drones and ballistic missiles are fired from afar: those who fired them were somewhere in the country, not at the base.
  const weapons = attack ? attack.weapons : answer.attackedWith;
  const standoff = lex.pack.lexicon.weaponStandoff ?? [];
  const fromAfar = weapons.length > 0 && weapons.every((w) => standoff.includes(w));
  let place: Place;
  if (launch) place = placeAtSite(lex.site(launch.key), launch);
  else if (answer.attacked) place = answer.attacked;
  else {
    const a = attack!;
    const span = a.evidence.site ?? a.evidence.place ?? null;
    const site = a.site ? lex.site(a.site) : null;
    place = site ? { ...placeAtSite(site, span ?? { start: a.start, end: a.start }), span } : { site: null, province: notes.get(a)?.province ?? null, place: a.place, country: a.country, lat: a.lat, lon: a.lon, span };
  }
  if (fromAfar && !launch && place.site) place = placeInCountry(lex, place.country!, place.province, null);
  placeAt(m, place);
}

/** A mention takes a place found outside its own clause, and the words that name it. */
function placeAt(m: Mention, place: Place): void {
  Object.assign(m, { site: place.site?.name ?? null, place: place.place, country: place.country, lat: place.lat, lon: place.lon });
  if (place.span) m.evidence[place.site ? 'site' : 'place'] = m.evidence.country = { start: place.span.start, end: place.span.end };
  const note = notes.get(m);
  if (note) note.province = place.province;
}

/** "The facilities struck included sites near al-Qaim": what the strikes told hit, listed, is no incident of its own. */
const LISTS_WHAT_WAS_HIT = /^[\s"“]*(?:the\s+)?(?:facilities|targets|sites|locations|positions)\s+(?:struck|hit|targeted|attacked|bombed)\s+(?:included|include|were|are|spanned|lay)\b/iu;

/**
 * "It was the third attack on Harir this week": a sentence that ranks the incident just told among others tells no other
 * (where none was told with a day, it may be what tells the incident at all).
 */
const RANKS_TOLD = /^[\s"“]*(?:it|this|that)\s+(?:is|was|marks|marked|became|has become)\s+(?:also\s+)?(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:(?:such|known|reported|separate|drone|rocket|missile)\s+)*(?:attack|strike|incident|assault)s?\b/iu;

function ranksToldIncident(text: string, r: Reading): boolean {
  return RANKS_TOLD.test(text.slice(r.sentence.start, r.sentence.end));
}

/** Two incidents told on one day, a day apart at most (a night attack and the answer to it), or either undated. */
function mayBeSameDay(a: Mention, b: Mention): boolean {
  if (!a.date || !b.date) return datesAgree(a, b);
  const gap = Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
  return gap <= 1 && (a.date_end ?? a.date) === a.date && (b.date_end ?? b.date) === b.date;
}

function draftsOf(text: string, readings: Reading[], i: number, lex: CompiledPack, article: Article, earlierBase: Site | null, toldDay: IsoDate | null, toldWeekday: string | null = null): Draft[] {
  const r = readings[i]!;
  const kinded = kindOf(text, r, lex) ?? retaliatedFor(text, readings, r, lex) ?? latestOfThose(text, readings, r);
  if (!kinded || !isFactual(text, r, kinded.trigger) || isPattern(text, r, kinded.kind) || (toldDay !== null && ranksToldIncident(text, r)) || LISTS_WHAT_WAS_HIT.test(text.slice(r.sentence.start, r.sentence.end))) return [];
  const { kind, trigger } = kinded;
  // "a raid that killed a senior ISIS leader": a strike on a group outside the campaign, with no militia of it named.
  if (kind === 'strike' && otherGroups(text, r).length && !r.actors.some((a) => isHostile(a, lex))) return [];
  // "conducted 20 operations against ISIS": a strike whose object is a group outside the campaign, with none of its own named.
  if (kind === 'strike' && strikesOtherGroup(text, r, trigger) && !r.actors.some((a) => isHostile(a, lex))) return [];
  // Israel as the only target: the same militias, another campaign.
  const israel = r.countries.some((h) => h.key === 'IL') && !r.sites.length && kind === 'attack' && !cues(r, 'defender_agent').length;
  if (israel) return [];
  const places = ownOrSentencePlaces(text, readings, r, lex, kind, earlierBase);
  if (!places.length || (!places.some((p) => p.site) && isGeneric(text, r, kind))) return [];
  // "The strikes hit a depot used by Iraqi militias": the strikes told, named again, placed only by where the group is from.
  if (kind === 'strike' && toldDay !== null && namedDefinitely(text, r, trigger) && placedByGroupHome(text, r, lex, places)) return [];
  const answer = kind === 'strike' ? answerOf(text, readings, r, lex, earlierBase) : null;
  const answered = kind === 'strike' && !r.background && places.every((p) => p.country === null) ? answeredAttack(text, readings, r, lex, earlierBase, article.published) : null;
  const before = readings[i - 1]?.sentence.paragraph === r.sentence.paragraph ? readings[i - 1] : undefined;
  if (places.some((p) => p.site) && toldOnlyAsPlural(text, r, kind, before)) return [];
  const sameParagraph = readings.slice(Math.max(0, i - 2), i + 3).filter((o) => o !== r && o.sentence.paragraph === r.sentence.paragraph);
  const stated = actorsOf(text, r, kind, lex, sameParagraph);
  const referred = stated.attacker === null ? referredClaimant(text, readings, i, kind, lex) : null;
  const actor = referred ? { ...stated, ...referred } : stated;
  // Several places and several weapons in one sentence: each weapon goes with the one place told in its own part of the
  // sentence ("a drone attack was launched on Al-Tanf | and a missile attack on the Conoco field"), else with the place named nearest it.
  const apart = kind === 'attack' && places.length > 1 && new Set(r.weapons.map((w) => w.key)).size > 1;
  const joints = apart ? cues(r, 'coordinator') : [];
  const partOf = (at: number) => joints.filter((j) => j.end <= at).length;
  const distance = (w: TermHit, p: Place) => (p.span ? Math.min(Math.abs(w.start - p.span.end), Math.abs(p.span.start - w.end)) : Infinity);
  const nearest = (w: TermHit) => {
    const [own, another] = places.filter((p) => p.span && partOf(p.span.start) === partOf(w.start));
    return own && !another ? own : places.reduce((best, p) => (distance(w, p) < distance(w, best) ? p : best), places[0]!);
  };
  const weaponsAt = (place: Place) => weaponsOf(text, r, kind, apart && place.span ? r.weapons.filter((w) => nearest(w) === place) : r.weapons);
  const next = readings[i + 1];
  // The clause or sentence after it that names no place and tells no incident of its own goes on about this one. In the
  // same sentence, a clause that names an incident ("after a drone attack that wounded two") tells the one answered. A
  // sentence that relates the incident told before it to this one ("It came after …") leaves the next to go on about that one.
  let goesOnRead: Reading | null | undefined;
  const goesOn = () => {
    const ownSentence = next?.quote.start === r.quote.start;
    goesOnRead ??=
      next && next.sentence.paragraph === r.sentence.paragraph && !next.sites.length && !(ownSentence && cues(next, 'incident_noun').length) && !(!ownSentence && relatesBack(text, r)) && !kindOf(text, next, lex) && !tollOfAnotherStrike(text, next) ? next : null;
    return goesOnRead ?? undefined;
  };
  let casualties = casualtiesOf(text, r);
  // "A number of troops were injured after a missile attack hit the base": more than one hurt, maybe told in another clause of its sentence.
  // Not a clause that tells another incident ("days after several troops were wounded in an attack on Conoco").
  const mates = readings.filter((o) => o !== r && o.quote.start === r.quote.start && !(o.background && kindOf(text, o, lex)));
  const vague = new Set([...(casualties.vague ?? []), ...mates.flatMap((o) => [...(casualtiesOf(text, o).vague ?? [])])]);
  // A toll told after several places is of them together, or of one; a total over a period ("Since October 17, 60 troops were hurt") is of none.
  // Of several places, only its noughts ("All of the drones were shot down and there were no injuries") are each one's.
  const tolled = goesOn();
  // A strike's toll is of those it hit: the defender's own people hurt, told after it, are the attack's.
  // A nought "so far" is still this incident's: "No casualties were reported so far."
  const ownToll = tolled && !defendersHurtAfterStrike(text, tolled, kind) && (!tellsTotal(text, tolled) || noughtsOnly(casualtiesOf(text, tolled)));
  if (casualties.killed === null && casualties.injured === null && ownToll) casualties = places.length === 1 ? casualtiesOf(text, tolled) : withoutSharedToll(casualtiesOf(text, tolled));
  // "Drones hit US bases in Iraq and Syria, more than 20 troops hurt": a toll of several places together is of no one of them (a nought is each one's).
  if (places.length > 1 && listedTogether(text, places)) casualties = withoutSharedToll(casualties);
  if (vague.size) casualties = vaguelyCounted(casualties, vague);
  // "The attack occurred at 6:30 p.m., involving ballistic missiles and rockets": the weapons of the incident just told.
  // A sentence with a day of its own tells its own incident; one after a background clause goes on about the main one.
  const following = places.length === 1 && next && cues(next, 'attack').length > 0 ? goesOn() : undefined;
  const restates = following && (following.quote.start === r.quote.start || (!r.background && !following.dates.length));
  const moreWeapons = restates ? weaponsOf(text, following, kind).weapons : [];
  const outcome = outcomeOf(text, r, kind, casualties.killed, casualties.injured);
  // "One targeted the Omar field, while the other struck Ain al-Asad": each place's outcome is told in its own part of the sentence.
  const partJoints = places.length > 1 && places.every((p) => p.span) ? cues(r, 'part_joint') : [];
  // "On Tuesday, a drone was shot down near Ain al-Asad, and on Monday rockets targeted Erbil": each place's own day opens its part.
  const partStarts = partJoints.length ? partJoints.map((j) => j.start) : dayJoints(r, places);
  const bounds = [r.sentence.start, ...partStarts, r.sentence.end];
  const parts = bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end }));
  // "..., and both were shot down": what is told after the last place, of all of them together, is each part's (not where each has its day).
  const toldOfAll = () => partJoints.length > 0 && TOLD_OF_ALL.test(text.slice(Math.max(...places.map((p) => p.span!.end)), r.sentence.end));
  const ownParts = partStarts.length > 0 && parts.every((part) => places.some((p) => p.span!.start >= part.start && p.span!.end <= part.end)) && !toldOfAll();
  const outcomeAt = (place: Place) => {
    const part = ownParts ? parts.find((s) => place.span!.start >= s.start && place.span!.end <= s.end) : undefined;
    return part ? outcomeOf(text, r, kind, casualties.killed, casualties.injured, part) : outcome;
  };
  // "another attack", "a second drone": an incident apart from those told before.
  const another = markedApart(text, r, trigger);
  // "In a similar fashion, the U.S. conducted strikes": like one told before, so none of them.
  const likeAnother = cues(r, 'like_another').some((h) => h.end <= trigger.start && OPENS_SENTENCE.test(text.slice(r.sentence.start, h.start)));
  // "On November 29, an A-10 had already been deployed to neutralize a rocket launcher": one before those told.
  const toldBefore = cues(r, 'told_before').length > 0;
  const previousSentence = readings.filter((o) => o.quote.end <= r.quote.start && o.sentence.paragraph === r.sentence.paragraph).at(-1)?.quote.start;
  // "The United States responded with air strikes": an answer came after what it answers, on a day the clause must tell.
  const answers = cues(r, 'response_verb').length > 0;
  // Wires give each sentence a paragraph: one that opens its paragraph may go on about the incidents of the kind the
  // paragraph before told ("launched two drone attacks on Wednesday" / "One drone targeted the al-Shaddadi base").
  const lastBefore = previousSentence === undefined ? readings.filter((o) => o.quote.end <= r.quote.start).at(-1) : undefined;
  const paragraphBefore =
    lastBefore?.sentence.paragraph === r.sentence.paragraph - 1 ? readings.filter((o) => o.quote.start === lastBefore.quote.start && kindOf(text, o, lex)?.kind === kind) : [];
  const earlier = answers ? [] : previousSentence !== undefined ? readings.filter((o) => o.quote.start === previousSentence) : paragraphBefore;
  const placeSpans = places.every((p) => p.span) ? places.map((p) => p.span!) : [];
  const dates = dateOf(text, r, earlier, article.published, !answers && before?.quote.start === r.quote.start ? before : undefined, toldDay, trigger, placeSpans, toldWeekday);
  // "The Islamic Resistance in Iraq announced on Friday that it had targeted the base": a group claims an attack the day it
  // made it or the next; with no day of the attack's own, the claim's dates it.
  if (kind === 'attack' && (actor.attribution === 'claimed' || actor.attacker === null) && dates.every((d) => d.date === null && d.day === null)) {
    const day = claimDay(text, r, lex);
    if (day) dates.splice(0, dates.length, { date: day.date, date_end: null, date_precision: day.precision, span: { start: day.start, end: day.end }, day: dayLabel(day) });
  }
  if (dates.every((d) => d.date === null && d.day === null) && next && opensWithIncident(text, next, r, lex)) {
    dates.splice(0, dates.length, ...dateOf(text, next, [], article.published));
    daysGiven.add(next);
  }
  // "US forces struck two sites in Syria two days after a drone attack on Tower 22 on Sunday": the day the cause names, counted on.
  if (dates.every((d) => d.date === null && d.day === null) && !r.background) {
    const counted = daysAfterTold(text, readings, r);
    if (counted) dates.splice(0, dates.length, counted);
  }
  // A live blog's entries under "Tuesday, 23 January", until the next such heading: the heading's day is theirs.
  if (dates.every((d) => d.date === null && d.day === null)) {
    const heading = dayHeadingOver(text, readings, r);
    if (heading) dates.splice(0, dates.length, heading);
  }
  // "to mark the anniversary of the January 2020 US drone strike" on a day of this week: the incident is history whatever day the clause names.
  if (historyNamed(text, r, trigger, lex)) return [];
  if (dates.every((d) => d.date === null && d.day === null) && (toldInYearBefore(text, r, trigger, lex, article.published) || answeredInHistory(readings, r, article, lex))) return [];
  const quote = text.slice(r.quote.start, r.quote.end);
  const drafts: Draft[] = [];
  // "carried out three strikes in Syria, but late last month it expanded them to Iraq": a day told after "but" is of its own part.
  const clauseText = text.slice(r.sentence.start, r.sentence.end);
  const contrasts = clauseText.includes(',') ? matchesIn(CONTRAST_JOINT, clauseText).map((m) => r.sentence.start + m.index) : [];
  const partAt = (at: number) => contrasts.filter((c) => c < at).length;
  const inClause = (span: Span | null) => span !== null && span.start >= r.sentence.start && span.end <= r.sentence.end;
  // "in Syria, but it was shot down on Saturday": a part that names no place of its own goes on about the one before.
  const placedParts = new Set(places.flatMap((p) => (p.span ? [partAt(p.span.start)] : [])));
  const ownDays = daysOfPlaces(dates.flatMap((d) => (d.span ? [d.span] : [])), placeSpans);
  const datesAt = (place: Place) => {
    if (ownDays === 'after') return dates.filter((d) => d.span!.start >= place.span!.end && !placeSpans.some((p) => p.start > place.span!.start && p.start < d.span!.start));
    if (ownDays === 'before') return dates.filter((d) => d.span!.end <= place.span!.start && !placeSpans.some((p) => p.start < place.span!.start && p.start > d.span!.start));
    if (!contrasts.length || !place.span || !dates.every((d) => inClause(d.span))) return dates;
    const own = dates.filter((d) => partAt(d.span!.start) === partAt(place.span!.start) || !placedParts.has(partAt(d.span!.start)));
    return own.length ? own : [{ date: null, date_end: null, date_precision: 'unknown' as const, span: null, day: null }];
  };
  for (const place of places) {
    const own = weaponsAt(place);
    const outcome = outcomeAt(place);
    // What goes on about this incident names its weapons again, if it named any ("a ballistic missile attack ... involving ballistic missiles and rockets").
    const agrees = !own.weapons.length || moreWeapons.some((w) => own.weapons.includes(w));
    const weaponsOfPlace = moreWeapons.length && agrees ? { ...own, weapons: normalWeapons([...own.weapons, ...moreWeapons], kind) } : own;
    const placeDates = datesAt(place);
    for (const date of placeDates) {
      const weapons = weaponsOfDay(r, date, placeDates, kind) ?? weaponsOfPlace;
      const evidence: Partial<Record<MentionField, Span>> = { kind: { start: trigger.start, end: trigger.end } };
      if (date.span) evidence.date = date.span;
      if (place.span) evidence[place.site ? 'site' : 'place'] = place.span;
      if (place.span) evidence.country = place.span;
      if (actor.span) evidence.attacker = actor.span;
      if (weapons.span) evidence.weapons = weapons.span;
      if (casualties.spans.killed) evidence.killed = casualties.spans.killed;
      if (casualties.spans.injured) evidence.injured = casualties.spans.injured;
      if (outcome.span) evidence.outcome = outcome.span;
      const mention: Mention = {
          article: article.id,
          kind,
          date: date.date,
          date_end: date.date_end,
          date_precision: date.date_precision,
          site: place.site?.name ?? null,
          place: place.place,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
          attacker: actor.attacker,
          attribution: actor.attacker ? actor.attribution : 'unknown',
          target: actor.target,
          weapons: weapons.weapons,
          killed: casualties.killed,
          injured: casualties.injured,
          outcome: outcome.outcome,
          quote,
          start: r.quote.start,
          end: r.quote.end,
          evidence,
          ...(date.date === null && date.day !== null ? { day_label: date.day } : {}),
        };
      // Built field by field, in the order of its fields, rather than spread from the optional ones (a copy each).
      const note: Note = { day: date.day, province: place.province, quarter: place.quarter ?? null, another, targetNamed: actor.targetNamed ?? false, ownOnly: new Set() };
      if (likeAnother) note.likeAnother = true;
      if (casualties.vague) note.vague = casualties.vague;
      note.bound = new Set(casualties.bound);
      note.hurt = kind === 'attack' && outcome.outcome === 'impact' && hurtInIncidentNamed(text, r, outcome.span);
      // A hit only the attacking group claims, or only a headline's "hit" tells, no one hurt: a word that can be loose.
      const headline = r.quote.start === 0 && !/[.!?]["”’]?\s*$/u.test(quote);
      if (kind === 'attack' && outcome.outcome === 'impact' && (actor.attribution === 'claimed' || headline) && casualties.killed === null && casualties.injured === null) note.looseHit = true;
      if (place.acrossBorder) note.acrossBorder = place.acrossBorder;
      if (answer) note.answer = answer;
      if (answered) note.answered = answered;
      if (toldBefore) note.toldBefore = toldBefore;
      if (date.date_precision === 'range' && date.span && NIGHT_WORD.test(text.slice(date.span.start, date.span.end + 12))) note.overnight = true;
      notes.set(mention, note);
      for (const field of ['killed', 'injured'] as const) noteOwnOnly(mention, field, casualties);
      drafts.push({ reading: r, mention });
    }
  }
  return impliedBeside(text, r, drafts, kind);
}

/** "both were shot down", "all were intercepted", "tous ont été abattus": said of every incident the sentence told. */
const TOLD_OF_ALL = /(?<![\p{L}])(?:both|all|each|neither|none|tous|toutes|ambos|todos|beide|alle)(?![\p{L}])/iu;

/** ", but", ", mais", ", pero", ", aber": a coordinate clause of its own. */
const CONTRAST_JOINT = /,\s+(?:but|mais|pero|aber)\s/giu;

/**
 * Every match of a global pattern that matches no empty text, as `[...text.matchAll(pattern)]` finds them, without the
 * copy of the pattern that `matchAll` makes at each call (the cost of the call in a short clause).
 */
function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push(m);
  return found;
}

/**
 * "One of the three militants killed in the strike was ... in charge of operations in Syria": "the strike", with no base
 * of its own, when the article has told one strike only, is that strike, whatever country the clause names besides
 * (but not in another province than the one it was told in).
 */
function theOneTold(text: string, r: Reading, mention: Mention, told: Mention[], lex: CompiledPack): Mention | undefined {
  const trigger = mention.evidence.kind;
  if (mention.site !== null || !trigger || /s$/i.test(text.slice(trigger.start, trigger.end))) return undefined;
  if (!namedDefinitely(text, r, trigger) || !lex.cue('incident_noun').has(text, trigger.start, trigger.end)) return undefined;
  const ofKind = told.filter((m) => m.kind === mention.kind);
  return ofKind.length === 1 && datesAgree(ofKind[0]!, mention) && provincesAgree(ofKind[0]!, mention) ? ofKind[0] : undefined;
}

/** Incidents one clause told together ("strikes in Iraq and Syria"), by each of them. */
const toldTogether = new WeakMap<Mention, Mention[]>();

/**
 * What a clause that restates incidents told together says of them all, and what any restatement adds: their outcome,
 * weapons and the group struck (a strike told again names the group it hit), not a toll.
 */
function foldShared(into: Mention, from: Mention): void {
  if (into.target === null && from.target !== null) into.target = from.target;
  into.weapons = normalWeapons([...into.weapons, ...from.weapons], into.kind);
  if (into.outcome === 'unknown' && from.outcome !== 'unknown') {
    into.outcome = from.outcome;
    if (from.evidence.outcome) into.evidence.outcome = from.evidence.outcome;
    const intoNote = notes.get(into);
    if (intoNote && notes.get(from)?.looseHit) intoNote.looseHit = true;
  } else if (into.outcome === 'impact' && notes.get(into)?.looseHit && !notes.get(from)?.looseHit) {
    // The group's claimed hit, or a headline's, then the interception others report: the latter. A hit they report stands.
    if (from.outcome === 'intercepted') {
      into.outcome = 'intercepted';
      if (from.evidence.outcome) into.evidence.outcome = from.evidence.outcome;
    } else if (from.outcome === 'impact') notes.get(into)!.looseHit = false;
  }
}

/** Clauses whose day already went to the incident told just before them. */
const daysGiven = new WeakSet<Reading>();

/**
 * What a mention knows beyond its fields: the day it names even unresolved, the province of its place, and which of its
 * counts are noughts only for the defender's own people ("no US casualties"), which a count of others hurt replaces.
 */
interface Note {
  day: string | null;
  /** Dated by a night ("overnight"), the two days it runs across. */
  overnight?: boolean;
  province: string | null;
  quarter: string | null;
  another: boolean;
  /** Told as like an incident before it ("In a similar fashion"): none of those told before. */
  likeAnother?: boolean;
  targetNamed: boolean;
  ownOnly: Set<'killed' | 'injured'>;
  vague?: Set<'killed' | 'injured'>;
  bound?: Set<'killed' | 'injured'>;
  hurt?: boolean;
  acrossBorder?: string;
  answer?: Answer;
  /** Where and when the strike was when it places nothing itself: near those whose attack its sentence says it answered. */
  answered?: Answered;
  /** Told in the pluperfect of what came before ("had already"): not the undated news the story told before it. */
  toldBefore?: boolean;
  /**
   * A hit the attacking group claims ("saying the drones had hit their targets") or a headline tells ("US base in Syria hit"), no
   * one hurt: an interception told after it wins.
   */
  looseHit?: boolean;
}
const notes = new WeakMap<Mention, Note>();

function datesAgree(a: Mention, b: Mention): boolean {
  if (a.date && b.date) return (a.date === b.date && a.date_end === b.date_end) || nightHolds(a, b) || nightHolds(b, a);
  // "on Monday" and "last Thursday" are two days, even in an undated article; "late Monday" is Monday still.
  const dayA = notes.get(a)?.day;
  const dayB = notes.get(b)?.day;
  if (!dayA || !dayB) return true;
  // "in February" and "on Feb. 2" may be one day; so may "in February" and "on Friday".
  if (isMonthLabel(dayA) || isMonthLabel(dayB)) return !isMonthLabel(dayA) || !isMonthLabel(dayB) ? inMonth(dayA, dayB) : dayA === dayB;
  return labelledDay(dayA) === labelledDay(dayB);
}

/** A range read from these is a night: "overnight", "dans la nuit", "in der Nacht". */
const NIGHT_WORD = /(?<![\p{L}])(?:overnight|night|nuit|noche|nacht|notte|noite|ночь|ночью|malam|ليل|ليلة)(?![\p{L}])/iu;

/** "Overnight" is two days, the night between them: a report of either day may be of it. */
function nightHolds(night: Mention, day: Mention): boolean {
  if (night.date_precision !== 'range' || night.date_end === null || day.date_precision !== 'day' || day.date === null || !notes.get(night)?.overnight) return false;
  return addDays(night.date!, 1) === night.date_end && (day.date === night.date || day.date === night.date_end);
}

const isMonthLabel = (label: string): boolean => label.startsWith('m');

/** A month's label ("m02") and a day's ("02-02", "w5"): the day may be in the month. */
function inMonth(a: string, b: string): boolean {
  const [month, day] = isMonthLabel(a) ? [a, b] : [b, a];
  return day.startsWith('w') || day.startsWith(`${month.slice(1)}-`);
}

function provincesAgree(a: Mention, b: Mention): boolean {
  const pa = notes.get(a)?.province;
  const pb = notes.get(b)?.province;
  return !(pa && pb && pa !== pb);
}

/** "western Iraq" and "northern Iraq" are two places; "Iraq" is either. */
function quartersAgree(a: Mention, b: Mention): boolean {
  const qa = notes.get(a)?.quarter;
  const qb = notes.get(b)?.quarter;
  return !(qa && qb && qa !== qb);
}

/** `later` restates `earlier` (same kind, same place, compatible dates), or says less of it: no place at all. */
function sameIncident(earlier: Mention, later: Mention): boolean {
  if (earlier.kind !== later.kind || !datesAgree(earlier, later)) return false;
  if (earlier.site === later.site) return earlier.site !== null || ((earlier.country === later.country || later.country === null) && quartersAgree(earlier, later) && provincesAgree(earlier, later));
  // "an Iraqi air base" after "Ain al-Asad": the described base is the named one; one in the Kurdistan Region is not.
  return later.site === null && (later.country === null || later.country === earlier.country) && provincesAgree(earlier, later);
}

/** A mention takes a day told elsewhere in its article, and the words that tell it; the label of an unresolved day goes. */
function dateFrom(m: Mention, day: Pick<Mention, 'date' | 'date_end' | 'date_precision'>, evidence: Span | undefined): void {
  Object.assign(m, { date: day.date, date_end: day.date_end, date_precision: day.date_precision });
  delete m.day_label;
  if (evidence) m.evidence.date = evidence;
}

/** An undated mention takes a day's label told elsewhere in its article ("Monday's attack"), and the words that tell it. */
function labelFrom(m: Mention, label: string, evidence: Span | undefined): void {
  m.day_label = label;
  if (evidence) m.evidence.date = evidence;
  const note = notes.get(m);
  if (note) note.day = label;
}

/** An incident dated more than this many days before its article's publication is no longer the news: a week, as far back as a bare weekday reaches. */
const NEWS_DAYS = 7;

/**
 * A dated article tells its news undated ("US strikes facility in eastern Syria", "officials said Wednesday"): an
 * incident dated weeks before it ("U.S. forces responded with airstrikes on Oct. 26") is another one, recalled. Not
 * so at a named base: "the Tower 22 attack" of an analysis weeks later is the one it then dates.
 */
function recalledBeside(told: Mention, later: Mention, article: Article): boolean {
  if (told.site !== null || told.date !== null || later.date === null || !article.published) return false;
  return (Date.parse(article.published) - Date.parse(later.date_end ?? later.date)) / 86_400_000 > NEWS_DAYS;
}

/**
 * Where an incident with no place of its own is, when only its day tells it apart from the story's: "U.S. forces
 * responded with airstrikes on Oct. 26" beside the undated news of strikes in Syria is there too, and "The previous
 * day, US forces bombed nine targets" after them is where all of them were. Null otherwise.
 */
function storyCountry(text: string, m: Mention, told: readonly Mention[]): string | null {
  const recalled = told.findLast((o) => sameIncident(o, m));
  if (recalled) return recalled.country;
  if (!m.evidence.date || !COUNTED_DAYS.test(text.slice(m.evidence.date.start, m.evidence.date.end))) return null;
  const countries = new Set(told.filter((o) => o.kind === m.kind).map((o) => o.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/**
 * "Sunday's rocket attack on the US base near the Iraq-Syria border", after a Sunday attack told "in northeastern Syria":
 * a place on a border between two countries is the incident told in the other, when the article told one there that day.
 */
function acrossTheBorder(m: Mention, told: readonly Mention[]): Mention | undefined {
  const other = notes.get(m)?.acrossBorder;
  if (!other || m.site || !m.date) return undefined;
  return told.findLast((o) => o.country === other && !o.site && o.kind === m.kind && o.date === m.date && o.date_end === m.date_end);
}

/**
 * A title that places an incident in a country alone ("Militia commander killed in US drone strike in Iraq"), then the
 * story's "… in eastern Baghdad": the incident is where the story says, more closely.
 */
function placedCloser(into: Mention, from: Mention): void {
  const intoNotes = notes.get(into);
  const fromNotes = notes.get(from);
  if (!intoNotes || into.site || from.site || into.country === null || from.country !== into.country || into.lat !== null || intoNotes.province || from.lat === null || !fromNotes?.province) return;
  if (toldTogether.has(into)) return;
  Object.assign(into, { place: from.place, lat: from.lat, lon: from.lon });
  intoNotes.province = fromNotes.province;
  if (fromNotes.quarter) intoNotes.quarter = fromNotes.quarter;
  if (from.evidence.place) into.evidence.place = into.evidence.country = from.evidence.place;
}

/** One article states each incident once: fold repeated statements into the first, keeping every detail. */
function fold(into: Mention, from: Mention): void {
  const evidence = into.evidence;
  if ((!into.date && from.date) || nightHolds(into, from)) dateFrom(into, from, from.evidence.date);
  else if (!into.date && (!into.day_label || isMonthLabel(into.day_label)) && from.day_label && !isMonthLabel(from.day_label)) into.day_label = from.day_label;
  else if (!into.date && !into.day_label && from.day_label) into.day_label = from.day_label;
  if (!into.attacker && from.attacker) {
    into.attacker = from.attacker;
    into.attribution = from.attribution;
    if (from.evidence.attacker) evidence.attacker = from.evidence.attacker;
  } else if (into.attacker === from.attacker && from.attribution === 'claimed') into.attribution = 'claimed';
  for (const field of ['killed', 'injured'] as const) {
    takeCount(into, field, { killed: from.killed, injured: from.injured, spans: from.evidence, ownOnly: notes.get(from)?.ownOnly.has(field), bound: notes.get(from)?.bound });
  }
  foldShared(into, from);
  // "Troops engaged two drones", then "Coalition forces sustained minor injuries in the incident": something got through.
  if (into.outcome === 'intercepted' && notes.get(from)?.hurt === true) {
    into.outcome = 'impact';
    if (from.evidence.outcome) evidence.outcome = from.evidence.outcome;
  }
  if (!into.site && !into.place && from.place && (from.country === null || from.country === into.country)) into.place = from.place;
  // "Iraq" told again as "western Iraq" is now placed in that quarter.
  const intoNotes = notes.get(into);
  const fromNotes = notes.get(from);
  if (intoNotes && !intoNotes.quarter && fromNotes?.quarter && !into.site) {
    intoNotes.quarter = fromNotes.quarter;
    into.place = from.place;
  }
  // "Counterterrorism thwarts drone attack on Erbil airport", then "drones directed at the base of the international
  // coalition": whom the attack was on, which the first statement left unsaid, is what a later one names.
  if (intoNotes && !intoNotes.targetNamed && fromNotes?.targetNamed && into.kind === 'attack') {
    into.target = from.target;
    intoNotes.targetNamed = true;
  }
}

/**
 * "Drones attacked several US bases in Syria; no one was hurt", then "The targets were al-Omar, al-Tanf and Conoco": the
 * nought told of the incidents before their bases were named is also that of the others the clause names with them.
 */
function shareNoughts(named: ReadonlySet<Mention>, fresh: readonly Mention[]): void {
  for (const from of named) {
    for (const m of fresh) {
      if (m.kind !== from.kind || m.country !== from.country || !datesAgree(m, from) || notes.get(m)?.another) continue;
      for (const field of ['killed', 'injured'] as const) {
        if (m[field] !== null || from[field] !== 0) continue;
        m[field] = 0;
        if (from.evidence[field]) m.evidence[field] = from.evidence[field];
      }
    }
  }
}

/**
 * Places listed in one undated clause ("attacked two bases, Al-Tanf and Al-Shaddadi") were hit on one day, by one
 * group: when the story already dated one of them (or named its weekday), or named who attacked it, the others take that.
 */
function shareDayAndGroup(told: Mention[], toldBefore: ReadonlySet<Mention>): void {
  const dated = told.filter((m) => m.date !== null);
  const days = new Set(dated.map((m) => `${m.date}|${m.date_end}|${m.date_precision}`));
  // A weekday or a group is shared from what this clause tells, not from an incident told before that it only restates.
  const telling = told.filter((m) => !toldBefore.has(m));
  const labels = new Set(telling.flatMap((m) => (m.day_label ? [m.day_label] : [])));
  if (days.size === 1) {
    const day = dated[0]!;
    for (const m of told) if (m.date === null) dateFrom(m, day, day.evidence.date);
  } else if (days.size === 0 && labels.size === 1) {
    const labelled = telling.find((m) => m.day_label)!;
    for (const m of told) if (!m.day_label) labelFrom(m, labelled.day_label!, labelled.evidence.date);
  }
  const attackers = new Set(telling.flatMap((m) => (m.attacker ? [m.attacker] : [])));
  if (attackers.size !== 1 || told.some((m) => toldBefore.has(m) && m.attacker && !attackers.has(m.attacker))) return;
  const named = telling.find((m) => m.attacker)!;
  for (const m of told) {
    if (m.attacker || m.kind !== named.kind) continue;
    Object.assign(m, { attacker: named.attacker, attribution: named.attribution, target: m.target ?? named.target });
    if (named.evidence.attacker) m.evidence.attacker = named.evidence.attacker;
  }
}

/**
 * "the attack last weekend", "Sunday's assault", "the Jan. 28 attack": an incident named with its day and
 * without a place, in a clause that tells no incident of its own, is one the article has told. Returns the day and the noun.
 */
function restatedDay(text: string, r: Reading): { day: DateMention; noun: TermHit } | null {
  const nouns = cues(r, 'incident_noun');
  if (r.sites.length || !nouns.length) return null;
  const definite = cues(r, 'definite_determiner');
  const determinerOf = (noun: TermHit) => definite.filter((d) => d.end <= noun.start && NOUN_PHRASE_GAP.test(text.slice(d.end, noun.start))).at(-1);
  // A day names the incident from a possessive before its noun or from inside its definite noun phrase: the dates,
  // costly to read, are read only for a clause with such a noun.
  const named = nouns.filter((noun) => !/^s\b/.test(text.slice(noun.end)) && (POSSESSIVE_BEFORE.test(text.slice(r.sentence.start, noun.start)) || determinerOf(noun)));
  if (!named.length) return null;
  // In an undated article the day stays unresolved, but still tells the incident's day from others ("Friday's attack").
  const dated = r.dates.filter((d) => d.date !== null || (namesDay(d) && dayLabel(d) !== null));
  if (!dated.length) return null;
  for (const noun of named) {
    const possessive = dated.find((d) => d.end <= noun.start && POSSESSIVE_GAP.test(text.slice(d.end, noun.start)));
    if (possessive) return { day: possessive, noun };
    const det = determinerOf(noun);
    if (!det) continue;
    const day = dated.find((d) => (d.start >= det.end && d.end <= noun.start) || (d.start >= noun.end && /^\s+(?:on\s+)?$/.test(text.slice(noun.end, d.start))));
    if (day) return { day, noun };
  }
  return null;
}

/** The one undated incident told so far that a restated day belongs to: of its kind, unless the noun may name either kind. */
function undatedIncident(mentions: Mention[], noun: TermHit, r: Reading): Mention | undefined {
  const eitherKind = cues(r, 'strike').some((h) => h.start === noun.start);
  const undated = mentions.filter((m) => m.date === null && !m.day_label && (eitherKind || m.kind === 'attack'));
  return undated.length === 1 ? undated[0] : undefined;
}

/** A relative clause that goes on describing what was just named. */
const RELATIVE_AFTER = /,\s+(?:which|who)\s/iu;

/**
 * The clause speaks of a pattern or a total ("repeated attacks", "since October 17, 60 troops were hurt"), not of the
 * incident told: unless only a relative clause after all it says of the incident does ("..., which were the first
 * attacks since October 7").
 */
function tellsTotal(text: string, r: Reading): boolean {
  if (!TOTAL_CUES.some((name) => cues(r, name).length)) return false;
  const stated = FOLLOW_UP_CUES.flatMap((name) => cues(r, name));
  const relative = RELATIVE_AFTER.exec(text.slice(r.sentence.start, r.sentence.end));
  const describedFrom = relative && stated.every((h) => h.end <= r.sentence.start + relative.index) ? r.sentence.start + relative.index : r.sentence.end;
  // "Several people were killed in the strike": a vague count of the hurt, not a pattern.
  const counted = [...vagueCounts(text, r, 'killed'), ...vagueCounts(text, r, 'injured')];
  const ofPattern = (h: TermHit) => h.start < describedFrom && !counted.some((v) => v.start <= h.start && h.end <= v.end);
  // "Damage assessments are ongoing", "Despite the incident, flights continued as scheduled": a word of a pattern says
  // one only of attacks, named in the same stretch of the clause ("Rocket fire, officials said, has been ongoing").
  let told: TermHit[] | undefined;
  const ofAttacks = (name: string, h: TermHit) => name !== 'generic' || (told ??= incidentWords(r)).some((w) => sameStretch(text, h, w, () => cues(r, 'reporting')));
  return TOTAL_CUES.some((name) => cues(r, name).some((h) => ofAttacks(name, h) && ofPattern(h)));
}

/** Between commas, a few words that say who told it: ", officials said,". */
const INSERT = /,[^,;:]{1,60},/gu;

/** Nothing but words between the two, and inserts that say who told it (`reporting` words): no comma, semicolon or colon of their own. */
function sameStretch(text: string, a: Span, b: Span, reporting: () => readonly TermHit[]): boolean {
  const from = Math.min(a.end, b.end);
  const between = text.slice(from, Math.max(a.start, b.start));
  if (!/[,;:]/.test(between)) return true;
  const told = (at: number, length: number) => reporting().some((v) => v.start >= from + at && v.end <= from + at + length);
  return !/[,;:]/.test(between.replace(INSERT, (insert, at: number) => (told(at, insert.length) ? ' ' : insert)));
}
const TOTAL_CUES = ['generic', 'habitual', 'aggregate'];

/** How many clauses after an incident can still go on about it without naming it. */
const FOLLOW_UP_CLAUSES = 5;

/** "It came after", "The attack was the latest in", "This followed": a sentence whose subject is the incident just told, relating it to others. */
const RELATES_BACK = /^[\s"“]*(?:It|(?:This|That)(?:\s+[\p{L}-]+){0,3}?|The\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|strike|assault|incident)s?)\s+(?:was|is|came|comes|followed|follows|marked|marks)(?![\p{L}])/u;

function relatesBack(text: string, r: Reading): boolean {
  return RELATES_BACK.test(text.slice(r.quote.start, r.quote.end));
}

/** The incidents one sentence told: those of its main clause, and those of its background ("in response to an attack in Jordan"). */
interface ToldLast {
  quote: number;
  main: Mention[];
  background: Mention[];
  since: number;
  /** Clauses of the run that added nothing, not yet tested for a day or an incident of their own. */
  pending: Reading[];
  /** Opened far from where the incident was told, by naming it again: only an explicit claim names its group. */
  reopened?: boolean;
  /** The day the clause that reopened the run named the incident by ("Saturday's attack"): no day of another. */
  dayNamed?: DateMention;
  /** Opened by a sentence that related the incidents told before it to others ("It came after …"): its main are those. */
  related?: boolean;
}

/**
 * "U.S. officials confirmed there were no injuries or damage reported from the attack", "At least one Iraqi service member
 * was reported wounded": a clause that names no other place, no other day and no incident of its own, and speaks of no
 * pattern or total, goes on about the incidents told just before it: those of the kind it names again ("the strikes"),
 * else those of the main clause. Returns them, or none.
 */
function goesOnAbout(text: string, r: Reading, told: ToldLast, lex: CompiledPack): Mention[] {
  const incidents = [...told.main, ...told.background];
  // "carried out strikes in Iraq after a drone attack that wounded two": the clause that names an incident after them in
  // their own sentence tells the one they answered.
  if (r.background && r.quote.start === told.quote && cues(r, 'incident_noun').length) return [];
  // "following today's attacks at the embassy, there were no casualties": naming the incidents' own base again is still about them.
  const ownBase = (h: TermHit) => incidents.some((m) => m.site === h.key);
  if (!r.sites.every(ownBase) || !r.towns.every(ownBase) || r.regions.length) return [];
  if (tellsTotal(text, r)) return [];
  // "On the other hand, Israeli warplanes targeted … killing four": another story tells nothing of them.
  if (cues(r, 'unrelated_cause').length) return [];
  if (countryPlaces(text, r, lex).some((p) => !incidents.some((m) => m.country === p.country))) return [];
  // "will hit", "could have caused casualties": what may be is not what happened.
  const stated = FOLLOW_UP_CUES.flatMap((name) => cues(r, name));
  if (stated.some((h) => nearBefore(cues(r, 'irrealis'), h.start, 40))) return [];
  // The costlier tests (a day of its own, an incident of its own) wait until a clause of the run has something to add.
  // A day for an incident told undated is something to add too.
  const mayDate = () => incidents.some((m) => m.date === null && !m.day_label) && r.dates.some(fixesDays);
  // Weapons named for an incident told with none are something to add too.
  const mayArm = () => r.weapons.length > 0 && incidents.some((m) => !m.weapons.length);
  if (!stated.length && !r.actors.length && !cues(r, 'claim_verb').length && !mayDate() && !mayArm()) {
    told.pending.push(r);
    return incidents;
  }
  let about = incidents;
  for (const clause of [...told.pending.splice(0), r]) {
    about = namedAgain(text, clause, told, lex);
    if (!about.length) return [];
  }
  return about;
}

/**
 * "The troops were stationed in Erbil": a clause that tells no incident and names the one base where the forces of the
 * attack just told, at a place only described ("northern Iraq"), are deployed, names that base. True when it did.
 */
function stationedAt(text: string, r: Reading, told: ToldLast, lex: CompiledPack): boolean {
  // The base by its name, or by the one town it stands at ("stationed in Erbil").
  const named = [...r.sites, ...r.towns];
  const keys = [...new Set(named.map((h) => h.key))];
  if (keys.length !== 1 || lex.site(keys[0]!).role !== 'base' || !cues(r, 'deployment').length) return false;
  const site = lex.site(keys[0]!);
  const described = told.main.filter((m) => m.kind === 'attack' && m.site === null && m.country === site.country);
  if (described.length !== 1) return false;
  Object.assign(described[0]!, { site: site.name, place: null, lat: site.lat, lon: site.lon });
  described[0]!.evidence.site = { start: named[0]!.start, end: named[0]!.end };
  return true;
}

/** Before a verb that opens its sentence: nothing but spaces, punctuation and Arabic "and" (و). */
const VERB_OPENS = /^[\s\p{P}]*و?$/u;
/** Between two Arabic words: spaces, and the letter a name's match may start after (ك of كتائب is read as a proclitic). */
const ARABIC_WORD_GAP = /^\s+[وبلفك]?$/u;

/** "who was", "whether it was": an attribution asked about, not made. */
const ASKED_BEFORE = /\b(?:who|whoever|whether)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** What a follow-up clause may add to an incident. */
const FOLLOW_UP_CUES = ['intercepted', 'impact', 'killed', 'injured', 'no_casualties', 'casualty_noun'];

/** The incidents a clause with no day and no incident of its own goes on about: those of the kind it names again, else those of the main clause. */
function namedAgain(text: string, r: Reading, told: ToldLast, lex: CompiledPack): Mention[] {
  // "after being briefed on Monday's attack": the day of an incident just told is no day of another.
  const toldDays = [...told.main, ...told.background].map((m) => m.date);
  // "a spokesman said this morning that ...": the day of the statement is no day of another incident either.
  if (r.dates.some((d) => d !== told.dayNamed && (d.date === null || !toldDays.includes(d.date)) && !isStatementDay(text, r, d))) {
    // "Biden said the attack was carried out Saturday night": the one undated incident named again, on its day.
    const undated = undatedNamedAgain(text, r, told);
    if (undated) dayGiven.add(r);
    return undated ? [undated] : [];
  }
  const kinded = kindOf(text, r, lex);
  if (!kinded) {
    if (tollOfAnotherStrike(text, r)) return [];
    return told.main.length ? told.main : told.background;
  }
  // "the attack", "the strikes": the incident told, named again; "a drone attack" would be another.
  if (!namedDefinitely(text, r, kinded.trigger)) return [];
  const ofKind = [...told.main, ...told.background].filter((m) => m.kind === kinded.kind);
  // "During the latter attacks, ...": the last of them told, which the run now goes on about alone.
  if (!namesLatter(text, r, kinded.trigger) || ofKind.length < 2) return ofKind;
  Object.assign(told, { main: ofKind.slice(-1), background: [] });
  return told.main;
}

/** "the latter attacks": the incident word names the last of those just told. */
function namesLatter(text: string, r: Reading, word: Span): boolean {
  return cues(r, 'latter').some((h) => h.end <= word.start && NOUN_PHRASE_GAP.test(text.slice(h.end, word.start)));
}

/** "both attacks", "the two attacks", "les deux attaques", "ambos ataques": the two incidents told last. */
const BOTH_INCIDENTS = /(?<![\p{L}])(?:both|the two|les deux|ambos|ambas|los dos|beide|die beiden)\s+(?:[\p{L}-]+\s+)?(?:attacks|strikes|incidents|attaques|frappes|ataques|Angriffe)(?![\p{L}])/iu;

/** Between the defenders and their casualties: "US casualties", "American casualties", "U.S. injuries". */
const DEFENDERS_GAP = /^\s*$/u;

/** "No U.S. personnel were injured", "There were no US casualties": the clause tells of the defenders' people. */
function tellsDefendersToll(text: string, r: Reading): boolean {
  if (cues(r, 'defender_people').length) return true;
  const casualties = [...cues(r, 'casualty_noun'), ...cues(r, 'injured'), ...cues(r, 'killed')];
  return cues(r, 'defender_agent').some((a) => casualties.some((c) => c.start >= a.end && DEFENDERS_GAP.test(text.slice(a.end, c.start))));
}

/**
 * The attack a strike answered, when a clause after the strike tells the defenders' toll ("No U.S. personnel were
 * injured", "There were no US casualties") or names the attack again ("The missile attack caused eight minor injuries"):
 * the one attack its own sentence told ("struck militants who had fired a missile at Ain al-Asad"), else the incident
 * told just before it, if an attack on its day.
 */
function attackAnswered(text: string, r: Reading, strike: Mention, told: ToldLast, mentions: readonly Mention[]): Mention | undefined {
  const namesAttack = kindNamedAgain(text, r) === 'attack';
  if (!namesAttack && (!tellsDefendersToll(text, r) || cues(r, 'incident_noun').length)) return undefined;
  const inSentence = told.background.filter((m) => m.kind === 'attack');
  if (inSentence.length === 1) return inSentence[0];
  const attack = mentions.findLast((m) => m.start < strike.start);
  return attack?.kind === 'attack' && mayBeSameDay(attack, strike) ? attack : undefined;
}

/** A clause after a strike that names the defender's people, or the attack again ("The missile attack caused eight injuries"): its toll is the attack's, not the strike's. */
function defendersHurtAfterStrike(text: string, r: Reading, kind: EventKind): boolean {
  return kind === 'strike' && (tellsDefendersToll(text, r) || kindNamedAgain(text, r) === 'attack');
}

/** Clauses that give the undated incident they name again its day. */
const dayGiven = new WeakSet<Reading>();

/** The one undated incident just told that a clause names definitely ("the attack"), with no day of the clause's own; else undefined. */
function undatedNamedAgain(text: string, r: Reading, told: ToldLast): Mention | undefined {
  const kind = kindNamedAgain(text, r);
  if (!kind || !r.dates.some(fixesDays)) return undefined;
  const [only, another] = [...told.main, ...told.background].filter((m) => m.kind === kind);
  return only && !another && only.date === null && !only.day_label ? only : undefined;
}

/** The one incident of the kind a clause names definitely ("the attack"), when the article told one only; else undefined. */
function onlyOneNamedAgain(text: string, r: Reading, mentions: readonly Mention[]): Mention | undefined {
  if (r.sites.length || r.towns.length || r.regions.length) return undefined;
  const kind = kindNamedAgain(text, r);
  if (!kind) return undefined;
  const [only, another] = mentions.filter((m) => m.kind === kind);
  return only && !another ? only : undefined;
}

/** The one incident told before, not in the run going on, whose day a clause names with it ("Saturday's attack"); else undefined. */
function toldOnDayNamed(text: string, r: Reading, mentions: readonly Mention[], told: ToldLast | null): { incident: Mention; day: DateMention } | undefined {
  if (r.towns.length || r.regions.length) return undefined;
  const restated = restatedDay(text, r);
  if (!restated) return undefined;
  const { day, noun } = restated;
  const label = day.date === null ? dayLabel(day) : null;
  const eitherKind = cues(r, 'strike').some((h) => h.start === noun.start);
  // A day left unresolved ("Saturday" in an undated article) is still the day of an incident told on a Saturday.
  const labelOf = (m: Mention) => m.day_label ?? (m.date_precision === 'day' && m.date ? (day.weekday === undefined ? m.date.slice(5) : `w${new Date(m.date).getUTCDay()}`) : null);
  const onDay = (m: Mention) => {
    if (day.date !== null) return m.date_precision === 'day' && m.date === day.date;
    const told = labelOf(m);
    return label !== null && told !== null && labelledDay(told) === labelledDay(label);
  };
  const [only, another] = mentions.filter((m) => (eitherKind || m.kind === 'attack') && onDay(m));
  const running = told ? [...told.main, ...told.background] : [];
  return only && !another && !running.includes(only) ? { incident: only, day } : undefined;
}

/** The kind of incident a clause names definitely ("the attack", "the strikes"), pointing back to one told; null when it names none. */
function kindNamedAgain(text: string, r: Reading): EventKind | null {
  const noun = cues(r, 'incident_noun').find((h) => namedDefinitely(text, r, h));
  if (!noun) return null;
  return cues(r, 'strike').some((h) => h.start === noun.start) ? 'strike' : 'attack';
}

/** A date that fixes a day or a span of days, not only a label or a month. */
function fixesDays(d: DateMention): boolean {
  return d.date !== null && (d.precision === 'day' || d.precision === 'range');
}

/** "the strike", "these drones": a definite determiner a few words before the word, pointing back to something told. */
/** The places are named as one list ("in Iraq and Syria", "Al-Tanf, Conoco and al-Shaddadi"), not each in a part of its own. */
function listedTogether(text: string, places: readonly Place[]): boolean {
  const spans = places.map((p) => p.span).filter((span): span is Span => span !== null).sort((a, b) => a.start - b.start);
  return spans.length === places.length && spans.every((span, k) => k === 0 || LIST_JOINT.test(text.slice(spans[k - 1]!.end, span.start)));
}
const LIST_JOINT = /^\s*(?:,\s*)?(?:(?:and|or|et|ou|y|o|und|oder|و)\s+)?(?:the\s+|in\s+|at\s+)?$/iu;

/** A toll told, of noughts only. */
function noughtsOnly(casualties: Casualties): boolean {
  return (casualties.killed !== null || casualties.injured !== null) && (casualties.killed ?? 0) === 0 && (casualties.injured ?? 0) === 0;
}

function withoutSharedToll(casualties: Casualties): Casualties {
  const shared = (value: number | null) => value !== null && value > 0;
  if (!shared(casualties.killed) && !shared(casualties.injured)) return casualties;
  const spans = { ...casualties.spans };
  if (shared(casualties.killed)) delete spans.killed;
  if (shared(casualties.injured)) delete spans.injured;
  return { ...casualties, killed: shared(casualties.killed) ? null : casualties.killed, injured: shared(casualties.injured) ? null : casualties.injured, spans };
}

/** Counts told only as more than one ("several were injured"): a count of one or none told with them is of a part, not of all. */
function vaguelyCounted(casualties: Casualties, vague: ReadonlySet<'killed' | 'injured'>): Casualties {
  const result = { ...casualties, spans: { ...casualties.spans }, vague: new Set(vague) };
  for (const field of vague) {
    if (result[field] === null || result[field] >= 2) continue;
    result[field] = null;
    delete result.spans[field];
  }
  return result;
}

/** "an Israeli air strike", "a Turkish drone strike": an article, then a word or two before the noun. */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:an?|une?|ein(?:e|en)?|una?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "Earlier on Monday, an Israeli air strike in Damascus killed three officers": the toll of someone else's incident, not of the one told. */
function tollOfAnotherStrike(text: string, r: Reading): boolean {
  const another = cues(r, 'strike').some((h) => INDEFINITE_BEFORE.test(text.slice(Math.max(r.sentence.start, h.start - 30), h.start)));
  return another && (cues(r, 'killed').length > 0 || cues(r, 'injured').length > 0);
}

/** Arabic joins its article to the noun: "الهجوم" (the attack), "والهجوم", "بالهجوم". */
const ARABIC_DEFINITE = /^[وفبل]?ال\p{L}/u;

function namedDefinitely(text: string, r: Reading, word: Span): boolean {
  if (ELIDED_ARTICLE.test(text.slice(Math.max(r.sentence.start, word.start - 3), word.start))) return true;
  return cues(r, 'definite_determiner').some((d) => d.end <= word.start && NOUN_PHRASE_GAP.test(text.slice(d.end, word.start)));
}

/** "L'attaque", "l'attacco": the article French and Italian elide onto the noun. */
const ELIDED_ARTICLE = /(?<![\p{L}])[lL]['’]$/u;

/**
 * What a follow-up clause adds to an incident: the outcome it had not stated, the group that claimed it or is blamed,
 * and, when it is the only incident the clause goes on about (`alone`), its casualties.
 */
function addFollowUp(text: string, r: Reading, incident: Mention, lex: CompiledPack, alone: boolean, explicitOnly = false): void {
  if (incident.kind === 'attack') {
    const actor = actorsOf(text, r, 'attack', lex, []);
    // "Kataib Hezbollah denied involvement and said that the attack ...": a group that denies it claims nothing.
    // "to determine who was behind the attack": a question blames no one.
    const blamed = cues(r, 'attribution').some((h) => !ASKED_BEFORE.test(text.slice(Math.max(r.sentence.start, h.start - 30), h.start)));
    const explicit = cues(r, 'claim_verb').length > 0 || blamed;
    const said = (explicitOnly ? explicit : actor.attribution === 'claimed' || blamed) && !cues(r, 'denial').length && !cues(r, 'retraction').length;
    if (actor.attacker && said && (incident.attacker === null || incident.attacker === actor.attacker)) {
      if (incident.attacker === null || actor.attribution === 'claimed') incident.attribution = actor.attribution;
      incident.attacker = actor.attacker;
      if (actor.span) incident.evidence.attacker = actor.span;
    } else if (incident.attacker && !actor.attacker && cues(r, 'claim_verb').length && !r.actors.some((h) => isHostile(h, lex)) && !claimDenied(text, r.quote, lex)) {
      // "Ein entsprechendes Bekennerschreiben kursierte" (a claim letter circulated): the group named for it claimed it.
      incident.attribution = 'claimed';
    }
  }
  if (dayGiven.has(r) && incident.date === null) {
    const day = r.dates.find((d) => fixesDays(d) && !isStatementDay(text, r, d));
    if (day) dateFrom(incident, { date: day.date, date_end: day.dateEnd, date_precision: day.precision }, { start: day.start, end: day.end });
  }
  // "Preliminary reports indicate that two Katyusha rockets were responsible for the explosion": the weapons of the one incident
  // told with none.
  if (alone && !incident.weapons.length) {
    const armed = weaponsOf(text, r, incident.kind, r.weapons.filter((w) => !foundNotFired(text, r, w)));
    if (armed.weapons.length) {
      incident.weapons = armed.weapons;
      if (armed.span) incident.evidence.weapons = armed.span;
    }
  }
  const casualties = defendersHurtAfterStrike(text, r, incident.kind) ? { killed: null, injured: null, spans: {} } : casualtiesOf(text, r);
  // A toll told after several incidents is of all of them together, or of one: of no one incident.
  for (const field of alone ? (['killed', 'injured'] as const) : []) takeCount(incident, field, casualties);
  const looseHit = notes.get(incident)?.looseHit === true && incident.killed === null && incident.injured === null;
  if (incident.outcome === 'impact' && !looseHit) return;
  const outcome = outcomeOf(text, r, incident.kind, casualties.killed, casualties.injured);
  // "saying the drones had hit their targets", then "air defenses intercepted both drones": others' word of the interception.
  if (incident.outcome === 'impact') {
    if (outcome.outcome !== 'intercepted' || r.actors.some((h) => isHostile(h, lex))) return;
  }
  // "Coalition forces sustained minor injuries in the incident": people hurt in the attack named again, not in "an earlier attack" or an accident.
  const hurtInIt = alone && incident.kind === 'attack' && hurtInIncidentNamed(text, r, outcome.span);
  if (incident.outcome === 'intercepted' && !hurtInIt) return;
  incident.outcome = outcome.outcome;
  if (outcome.span) incident.evidence.outcome = outcome.span;
}

/** "Coalition forces sustained minor injuries": the impact a clause tells is of the defender's people hurt, so something got through. */
/**
 * "Coalition forces sustained minor injuries in the incident", "Four soldiers were lightly wounded": the defender's people
 * hurt in the incident told, not in "an earlier attack" or, "separately", in an accident.
 */
function hurtInIncidentNamed(text: string, r: Reading, impact: Span | null): boolean {
  if (!defendersHurt(r, impact) || cues(r, 'unrelated_cause').length) return false;
  return cues(r, 'incident_noun').every((h) => namedDefinitely(text, r, h));
}

function defendersHurt(r: Reading, impact: Span | null): boolean {
  const people = cues(r, 'defender_people').length > 0 || cues(r, 'defender_agent').length > 0;
  return people && impact !== null && [...cues(r, 'killed'), ...cues(r, 'injured')].some((h) => h.start === impact.start);
}

function noteOwnOnly(m: Mention, field: 'killed' | 'injured', casualties: Casualties): void {
  if (casualties.ownOnly && casualties[field] === 0) notes.get(m)?.ownOnly.add(field);
}

/** The incident takes a count told elsewhere when it has none, or only a nought for the defender's people and this one is more. */
function takeCount(m: Mention, field: 'killed' | 'injured', casualties: Casualties): void {
  const value = casualties[field];
  if (value === null) return;
  // "Several were injured", then "at least one Iraqi soldier was wounded": one of them, not how many.
  if (value < 2 && notes.get(m)?.vague?.has(field)) return;
  const note = notes.get(m);
  // "at least two dozen were injured", then "25 injured": the larger count is the toll.
  // "at least two dozen", then "25 injured": the larger count, when it is near the bound (not "70 hurt in all the attacks").
  const boundExceeded = m[field] !== null && value > m[field] && value <= BOUND_REACH * m[field] && note?.bound?.has(field) === true;
  const replaces = m[field] === null || (value > 0 && note?.ownOnly.has(field) === true) || boundExceeded;
  if (!replaces) return;
  m[field] = value;
  if (casualties.bound?.has(field)) note?.bound?.add(field);
  else note?.bound?.delete(field);
  if (casualties.spans[field]) m.evidence[field] = casualties.spans[field];
  notes.get(m)?.ownOnly.delete(field);
  noteOwnOnly(m, field, casualties);
}

/**
 * "In 2020, …", "Back in 2020", "Bereits im Jahr 2020", "في عام 2020" (in the year 2020), "a drone strike in 2020": a year told
 * where the sentence opens, or just after what a clause tells.
 */
const YEAR_OPENING =
  /^[\s"“«(]*(?:(?:back|already|bereits|schon|déjà|ya|já|già|sudah)\s+(?:(?:in|en|im|em|nel|dans|في|عام|в|pada)\s+)?|(?:in|en|im|em|nel|dans|في|وفي|عام|в|pada)\s+)(?:(?:the\s+)?year\s+|l['’]année\s+|(?:dem\s+)?Jahr\s+|el\s+año\s+|عام\s+|tahun\s+)?((?:19|20)\d\d)(?![\p{N}])/iu;
const YEAR_AFTER = /^[^,;.]{0,30}?(?<![\p{L}])(?:in|en|im|em|nel|dans|في|عام|в)\s+((?:19|20)\d\d)(?![\p{N}])/iu;
/** "the 2020 US drone strike", "the January 2020 attack": a year that names the incident word a few words after it. */
const YEAR_OF_NOUN = /(?<![\p{N},])((?:19|20)\d\d)(?:\s+[\p{L}.-]+){0,3}\s+$/u;

/**
 * "Militias attacked the base with rockets in 2020.", "هاجمت فصائل قاعدة عين الأسد بالصواريخ في عام 2020": a year that closes
 * the clause its incident opens, with no break or relative clause between ("Rockets hit the base, which Iran struck in 2020").
 */
const YEAR_CLOSING = /^[^,;:()]*?(?<![\p{L}])(?:in|en|im|em|nel|dans|في|عام|в|pada)\s+(?:(?:the\s+)?year\s+|(?:dem\s+)?Jahr\s+|عام\s+|tahun\s+)?((?:19|20)\d\d)\s*[.!?"”»]*\s*$/iu;

/** The year YEAR_AFTER reads: most clauses have none, and are spared the expression. */
const YEAR_DIGITS = /(?:19|20)\d\d/;

/** An undated incident told in a year before the campaign ("In 2020, a US drone strike near Baghdad airport killed …", "the 2020 US drone strike"): history. */
function toldInYearBefore(text: string, r: Reading, trigger: TermHit, lex: CompiledPack, published: IsoDate | null): boolean {
  const after = text.slice(trigger.end, r.sentence.end);
  const before = text.slice(Math.max(r.sentence.start, trigger.start - 40), trigger.start);
  const closing = () => (cues(r, 'relative_pronoun').some((p) => p.start >= trigger.end) ? undefined : YEAR_CLOSING.exec(after)?.[1]);
  const year =
    YEAR_OPENING.exec(text.slice(r.quote.start, trigger.start))?.[1] ??
    yearsAgo(text, r.quote.start, trigger.start, published) ??
    yearOfNoun(before) ??
    (YEAR_DIGITS.test(after) ? (YEAR_AFTER.exec(after)?.[1] ?? closing()) : undefined);
  return beforeCampaign(year, lex);
}

/** "Four years ago, a U.S. drone strike …" opening a clause of a dated article: the year it counts back to. */
function yearsAgo(text: string, from: number, to: number, published: IsoDate | null): string | undefined {
  const opening = published ? YEARS_AGO_OPENING.exec(text.slice(from, to)) : null;
  if (!opening || !published) return undefined;
  const count = opening[1] ? findNumbers(text, from + opening.index, from + opening.index + opening[0].length)[0]?.value : 1;
  return count === undefined ? undefined : String(Number(published.slice(0, 4)) - count);
}
const YEARS_AGO_OPENING = /^[\s"“]*(?:(\p{L}+|\d+)\s+years|a\s+year)\s+ago\b/iu;

/** The year that names the incident word the text ends before: "the 2020 US drone", "the January 2020". */
function yearOfNoun(before: string): string | undefined {
  return YEAR_DIGITS.test(before) ? YEAR_OF_NOUN.exec(before)?.[1] : undefined;
}

function beforeCampaign(year: string | undefined, lex: CompiledPack): boolean {
  return year !== undefined && year < lex.pack.settings.since.slice(0, 4);
}

/** "The outpost, known as Tower 22, houses about 350 troops": a clause that opens with the base told of and gives its name. */
const NAMED_BASE = /^[\s"“]*(?:the|that|this)\s+(?:small\s+|remote\s+|military\s+|US\s+|U\.S\.\s+)*(?:base|outpost|garrison|facility|installation|airbase|air base|site)\s*,?\s+(?:known as|called|dubbed|named)\s+(?:the\s+)?$/iu;

/** The attack told last at a base it only described takes the base's name a clause after it gives. */
function nameDescribedBase(text: string, r: Reading, mentions: Mention[], lex: CompiledPack): void {
  const hit = r.sites[0];
  if (!hit || !NAMED_BASE.test(text.slice(r.sentence.start, hit.start))) return;
  const site = lex.site(hit.key);
  const described = mentions.findLast((m) => m.start < r.sentence.start && m.kind === 'attack' && m.site === null && m.country === site.country);
  if (!described || mentions.some((m) => m !== described && m.site === site.name && datesAgree(m, described))) return;
  placeAt(described, placeAtSite(site, { start: hit.start, end: hit.end }));
}

/** Just before a site: "There was no attack on", "there were no attacks at the": no incident there, not a denial of someone's part in one. */
const NO_INCIDENT_AT = /(?<![\p{L}])(?:there\s+(?:was|were|has\s+been|have\s+been)\s+)?no\s+(?:new\s+|such\s+|further\s+)?(?:attacks?|strikes?|incidents?)\s+(?:on|at|against|targeting)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "Q: There are reports that a drone struck Tower 22 again yesterday. Can you confirm that? — There was no attack on
 * Tower 22 yesterday.": a report that a later clause of the article denies at its site, on its day if it names one, is
 * no incident: the sites "no attack on" names are those denied.
 */
function deniedAfter(text: string, readings: Reading[], mentions: Mention[], lex: CompiledPack): Set<Mention> {
  const denied = new Set<Mention>();
  for (const r of readings) {
    if (!r.sites.length || !cues(r, 'negation').length) continue;
    const sites = new Set(r.sites.filter((h) => NO_INCIDENT_AT.test(text.slice(Math.max(r.sentence.start, h.start - 50), h.start))).map((h) => lex.site(h.key).name));
    if (!sites.size) continue;
    const days = r.dates.filter((d) => d.date !== null);
    for (const m of mentions) {
      if (m.start >= r.sentence.start || m.site === null || !sites.has(m.site)) continue;
      if (days.length && m.date !== null && !days.some((d) => d.date === m.date)) continue;
      denied.add(m);
    }
  }
  return denied;
}

/** Before an incident word: it is a year or more old ("the fourth anniversary of the", "le premier anniversaire de la"), not months. */
const ANNIVERSARY_OF = /(?<![\p{L}-])(?<!months?\s|month-|mois\s|meses?\s|Monats?\s)(?:anniversary\s+of|anniversaire\s+d[eu']|aniversario\s+de|anniversario\s+d[ei']|Jahrestag(?:es)?\s+de[sr])\s+(?:(?:the|la|le|el|del|der|des|l['’])\s*)?(?:[\p{L}\p{N}.-]+\s+){0,4}$/iu;

/**
 * The incident word named as history in its own phrase, whatever day the clause gives: a year before the campaign
 * ("the January 2020 US drone strike") or an anniversary ("the fourth anniversary of the US drone strike").
 */
function historyNamed(text: string, r: Reading, trigger: TermHit, lex: CompiledPack): boolean {
  // "On the anniversary of the Soleimani killing, militants fired rockets at …": the clause goes on to tell an incident of its own.
  const toldAfter = [...cues(r, 'attack'), ...cues(r, 'strike'), ...r.weapons].some((h) => h.start > trigger.end && /[,;]/.test(text.slice(trigger.end, h.start)));
  if (toldAfter) return false;
  const before = text.slice(Math.max(r.sentence.start, trigger.start - 60), trigger.start);
  return ANNIVERSARY_OF.test(before) || beforeCampaign(yearOfNoun(before.slice(-40)), lex);
}

/** An undated background clause of a main clause told only on days of history: what it answered is older still. */
function answeredInHistory(readings: Reading[], r: Reading, article: Article, lex: CompiledPack): boolean {
  if (!r.background) return false;
  const main = readings.find((o) => o.quote.start === r.quote.start && !o.background);
  const days = main?.dates.filter((d) => d.date !== null) ?? [];
  return days.length > 0 && days.every((d) => tooOld({ date: d.date, date_end: d.dateEnd }, article, lex));
}

function tooOld(m: Pick<Mention, 'date' | 'date_end'>, article: Article, lex: CompiledPack): boolean {
  if (!m.date) return false;
  const last = m.date_end ?? m.date;
  if (last < lex.pack.settings.since) return true;
  if (!article.published) return false;
  const published = Date.parse(article.published);
  const daysBefore = (day: string) => (published - Date.parse(day)) / 86_400_000;
  // Too old when it ended long before publication; after it only when it began after it ("earlier this month" ends with the month).
  return daysBefore(last) > lex.pack.settings.historyDays || daysBefore(m.date) < -2;
}

/** The incidents implied beside each told one ("in two waves"), by the one they are beside. */
const impliedOf = new WeakMap<Mention, Mention[]>();
/** The incidents kept only as implied beside another: what the article tells later restates them only on their own day. */
const impliedOnly = new WeakSet<Mention>();

/**
 * Keeps an incident a clause implies beside the one it told (`beside`, as the article holds it): one dated that the
 * article told already on its day there, else the one implied beside the same incident before (the clause is told
 * again), else a new one.
 */
function placeImplied(copy: Mention, beside: Mention | undefined, mentions: Mention[], told: readonly Mention[]): Mention | null {
  if (!beside || !mentions.includes(beside)) return null;
  const onItsDay = copy.date === null ? undefined : mentions.findLast((m) => m !== beside && m.date !== null && sameIncident(m, copy));
  if (onItsDay) {
    fold(onItsDay, copy);
    return onItsDay;
  }
  const siblings = impliedOf.get(beside) ?? [];
  const again = siblings.find((m) => m.date === copy.date && m.date_end === copy.date_end && !told.includes(m));
  if (again) {
    fold(again, copy);
    return again;
  }
  mentions.push(copy);
  impliedOf.set(beside, [...siblings, copy]);
  impliedOnly.add(copy);
  return copy;
}

/** The event mentions of one article. Pure: (article, compiled pack) → mentions. */
/** Where a clause may join another on equal terms: a semicolon, or a comma and a coordinator ("…, and US aircraft later struck …"). */
const COORDINATE_JOINT = /;\s*|,\s+(?=\p{L})/gu;

/**
 * "Drones attacked al-Tanf on Monday; US jets struck back hours later", "Rockets targeted US forces in Syria, and US
 * aircraft later struck the launch truck": two independent clauses, each telling an incident of its own, are read
 * apart, each as a main clause. Not a clause that goes on about the incident before it ("…; no one was hurt",
 * "…; Kataib Hezbollah claimed responsibility"), and after a comma only an incident of the other kind: "Drones hit
 * al-Tanf, and rockets struck Conoco" is one list of attacks, read together.
 */
function coordinateParts(text: string, whole: Reading, lex: CompiledPack, read: (part: Clause) => Reading): Reading[] {
  const { sentence } = whole;
  const body = text.slice(sentence.start, sentence.end);
  // "US forces came under drone attack on Monday and responded with a strike": a coordinator right before a response verb joins the answer, comma or not.
  const answers = body.includes(' and ') ? cues(whole, 'response_verb') : [];
  if (!body.includes(';') && !body.includes(', ') && !answers.length) return [whole];
  const joints = lex.cue('coordinator').find(text, sentence.start, sentence.end);
  // After a comma, only a coordinator joins two clauses: with none, and no semicolon, there is nothing to cut.
  if (!joints.length && !body.includes(';')) return [whole];
  const answering = joints.filter((j) => text[j.start - 1] === ' ' && text[j.start - 2] !== ',' && answers.some((v) => v.start > j.end && /^\s+$/.test(text.slice(j.end, v.start))));
  const cuts = matchesIn(COORDINATE_JOINT, body).map((m) => ({ at: sentence.start + m.index, length: m[0].length }));
  for (const j of answering) cuts.push({ at: j.start - 1, length: 1 });
  cuts.sort((a, b) => a.at - b.at);
  for (const { at, length } of cuts) {
    const semicolon = text[at] === ';';
    const next = at + length;
    if (!semicolon && !joints.some((j) => j.start === next)) continue;
    if (at - sentence.start < 15 || sentence.end - next < 15) continue;
    if (sentence.hole && at >= sentence.hole.start && at < sentence.hole.end) continue;
    const first = read({ ...sentence, end: at });
    const a = kindOf(text, first, lex);
    if (!a) continue;
    const rest = read({ ...sentence, start: semicolon ? next : at + 1 });
    const b = kindOf(text, rest, lex);
    if (!b || (!semicolon && a.kind === b.kind)) continue;
    return [first, ...coordinateParts(text, rest, lex, read)];
  }
  return [whole];
}

/** Between a timeline's heading day and what it heads: a colon or a dash. */
const AFTER_HEADING = /^\s*[:–—]/;

/** The day that heads the line this clause opens ("Oct. 18: …"), resolved, else null. */
function headingDay(text: string, r: Reading): DateMention | null {
  if (r.quote.start !== r.sentence.start || !opensWithDayHeading(text, r.sentence.start)) return null;
  const day = r.dates[0];
  return day && day.date !== null && day.start <= r.sentence.start + 3 && AFTER_HEADING.test(text.slice(day.end, day.end + 3)) ? day : null;
}

/** A live blog entry's time heading: "8:15am —", "14:30 GMT -", "10.05 –". */
const ENTRY_TIME = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|local time)?\s*[—–-]\s/iu;

export function findMentions(article: Article, sentences: Sentence[], lex: CompiledPack, skip: (clause: Span) => boolean): Mention[] {
  const text = article.text;
  let anchor: IsoDate | null | undefined;
  const era = lex.pack.settings.since;
  // An article whose date line gives only its month dates "Dec. 14" by the end of that month; another, by its latest full date.
  const monthOut = article.publishedMonth ? monthEnd(`${article.publishedMonth}-01`) : null;
  const yearAnchor: YearAnchor = { latest: () => (article.published ? null : (anchor ??= monthOut ?? latestFullDate(text, article.lang, era))), era };
  const readings: Reading[] = [];
  for (const s of sentences) {
    const clauses = clausesOf(text, s, lex);
    for (let k = 0; k < clauses.length; k++) {
      const background = k > 0;
      const read = (part: Clause) => new ClauseReading(text, part, s, lex, article, background, yearAnchor);
      for (const part of coordinateParts(text, read(clauses[k]!), lex, read)) readings.push(part);
    }
  }
  const mentions: Mention[] = [];
  const headlineEnd = sentences[0]?.end ?? 0;
  // A title over the story: a short first line with no full stop.
  const titleEnd = sentences[0] && HEADLINE.test(text.slice(sentences[0].start, sentences[0].end)) && /^[^\S\n]*\n/.test(text.slice(sentences[0].end)) ? sentences[0].end : 0;
  // "the base" is the base the article named last, however far back.
  let lastBase: Site | null = null;
  // "The previous day", "the next day": counted from the incident told last with a day.
  let lastDay: IsoDate | null = null;
  // In an undated article, "two days earlier" counts from the weekday told last ("On Wednesday …").
  let lastWeekday: string | null = null;
  // The incidents the last sentence that told any told, and how many clauses have gone on about them since.
  let toldLast = null as ToldLast | null;
  // The incidents the last clause that kept any told.
  let lastKept: Mention[] = [];
  // The incidents the clauses of the current sentence told so far.
  let sentenceTold = { quote: -1, told: [] as Mention[] };
  // "Oct. 18: Two drones attacked al-Tanf. Another was downed near Harir.": the day that heads a line of a timeline.
  let heading = { paragraph: -1, day: null as DateMention | null };
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    // "7:30am — Islamic Resistance in Iraq claims drone attack on Eilat": a live blog's new entry goes on about nothing told before it.
    if (r.quote.start === r.sentence.start && ENTRY_TIME.test(text.slice(r.sentence.start, r.sentence.start + 24))) {
      toldLast = null;
      lastKept = [];
    }
    const drafts = skip(r.sentence) ? [] : draftsOf(text, readings, i, lex, article, lastBase, lastDay, lastDay === null ? lastWeekday : null);
    if (heading.paragraph !== r.sentence.paragraph) heading = { paragraph: r.sentence.paragraph, day: headingDay(text, r) };
    const followUp = (): void => {
      // "The US has downplayed the attack": the only incident of its kind the article told, named again, opens a new run about it.
      // "The responsibility for Saturday's attack was claimed by ...": the one incident told on the day named opens a run
      // about it, even right after another.
      if (!drafts.length && !skip(r.sentence)) {
        const only = toldLast ? undefined : onlyOneNamedAgain(text, r, mentions);
        const onDay = only ? undefined : toldOnDayNamed(text, r, mentions, toldLast);
        const again = only ?? onDay?.incident;
        if (again) toldLast = { quote: r.quote.start, main: [again], background: [], since: 0, pending: [], reopened: true, dayNamed: onDay?.day };
      }
      if (!toldLast || skip(r.sentence)) return;
      // A clause that names where the troops hit were stationed places the attack, and the run goes on; what else it
      // tells ("three soldiers stationed at Tower 22 were killed") is of that attack too.
      const placed = stationedAt(text, r, toldLast, lex);
      const about = ++toldLast.since <= FOLLOW_UP_CLAUSES ? goesOnAbout(text, r, toldLast, lex) : [];
      if (!toldLast.pending.length) {
        for (const incident of about) addFollowUp(text, r, incident, lex, about.length === 1, toldLast.reopened === true);
        // "… claimed responsibility for both attacks": the one told before those the run is about, too.
        const both = about.length === 1 && BOTH_INCIDENTS.test(text.slice(r.sentence.start, r.sentence.end)) ? mentions.findLast((m) => m !== about[0] && m.kind === about[0]!.kind && m.start <= about[0]!.start) : undefined;
        if (both) addFollowUp(text, r, both, lex, false, true);
        // "Rockets hit the base. US forces returned fire. No U.S. personnel were injured.": the defenders' toll is that of the attack answered.
        const answered = about.length === 1 && about[0]!.kind === 'strike' ? attackAnswered(text, r, about[0]!, toldLast, mentions) : undefined;
        if (answered) addFollowUp(text, r, answered, lex, true, true);
      }
      // "Following attacks that injured three troops, the US struck ...": the background of the sentence that told the
      // incidents tells another, and the run about them goes on after it.
      const ownBackground = r.background && r.quote.start === toldLast.quote;
      if (!about.length && !placed && !ownBackground) toldLast = null;
    };
    if (!drafts.length) followUp();
    const named = r.sites.filter((h) => lex.site(h.key).role === 'base').at(-1);
    if (named) lastBase = lex.site(named.key);
    const told: Mention[] = [];
    // Places one clause names apart are apart: they do not fold into each other.
    const fresh = new Set<Mention>();
    // Incidents told before that a draft of this clause restates.
    const toldBefore = new Set<Mention>();
    // Incidents told at a place only described that a draft of this clause names.
    const namedNow = new Set<Mention>();
    const earlier = toldDaysBefore(text, r) ? new Set(lastKept) : null;
    if (sentenceTold.quote !== r.quote.start) sentenceTold = { quote: r.quote.start, told: [] };
    // "The July 30 airstrike is the first strike in Iraq since February, when U.S. forces struck sites in Iraq and Syria":
    // the period's start came before the incident it is counted to, so it is none the sentence told before it.
    const sinceWhen = drafts.length > 0 && sentenceTold.told.length > 0 && isSinceWhen(text, r);
    // What each draft became: the incident it restates, or itself.
    const became = new Map<Mention, Mention>();
    // "Nov. 22: US jets struck …, in response to the attack on al-Tanf": the line's day is not that of the cause it names.
    const main = r.background ? readings.find((o) => o.quote.start === r.quote.start && !o.background) : undefined;
    const mainKind = main ? kindOf(text, main, lex)?.kind : undefined;
    for (const { mention, of } of drafts) {
      const { day } = heading;
      const causeOfOtherKind = mainKind !== undefined && mention.kind !== mainKind;
      if (day && mention.date === null && !mention.day_label && !causeOfOtherKind) dateFrom(mention, { date: day.date, date_end: day.dateEnd, date_precision: day.precision }, day);
      if (tooOld(mention, article, lex)) continue;
      if (of) {
        const kept = placeImplied(mention, became.get(of), mentions, told);
        if (kept) {
          told.push(kept);
          if (kept === mention) fresh.add(mention);
        }
        continue;
      }
      // "another attack" at a base is not one told there before, unless told in the headline.
      const note = notes.get(mention);
      const apart = note?.toldBefore ? (m: Mention) => m.date !== null : note?.another ? (m: Mention) => m.site === null || m.start < headlineEnd : () => true;
      const older = mentions.filter((m) => !fresh.has(m) && !earlier?.has(m) && !(sinceWhen && sentenceTold.told.includes(m)) && !(impliedOnly.has(m) && (m.date === null || mention.date === null)));
      placeAnswer(text, mention, readings, r, older, lex);
      // One that restates a strike told before is that one, wherever and whenever it was.
      if (note?.answered && mention.country === null && (note.likeAnother || !older.some((m) => sameIncident(m, mention)))) {
        placeAt(mention, note.answered.place);
        const day = note.answered.date;
        if (day && mention.date === null && !mention.day_label) dateFrom(mention, day, day.span ?? undefined);
      }
      // An incident named again with no place of its own, after a sentence that related the one told before it to others: that one.
      const ofRun = toldLast?.related && mention.country === null ? toldLast.main.findLast((m) => sameIncident(m, mention)) : undefined;
      const same = note?.likeAnother
        ? undefined
        : (ofRun ?? older.findLast((m) => sameIncident(m, mention) && apart(m) && !recalledBeside(m, mention, article)) ?? theOneTold(text, r, mention, older, lex) ?? acrossTheBorder(mention, older));
      const described = mention.site && !note?.toldBefore && !note?.likeAnother ? older.findLast((m) => m.kind === mention.kind && !m.site && m.country === mention.country && datesAgree(m, mention) && provincesAgree(m, mention)) : undefined;
      if (same) {
        toldBefore.add(same);
        fold(same, mention);
        if (same.start < titleEnd && mention.start >= titleEnd) placedCloser(same, mention);
        // "The strikes hit more than 85 targets", after strikes told "in Iraq and Syria": said of each incident told with it.
        const latter = mention.evidence.kind !== undefined && namesLatter(text, r, mention.evidence.kind);
        if (mention.country === null && !latter) for (const other of toldTogether.get(same) ?? []) if (other !== same && sameIncident(other, mention)) foldShared(other, mention);
      } else if (described) {
        // The base described earlier ("a US base in western Iraq") is named now.
        Object.assign(described, { site: mention.site, place: null, lat: mention.lat, lon: mention.lon });
        if (mention.evidence.site) described.evidence.site = mention.evidence.site;
        // Now at the base, it lies in the base's province: a place told after it in another province is another incident.
        const describedNotes = notes.get(described);
        if (describedNotes) describedNotes.province = notes.get(mention)?.province ?? describedNotes.province;
        fold(described, mention);
        namedNow.add(described);
      } else {
        if (mention.country === null) mention.country = storyCountry(text, mention, older.filter(apart));
        if (mention.country !== null) {
          mentions.push(mention);
          fresh.add(mention);
        }
      }
      told.push(same ?? described ?? mention);
      became.set(mention, same ?? described ?? mention);
    }
    sentenceTold.told.push(...told);
    const together = told.filter((m) => fresh.has(m));
    shareNoughts(namedNow, together);
    if (together.length > 1) for (const m of together) toldTogether.set(m, together);
    const kept = told.filter((m) => mentions.includes(m));
    lastDay = kept.findLast((m) => m.date_precision === 'day')?.date ?? lastDay;
    lastWeekday = kept.findLast((m) => m.date === null && m.day_label?.startsWith('w'))?.day_label ?? lastWeekday;
    if (kept.length) {
      // "It came a day after a drone attack on al-Tanf", "It was the latest in a series of attacks, including one on …": a
      // sentence that names the incident just told as its subject tells the others as its background, and the run goes on about it.
      const related = toldLast?.main ?? lastKept;
      const relates = toldLast?.quote !== r.quote.start && related.length > 0 && relatesBack(text, r);
      if (relates) toldLast = { quote: r.quote.start, main: related, background: kept.filter((m) => !related.includes(m)), since: 0, pending: [], related: true };
      else {
        if (toldLast?.quote !== r.quote.start) toldLast = { quote: r.quote.start, main: [], background: [], since: 0, pending: [] };
        toldLast[r.background || toldLast.related ? 'background' : 'main'].push(...kept.filter((m) => !toldLast!.main.includes(m)));
      }
      lastKept = kept;
    } else if (drafts.length) {
      // "Two of the armed drones were intercepted": an incident placed nowhere, and not one told before, goes on about those told.
      followUp();
    }
    if (drafts.length > 1 && drafts.every((d) => d.mention.date === null)) shareDayAndGroup(told, toldBefore);
    // A clause that told a placed incident of its own is about that one.
    const someUndated = mentions.some((m) => m.date === null && !m.day_label);
    const restated = someUndated && drafts.every((d) => d.mention.country === null) && !skip(r.sentence) && !daysGiven.has(r) ? restatedDay(text, r) : null;
    const ownTrigger = restated && drafts.some((d) => d.mention.evidence.kind?.start === restated.noun.start);
    const incident = restated && !ownTrigger ? undatedIncident(mentions, restated.noun, r) : undefined;
    if (restated && incident && countryPlaces(text, r, lex).every((p) => p.country === incident.country)) {
      const { day } = restated;
      const label = day.date === null ? dayLabel(day) : null;
      // "Monday's attack" after an attack told "late Monday": that one, already labelled.
      const toldOnIt = label !== null && mentions.some((m) => m.day_label && labelledDay(m.day_label) === labelledDay(label));
      if (label === null) dateFrom(incident, { date: day.date, date_end: day.dateEnd, date_precision: day.precision }, { start: day.start, end: day.end });
      else if (!toldOnIt) labelFrom(incident, label, { start: day.start, end: day.end });
    }
  }
  for (const r of readings) nameDescribedBase(text, r, mentions, lex);
  // "Biden tells Congress of November strikes in Syria" over the strikes of November 11 and 26: a title that sums up
  // incidents its story dates within its period tells none of its own.
  if (titleEnd > 0) {
    const summed = mentions.filter((m) => m.start < titleEnd && m.date !== null && m.date_end !== null && m.date_precision !== 'day' && mentions.some((o) => o.start >= titleEnd && o.kind === m.kind && o.country === m.country && (m.site === null || o.site === m.site) && o.date_precision === 'day' && o.date !== null && o.date >= m.date! && o.date <= m.date_end!));
    if (summed.length) mentions.splice(0, mentions.length, ...mentions.filter((m) => !summed.includes(m)));
  }
  const denied = deniedAfter(text, readings, mentions, lex);
  if (denied.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !denied.has(m)));
  if (article.published) for (const m of mentions) datedByItsCause(m, mentions, article.published);
  // Evidence is where in the text each field is stated: spans only, whatever hit found them.
  for (const m of mentions) {
    const evidence: Mention['evidence'] = {};
    for (const [field, span] of Object.entries(m.evidence)) evidence[field as MentionField] = { start: span.start, end: span.end };
    m.evidence = evidence;
  }
  return mentions;
}
