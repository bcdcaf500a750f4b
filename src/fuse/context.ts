/**
 * Step three of clustering: article context. The mentions of one article are read together: an
 * article that reports the same combination of incidents as another (same kinds, places and
 * details) is a report of the same news, so each of its mentions still alone joins the incident
 * the other article reports beside it.
 *
 * Each mention of an article A has options: the cluster it is in already, or, for a mention
 * alone ("lone"), every cluster it fits (any date its own date or its publication allows).
 * Another article B co-reports with A when two or more of A's mentions each reach exactly one
 * cluster holding B, all different, or are one report with B's already (lone reports grouped by a
 * shared detail); its support is how many. When all these clusters are lone
 * and undated, B must match the whole of A's lone mentions and be as long (A's others are news
 * that incidents hold already: the dated headline of a story that recalls last week's pair; a
 * mention already one report with one of B's counts as matched). A report that names its day of
 * the year without the year ("On November 29") is told by that day: it goes first to a report
 * naming the same day, a report naming none first to one naming none, and one that the other
 * story does not tell stays out of the count (sameDayOfYear). Of A's mentions that reach one
 * cluster, one sharing its toll goes first, and one told beside another story's report last
 * (bestTellersFirst). Reports that name nothing but their kind and country (two undated
 * "strikes in Iraq") make no co-report: they fit any story of two such strikes, in either order
 * (interchangeable). A co-reporter that places A's mentions in incidents weeks apart
 * (ONE_STORY_DAYS) is a roundup, not the same story, unless it places three or more. Each
 * co-reporter proposes, for each of A's lone mentions, the one option holding B (none when two
 * do). The co-reporters with the greatest
 * support decide: a lone mention joins a cluster when all of them name it, no other lone mention
 * of A was proposed the same one, and no other reading of A as full as theirs lies close in time
 * (options of as many of A's mentions within a few days of each other: the incidents an article
 * reports together usually are; for a mention that names a weekday, the option's days on that
 * weekday). A mention of a dated article joins this way only an incident of the three days
 * before its publication, unless three or more of its incidents are
 * co-reported (then it is the same news, and the incident it recalls the one meant; not one more than
 * two weeks old, though, when all else the article tells is of those three days), or unless what
 * it joins is another article's report that nothing dates either: two reports of the same news
 * recalling one older incident become one report of it, still undated.
 *
 * Decisions are taken against one snapshot and applied in mention id order, so the result does
 * not depend on the input order.
 */
import type { Cluster } from './cluster.js';
import { dayHasLabel, daysIn, daysInterval, isDayOfYear, isWeekday, meets, type HalfDayInterval } from './days.js';
import { beforeItsWeek, ClusterIndex, fits, indexKey, sharesToll, type AttachOptions } from './attach.js';
import { searchWindow, type Profile } from './profile.js';

/** More past incidents than this under a key: a lone mention there has no options (nor under a busy key, busy.ts). */
const MAX_OPTIONS = 256;
/** Rounds of alignment at most: a mention placed in one round can support another in the next. */
const MAX_ROUNDS = 2;
/** Incidents reported together lie at most this many days apart (beyond the usual ±1 day). */
const COHERENT_DAYS = 2;
/** Dates longer than this are not searched for the days on a weekday a report names. */
const MAX_WEEKDAY_SPAN_DAYS = 62;

interface Snapshot {
  clusterOf: ReadonlyMap<Profile, Cluster>;
  lone: ReadonlySet<Cluster>;
  mentionsOf: (article: string) => readonly Profile[];
}

interface Decision {
  mention: Profile;
  target: Cluster;
}

function byMentionId(a: Profile, b: Profile): number {
  return a.mention.id < b.mention.id ? -1 : a.mention.id > b.mention.id ? 1 : 0;
}

/** The clusters a lone mention could belong to, other than its own. */
function optionsOf(p: Profile, own: Cluster, index: ClusterIndex, options: AttachOptions): Cluster[] {
  const key = indexKey(p);
  if (key === null || options.busy(key)) return [];
  const candidates = index.within(key, null);
  if (candidates === null) return [];
  const window = searchWindow(p, options.historyDays);
  return candidates.filter(
    (c) => c !== own && (window === null || c.interval === null || meets(c.interval, window)) && fits(p, c, options.actors, true) && !beforeItsWeek(p, c),
  );
}

