/**
 * Sentence templates for the synthetic corpus, written for the bench. Slots in braces are filled by
 * the generator: {site} {country} {actor} {weapon} {weapons} {when} {n} {source} {city} {province}.
 */

export const ATTACK_LEADS = [
  '{actor} said it launched {weapons} at US forces stationed at {site} {when}.',
  '{weapons} were fired at {site} in {country} {when}, according to {source}.',
  'A {weapon} attack targeted the {site} base {when}, {source} said.',
  'US troops at {site} came under attack {when} when {weapons} were launched toward the base.',
  '{source} confirmed that {site} in {country} was attacked with {weapons} {when}.',
  'The {site} base was struck by a {weapon} {when}, a spokesman for {source} told reporters.',
  'Militants fired {weapons} at {site} {when}; {actor} claimed responsibility in a statement.',
  'An attack with {weapons} hit {site} in {country} {when}, officials said.',
] as const;

export const STRIKE_LEADS = [
  'US forces carried out airstrikes on {site} in {country} {when}, targeting facilities used by {actor}.',
  'American warplanes struck positions of {actor} near {site} {when}, {source} said.',
  '{source} said US aircraft bombed weapons depots linked to {actor} in {country} {when}.',
  'The United States launched retaliatory strikes against {actor} targets around {site} {when}.',
] as const;

export const OUTCOMES = [
  'The {weapon} was intercepted before it reached the base, and no injuries were reported.',
  'Air defences shot down the incoming {weapon}, a defence official said.',
  'The projectile landed inside the perimeter and caused minor damage to a hangar.',
  '{n} service members were wounded and treated on site, officials said.',
  'No one was hurt, according to a statement released later that evening.',
  'One contractor suffered a minor injury while taking shelter, the statement added.',
] as const;

export const CLAIMS = [
  '{actor} claimed responsibility for the attack in a post on its Telegram channel.',
  'No group immediately claimed the attack, but officials blamed {actor}.',
  'A statement attributed to {actor} described the operation as a response to the war in Gaza.',
  'Officials said they suspected {actor}, which has carried out similar operations.',
] as const;

export const TALLIES = [
  'US forces in the region have been attacked more than {n} times since October 17, according to the Pentagon.',
  'The Pentagon has counted at least {n} attacks on American troops in Iraq and Syria since mid-October.',
  'Since October, militias have targeted US and coalition forces about {n} times, a defence official said.',
] as const;

/** Paragraphs about other things: politics, economy, weather, history, culture. No incident in them. */
export const DISTRACTORS = [
  'In {city}, the provincial council met for a third session to debate the budget for road repairs and school construction. Members argued over how much money should go to rural districts, where many families still lack reliable electricity during the summer months. The governor of {province} promised a decision before the end of the quarter.',
  'Oil exports through the southern terminals rose slightly last month, the ministry said, as higher prices offset a small drop in volumes. Economists warned that the federal budget still depends almost entirely on crude sales and that public sector salaries absorb most of the revenue.',
  'Temperatures in {city} climbed above 45 degrees Celsius this week, and the local authorities shortened working hours for government employees. Residents queued at fuel stations for generator diesel while the national grid struggled to keep up with demand for air conditioning.',
  'The foreign minister travelled to {city2} for talks on water sharing along the Tigris and Euphrates. Both sides said the discussions were constructive and agreed to form a technical committee that would meet again after the holidays.',
  'A new bridge over the river in {city} opened to traffic on schedule, ending two years of detours for commuters. Engineers said the structure was designed to carry heavy trucks from the industrial zone to the highway.',
  'Farmers in {province} said the wheat harvest was better than expected thanks to late spring rains. Grain silos were nearly full, and the trade ministry announced it would raise the price it pays for locally grown crops.',
  'Parliament postponed a vote on the election law after members failed to reach a quorum. Several blocs said they needed more time to study amendments on seat distribution and on the number of constituencies in each province.',
  'The national football team began training in {city} ahead of the regional championship. The coach said he would give young players a chance and praised the supporters who filled the stadium for an open session.',
  'Archaeologists working near {city} uncovered clay tablets and the foundations of a temple they date to the early first millennium. The antiquities board said the site would be fenced off and opened to visitors once the excavation season ended.',
  'Humanitarian agencies said funding for camps housing displaced families had fallen for the second year in a row. Aid workers described shortages of clean water and medicine, and appealed to donors to renew their pledges before winter.',
  'The central bank kept its exchange rate unchanged and said it would tighten rules on dollar auctions to curb smuggling of hard currency. Traders in the markets of {city} reported that prices of imported goods had stabilised.',
  'Analysts in Washington said the administration faces a difficult choice between deterring further escalation and avoiding a wider regional war. Lawmakers from both parties called for a briefing on the legal basis for keeping troops in the region.',
  'The United States has roughly 2,500 troops in Iraq and about 900 in Syria, deployed as part of the mission against the remnants of the Islamic State group. Their presence has long been a source of friction with political factions close to Tehran.',
  'Negotiations on the future of the coalition mission resumed this month, with a joint committee reviewing the timetable for a transition to bilateral security arrangements. Officials on both sides described the talks as technical rather than political.',
  'Students in {city} returned to classrooms after a long strike by teachers demanding higher wages. The education ministry said the new academic year would run two weeks later than planned to make up for the lost time.',
  'A cultural festival in {city} drew thousands of visitors to its book fair, where publishers from across the region displayed poetry, history and children’s literature. Organisers said attendance was the highest in a decade.',
] as const;

export const SOURCES = [
  'the Pentagon',
  'a US defence official',
  'Central Command',
  'a spokesman for the coalition',
  'two security sources',
  'a local official',
  'the Defense Department',
  'an Iraqi security official',
] as const;

export const CITIES = ['Baghdad', 'Erbil', 'Basra', 'Mosul', 'Najaf', 'Karbala', 'Kirkuk', 'Ramadi', 'Amman', 'Damascus', 'Sulaymaniyah', 'Hasakah'] as const;

export const OUTLET_WORDS = ['Daily', 'Herald', 'Courier', 'Monitor', 'Post', 'Tribune', 'Observer', 'Gazette', 'Dispatch', 'Ledger', 'Review', 'Wire'] as const;
export const OUTLET_PLACES = ['Northern', 'Gulf', 'River', 'Desert', 'Capital', 'Levant', 'Harbor', 'Valley', 'Plains', 'Coastal', 'Mountain', 'Eastern', 'Western', 'Central', 'Lakeside', 'Metro', 'Frontier'] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * English words for the pack's weapon classes: the pack's own lists mix every language it reads, and an English
 * article should not pick "roquette" or "raid aerei" from them (nor change whenever a language is added).
 */
export const WEAPON_WORDS: Readonly<Record<string, readonly string[]>> = {
  drone: ['drone', 'drones', 'UAV', 'UAVs', 'one-way attack drone', 'one-way attack drones', 'kamikaze drone', 'suicide drone'],
  rocket: ['rocket', 'rockets', 'Katyusha', 'Katyushas', 'Katyusha rockets'],
  mortar: ['mortar', 'mortars', 'mortar shell', 'mortar shells', 'mortar rounds'],
  ballistic_missile: ['ballistic missile', 'ballistic missiles', 'close-range ballistic missile', 'close-range ballistic missiles'],
  cruise_missile: ['cruise missile', 'cruise missiles'],
  missile: ['missile', 'missiles'],
  ied: ['IED', 'IEDs', 'roadside bomb', 'roadside bombs', 'explosive device'],
  small_arms: ['small arms', 'small-arms fire', 'gunfire'],
  air_strike: ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'warplanes'],
};
