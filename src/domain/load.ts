import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { DomainPack } from './pack.js';

/** The pack that ships with Sitrep. */
export const DEFAULT_PACK_DIR = fileURLToPath(new URL('../../../domains/iran-militias', import.meta.url));

export class PackError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`domain pack ${file}: ${problem}`);
  }
}

const terms = z.array(z.string().min(1));
const coordinate = z.number().nullable();
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as IQ');

const settingsFile = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  defender: z.string().min(1),
  coalition_label: z.string().min(1),
  history_days: z.number().int().positive(),
  announced_kinds: z.array(z.enum(['attack', 'strike'])).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as en')).min(1),
});

const sitesFile = z.strictObject({
  sites: z.array(
    z.strictObject({
      name: z.string().min(1),
      role: z.enum(['base', 'strike_area', 'launch_site']),
      country: countryCode,
      province: z.string().nullable(),
      lat: coordinate,
      lon: coordinate,
      aliases: terms,
      towns: terms.optional(),
    }),
  ),
});

const actorsFile = z.strictObject({
  actors: z.array(
    z.strictObject({
      name: z.string().min(1),
      type: z.enum(['militia', 'umbrella', 'state', 'partner', 'coalition']),
      umbrellas: terms,
      backer: z.string().nullable(),
      aliases: terms,
    }),
  ),
});

const regionsFile = z.strictObject({
  regions: z.array(
    z.strictObject({
      name: z.string().min(1),
      country: countryCode,
      province: z.string().nullable(),
      precision: z.enum(['town', 'province', 'country']),
      lat: coordinate,
      lon: coordinate,
      aliases: terms,
    }),
  ),
});

const countriesFile = z.strictObject({
  countries: z.array(z.strictObject({ code: countryCode, name: z.string().min(1), aliases: terms, adjectives: terms.default([]) })),
});

const weaponsFile = z
  .strictObject({ weapons: z.record(z.string(), terms), kin: z.array(z.array(z.string().min(1)).min(2)).default([]), vague: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}), standoff: z.array(z.string().min(1)).default([]), rare: z.array(z.string().min(1)).default([]) })
  .superRefine((file, ctx) => {
    file.kin.forEach((group, i) =>
      group.forEach((name, j) => {
        if (!(name in file.weapons)) ctx.addIssue({ code: 'custom', path: ['kin', i, j], message: `unknown weapon class "${name}"` });
      }),
    );
    for (const [vague, meant] of Object.entries(file.vague)) {
      if (!(vague in file.weapons)) ctx.addIssue({ code: 'custom', path: ['vague', vague], message: `unknown weapon class "${vague}"` });
      meant.forEach((name, i) => {
        if (!(name in file.weapons)) ctx.addIssue({ code: 'custom', path: ['vague', vague, i], message: `unknown weapon class "${name}"` });
      });
    }
    for (const list of ['standoff', 'rare'] as const) {
      file[list].forEach((name, i) => {
        if (!(name in file.weapons)) ctx.addIssue({ code: 'custom', path: [list, i], message: `unknown weapon class "${name}"` });
      });
    }
  });
const cuesFile = z.strictObject({ cues: z.record(z.string(), terms) });

/** Cue lists the extractor cannot work without. */
const REQUIRED_CUES = ['place_noun', 'attack', 'strike', 'defender_agent', 'defender_target', 'irrealis', 'intercepted', 'impact', 'claim', 'killed', 'injured'];

function readPart<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  if (!existsSync(path)) throw new PackError(path, 'file is missing');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PackError(path, `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'top level';
    throw new PackError(path, `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Loads and validates a domain pack folder; a malformed pack is a PackError naming the file and the problem. */
export function loadPack(dir: string = DEFAULT_PACK_DIR): DomainPack {
  if (!existsSync(dir)) throw new PackError(dir, 'no such folder');
  const settings = readPart(dir, 'pack.yaml', settingsFile);
  const { sites } = readPart(dir, 'sites.yaml', sitesFile);
  const { actors } = readPart(dir, 'actors.yaml', actorsFile);
  const { regions } = readPart(dir, 'regions.yaml', regionsFile);
  const { countries } = readPart(dir, 'countries.yaml', countriesFile);
  const { weapons, kin: weaponKin, vague: weaponVague, standoff: weaponStandoff, rare: weaponRare } = readPart(dir, 'weapons.yaml', weaponsFile);
  const { cues } = readPart(dir, 'cues.yaml', cuesFile);

  const missing = REQUIRED_CUES.filter((name) => !cues[name]?.length);
  if (missing.length) throw new PackError(join(dir, 'cues.yaml'), `missing cue lists: ${missing.join(', ')}`);
  const countryCodes = new Set(countries.map((c) => c.code));
  for (const place of [...sites, ...regions]) {
    if (!countryCodes.has(place.country)) {
      throw new PackError(dir, `${place.name}: country ${place.country} is not in countries.yaml`);
    }
  }
  const actorNames = new Set(actors.map((a) => a.name));
  for (const actor of actors) {
    for (const umbrella of actor.umbrellas) {
      if (!actorNames.has(umbrella)) throw new PackError(join(dir, 'actors.yaml'), `${actor.name}: unknown umbrella ${umbrella}`);
    }
  }
  if (!actorNames.has(settings.defender)) {
    throw new PackError(join(dir, 'pack.yaml'), `defender ${settings.defender} is not an actor in actors.yaml`);
  }

  return {
    name: settings.name,
    description: settings.description,
    settings: {
      since: settings.since,
      defender: settings.defender,
      coalitionLabel: settings.coalition_label,
      historyDays: settings.history_days,
      announcedKinds: settings.announced_kinds,
      languages: settings.languages,
    },
    sites: sites.map((s) => ({ ...s, towns: s.towns ?? [] })),
    actors,
    regions,
    countries,
    lexicon: { weapons, weaponKin, weaponVague, weaponStandoff, weaponRare, cues },
  };
}