/** The clusters' dates lie within a few days of each other; for a report that names a weekday, `a`'s days on that weekday do. */
function near(a: Cluster, b: Cluster, weekday: string | null): boolean {
  if (a === b || a.interval === null || b.interval === null) return false;
  const around: HalfDayInterval = [b.interval[0] - 2 * COHERENT_DAYS, b.interval[1] + 2 * COHERENT_DAYS];
  const days = weekday === null ? null : daysIn(a.interval, MAX_WEEKDAY_SPAN_DAYS);
  if (days === null) return meets(a.interval, around);
  return days.some((d) => dayHasLabel(d, weekday as string) && meets(daysInterval(d, d), around));
}

/** Which of A's mentions reach which clusters holding each other article. */
function reachByArticle(mentions: readonly Profile[], optionsByMention: readonly Cluster[][], article: string): Map<string, Map<Profile, Cluster[]>> {
  const reach = new Map<string, Map<Profile, Cluster[]>>();
  mentions.forEach((p, i) => {
    for (const c of optionsByMention[i] as Cluster[]) {
      for (const other of c.articles) {
        if (other === article) continue;
        const byMention = reach.get(other) ?? new Map<Profile, Cluster[]>();
        reach.set(other, byMention);
        byMention.set(p, [...(byMention.get(p) ?? []), c]);
      }
    }
  });
  return reach;
}

/** The day of the year a report names without its year ("11-29"), or null. */
function dayOfYear(p: Profile): string | null {
  const label = p.dayLabel;
  return label !== null && isDayOfYear(label) ? label : null;
}

/**
 * A report that names the day of its incident, though not the year, is told by that day: of another story's undated
 * reports it could be, those naming the same day come first, and a report naming no such day goes first to those
 * naming none ("On November 29, an A-10 had already struck" is not the strike a story without that day tells).
 */
function sameDayOfYear(reached: ReadonlyMap<Profile, Cluster[]>, other: string, lone: ReadonlySet<Cluster>): Map<Profile, Cluster[]> {
  const kept = new Map<Profile, Cluster[]>();
  for (const [p, held] of reached) {
    const day = dayOfYear(p);
    const agreeing = held.filter((c) => isFloating(c, lone) && c.members.every((q) => q.mention.article !== other || dayOfYear(q) === day));
    kept.set(p, agreeing.length > 0 && agreeing.length < held.length ? held.filter((c) => !isFloating(c, lone) || agreeing.includes(c)) : held);
  }
  return kept;
}

/**
 * Of A's mentions that reach one cluster holding B, those that tell B's story best go first: those sharing the cluster's
 * toll (sharesToll: of two undated strikes an article tells, the one that "killed one" as B's did), then those not told in
 * one sentence with a report of A that an incident B does not report holds ("In a similar fashion, the U.S. struck
 * militia sites after the attack on Al-Asad on November 20": the strike of that attack's story, not of B's).
 */
function bestTellersFirst(reached: ReadonlyMap<Profile, Cluster[]>, other: string, mentions: readonly Profile[], snapshot: Snapshot): Map<Profile, Cluster[]> {
  const ofAnotherStory = (p: Profile) =>
    mentions.some((q) => {
      if (q === p || q.mention.start !== p.mention.start || q.mention.end !== p.mention.end) return false;
      const held = snapshot.clusterOf.get(q) as Cluster;
      return held.articles.size > 1 && !held.articles.has(other);
    });
  const kept = new Map(reached);
  const reaching = new Map<Cluster, Profile[]>();
  for (const [p, held] of reached) for (const c of held) reaching.set(c, [...(reaching.get(c) ?? []), p]);
  for (const [c, reporters] of reaching) {
    if (reporters.length < 2) continue;
    const ranks = reporters.map((p) => (sharesToll(p.mention, c) ? 2 : 0) + (ofAnotherStory(p) ? 0 : 1));
    const best = Math.max(...ranks);
    if (ranks.every((rank) => rank === best)) continue;
    reporters.forEach((p, i) => {
      if (ranks[i] === best) return;
      const left = (kept.get(p) as Cluster[]).filter((o) => o !== c);
      if (left.length) kept.set(p, left);
      else kept.delete(p);
    });
  }
  return kept;
}

/**
 * One incident per mention: a cluster that one of A's mentions reaches alone is no option for
 * the others, which may leave one of them a single option in turn.
 */
function oneToOne(reached: ReadonlyMap<Profile, Cluster[]>): Map<Profile, Cluster[]> {
  const byMention = new Map(reached);
  for (let changed = true; changed; ) {
    changed = false;
    const taken = new Map<Cluster, Profile>();
    for (const [p, held] of byMention) if (held.length === 1) taken.set(held[0] as Cluster, p);
    for (const [p, held] of byMention) {
      if (held.length < 2) continue;
      const left = held.filter((c) => !taken.has(c));
      if (left.length === held.length) continue;
      byMention.set(p, left);
      changed = true;
      if (left.length === 0) byMention.delete(p);
    }
  }
  return byMention;
}

/**
 * How many of A's mentions article B places, when B reports the same combination as A: two or
 * more of A's mentions each reach exactly one cluster holding B, and these are different
 * clusters; those already one report with B's (`shared`) count among them. When all of them are lone and undated,
 * the combination must be the whole of B and of A's lone mentions (`loneA` of them). Zero when B is no co-reporter.
 */
function coReportSupport(byMention: ReadonlyMap<Profile, Cluster[]>, snapshot: Snapshot, loneA: number, sizeB: number, shared: number): number {
  const pairs = [...byMention].filter(([, held]) => held.length === 1);
  const unambiguous = pairs.map(([, held]) => held[0] as Cluster);
  if (unambiguous.length === 0 || new Set(unambiguous).size < unambiguous.length) return 0;
  if (interchangeable(pairs.map(([p, held]) => [p, held[0] as Cluster]))) return 0;
  const placed = unambiguous.length + shared;
  if (unambiguous.some((c) => !snapshot.lone.has(c) || c.interval !== null)) return placed < 2 ? 0 : placed;
  return placed >= 2 && placed === loneA && loneA === sizeB ? placed : 0;
}

/**
 * Two or more reports of one kind in one country that name neither a site, nor a region, nor a date or day, nor their
 * incident's toll: two undated "strikes in Iraq" fit any story of two strikes in Iraq in either order, so they tell no co-report.
 */
function interchangeable(pairs: readonly (readonly [Profile, Cluster])[]): boolean {
  const [p0] = pairs[0] ?? [];
  if (!p0 || pairs.length < 2) return false;
  const vague = (p: Profile, c: Cluster) =>
    p.site === null && p.place.region === null && p.place.quarter === null && p.place.townSites.length === 0 && p.interval === null && p.dayLabel === null && !sharesToll(p.mention, c);
  return pairs.every(([p, c]) => vague(p, c) && p.mention.kind === p0.mention.kind && p.mention.country === p0.mention.country);
}

/**
 * Another reading of the article close in time, as full as the co-reported one: an option of
 * mention `i` other than `chosen` that lies within a few days of options of `others` other
 * mentions of the article; looked at on the weekday the mention names (`dayLabel`), if it names one.
 */
function otherReadingNearby(i: number, chosen: Cluster, others: number, optionsByMention: readonly Cluster[][], dayLabel: string | null): boolean {
  const weekday = dayLabel !== null && isWeekday(dayLabel) ? dayLabel : null;
  const mine = (optionsByMention[i] as Cluster[]).filter((c) => c !== chosen && c.interval !== null);
  return mine.some((c) => optionsByMention.filter((options, j) => j !== i && options.some((o) => near(c, o, weekday))).length >= others);
}

/**
 * News reports what just happened: through its article, a mention of a dated article joins only
 * an incident of the three days before publication (an older one it recalls needs stronger evidence:
 * its site and toll, which step two weighs, or the article being the same news as another).
 */
function olderThanItsNews(p: Profile, target: Cluster, options: AttachOptions): boolean {
  if (p.interval !== null || p.mention.published === null) return false;
  const recent = searchWindow(p, options.historyDays, options.recentDays);
  return recent === null || target.interval === null || !meets(target.interval, recent);
}

/**
 * Everything else the article tells that incidents hold is of the days just before it came out: it is today's news, and
 * its undated report ("Separately, a U.S. base in eastern Syria came under drone attack" beside Friday's strikes) is of
 * the weeks before at most, however many incidents another article tells beside it.
 */
function allElseRecent(p: Profile, mentions: readonly Profile[], snapshot: Snapshot, options: AttachOptions): boolean {
  if (p.mention.published === null) return false;
  const recent = searchWindow(p, options.historyDays, options.recentDays);
  const placed = mentions.filter((q) => q !== p && !snapshot.lone.has(snapshot.clusterOf.get(q) as Cluster));
  return recent !== null && placed.length > 0 && placed.every((q) => {
    const interval = (snapshot.clusterOf.get(q) as Cluster).interval;
    return interval !== null && meets(interval, recent);
  });
}

/** Another article's undated report that no incident took yet: the same news still floating, of no date to be too old. */
function isFloating(c: Cluster, lone: ReadonlySet<Cluster>): boolean {
  return lone.has(c) && c.interval === null;
}

/** An article that reports this many incidents as another does is the same news, however old one of them. */
const SAME_NEWS_SUPPORT = 3;
/** The incidents one story tells as its news lie within this many days of each other. */
const ONE_STORY_DAYS = 14;

/**
 * The dated incidents another article places the article's mentions in lie within ONE_STORY_DAYS of each other: else
 * it is a roundup that tells them among others weeks apart, not the same story.
 */
function oneStory(byMention: ReadonlyMap<Profile, Cluster[]>): boolean {
  let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const held of byMention.values()) {
    const interval = held.length === 1 ? (held[0] as Cluster).interval : null;
    if (interval === null) continue;
    first = Math.min(first, interval[1]);
    last = Math.max(last, interval[0]);
  }
  return last - first <= 2 * ONE_STORY_DAYS;
}

interface Proposal {
  target: Cluster | null;
  /** How many of the article's mentions the proposing co-reporter placed. */
  support: number;
}

/**
 * The one cluster the proposals name. Undated lone clusters do not dissent from an anchored one:
 * they are other articles' copies of the same news, still floating, which join it in turn.
 */
function agreedTarget(targets: readonly (Cluster | null)[], lone: ReadonlySet<Cluster>): Cluster | null {
  const distinct = [...new Set(targets)];
  if (distinct.length === 1) return distinct[0] ?? null;
  const settled = distinct.filter((c) => c === null || !isFloating(c, lone));
  return settled.length === 1 && settled[0] !== null && !lone.has(settled[0] as Cluster) ? (settled[0] as Cluster) : null;
}

/** For each lone mention of one article, the cluster its co-reporting articles agree on. */
function decideArticle(mentions: readonly Profile[], snapshot: Snapshot, index: ClusterIndex, options: AttachOptions): Decision[] {
  const article = (mentions[0] as Profile).mention.article;
  const isLone = (p: Profile) => snapshot.lone.has(snapshot.clusterOf.get(p) as Cluster);
  const optionsByMention = mentions.map((p) => {
    const own = snapshot.clusterOf.get(p) as Cluster;
    return isLone(p) ? optionsOf(p, own, index, options) : [own];
  });
  const proposals = new Map<Profile, Proposal[]>();
  const loneCount = mentions.filter(isLone).length;
  for (const [other, reachedAny] of reachByArticle(mentions, optionsByMention, article)) {
    // A lone mention already one report with one of B's is placed: it looks for nothing more of B.
    const shared = mentions.filter((p) => isLone(p) && (snapshot.clusterOf.get(p) as Cluster).articles.has(other));
    const reached = bestTellersFirst(sameDayOfYear(reachedAny, other, snapshot.lone), other, mentions, snapshot);
    for (const p of shared) reached.delete(p);
    const byMention = oneToOne(reached);
    // Reports told by their own day of the year that the other story does not tell are not part of the comparison.
    const reachedOfB = new Set([...reached.values()].flat());
    const ownDays = mentions.filter((p) => isLone(p) && dayOfYear(p) !== null && !reached.has(p) && !shared.includes(p)).length;
    const mentionsB = snapshot.mentionsOf(other);
    const told = (q: Profile) => reachedOfB.has(snapshot.clusterOf.get(q) as Cluster) || (snapshot.clusterOf.get(q) as Cluster).articles.has(article);
    const daysB = mentionsB.filter((q) => dayOfYear(q) !== null && !told(q)).length;
    const support = coReportSupport(byMention, snapshot, loneCount - ownDays, Math.max(mentionsB.length, 1) - daysB, shared.length);
    if (support === 0 || (support < SAME_NEWS_SUPPORT && !oneStory(byMention))) continue;
    for (const [p, held] of byMention) {
      if (!isLone(p)) continue;
      proposals.set(p, [...(proposals.get(p) ?? []), { target: held.length === 1 ? (held[0] as Cluster) : null, support }]);
    }
  }
  const agreed: Decision[] = [];
  for (const [mention, list] of proposals) {
    // The co-reporters that place most of the article decide; a dissent as full as theirs vetoes.
    const support = Math.max(...list.map((x) => x.support));
    const target = agreedTarget(list.filter((x) => x.support === support).map((x) => x.target), snapshot.lone);
    if (!target) continue;
    const i = mentions.indexOf(mention);
    if (otherReadingNearby(i, target, support - 1, optionsByMention, mention.dayLabel)) continue;
    if (!isFloating(target, snapshot.lone)) {
      if (support < SAME_NEWS_SUPPORT && olderThanItsNews(mention, target, options)) continue;
      if (support >= SAME_NEWS_SUPPORT && allElseRecent(mention, mentions, snapshot, options) && olderThanItsNews(mention, target, { ...options, recentDays: ONE_STORY_DAYS })) continue;
    }
    agreed.push({ mention, target });
  }
  return agreed.filter((d) => agreed.every((o) => o === d || o.target !== d.target));
}

/** An anchored cluster keeps its members; of two lone ones, the larger, then the one with the smaller key. */
function keeperFirst(to: Cluster, from: Cluster, lone: ReadonlySet<Cluster>): [Cluster, Cluster] {
  if (!lone.has(to)) return [to, from];
  const toFirst = to.members.length > from.members.length || (to.members.length === from.members.length && to.key < from.key);
  return toFirst ? [to, from] : [from, to];
}

/**
 * One round: every decision from one snapshot, then applied in mention id order. Only articles of
 * two or more mentions decide anything; `multiple` names them.
 */
function alignOnce(clusters: Cluster[], lone: Set<Cluster>, multiple: ReadonlySet<string>, options: AttachOptions): Cluster[] {
  const clusterOf = new Map<Profile, Cluster>();
  const byArticle = new Map<string, Profile[]>();
  for (const c of clusters) {
    for (const p of c.members) {
      if (!multiple.has(p.mention.article)) continue;
      clusterOf.set(p, c);
      const list = byArticle.get(p.mention.article) ?? [];
      byArticle.set(p.mention.article, list);
      list.push(p);
    }
  }
  const snapshot: Snapshot = { clusterOf, lone, mentionsOf: (a) => byArticle.get(a) ?? [] };
  let index: ClusterIndex | null = null;
  const decisions: Decision[] = [];
  for (const mentions of byArticle.values()) {
    if (mentions.length < 2 || !mentions.some((p) => lone.has(clusterOf.get(p) as Cluster))) continue;
    index ??= new ClusterIndex(clusters, MAX_OPTIONS);
    decisions.push(...decideArticle(mentions, snapshot, index, options));
  }
  decisions.sort((a, b) => byMentionId(a.mention, b.mention));
  const merged = new Map<Cluster, Cluster>();
  const root = (c: Cluster): Cluster => {
    let r = c;
    while (merged.has(r)) r = merged.get(r) as Cluster;
    return r;
  };
  for (const { mention, target } of decisions) {
    const from = root(clusterOf.get(mention) as Cluster);
    const to = root(target);
    if (from === to || !lone.has(from) || !to.canJoin(from)) continue;
    const [keep, gone] = keeperFirst(to, from, lone);
    keep.absorb(gone);
    merged.set(gone, keep);
    lone.delete(gone);
  }
  return clusters.filter((c) => !merged.has(c));
}

function articlesOfSeveralMentions(clusters: readonly Cluster[]): Set<string> {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const c of clusters) {
    for (const p of c.members) {
      const article = p.mention.article;
      if (seen.has(article)) several.add(article);
      else seen.add(article);
    }
  }
  return several;
}

/**
 * Joins lone clusters (mentions no anchored cluster took) to the incidents the rest of their
 * articles point to. Returns every cluster, anchored and lone, after the joins.
 */
export function alignArticles(anchored: readonly Cluster[], loneClusters: readonly Cluster[], options: AttachOptions): Cluster[] {
  let clusters = [...anchored, ...loneClusters];
  const lone = new Set(loneClusters);
  const multiple = articlesOfSeveralMentions(clusters);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = clusters.length;
    clusters = alignOnce(clusters, lone, multiple, options);
    if (clusters.length === before) break;
  }
  return clusters;
}
