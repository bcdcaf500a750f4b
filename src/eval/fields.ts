/** Field-by-field comparison of a matched (gold, system) pair of mentions. */
import type { Mention } from '../model.js';
import { describeDate, isDateRight } from './dates.js';
import type { GoldMention } from './gold.js';
import type { NameIndex } from './names.js';
import { isSiteRight } from './places.js';

export const SCORED_FIELDS = [
  'date',
  'site',
  'country',
  'attacker',
  'attribution',
  'target',
  'weapons',
  'killed',
  'injured',
  'outcome',
] as const;

export type ScoredField = (typeof SCORED_FIELDS)[number];

export type FieldValue = string | number | string[] | null;

export interface FieldMismatch {
  field: ScoredField;
  gold: FieldValue;
  system: FieldValue;
}

/** The fields of a system mention that scoring reads. */
export type SystemMention = Pick<
  Mention,
  | 'kind'
  | 'date'
  | 'date_end'
  | 'date_precision'
  | 'site'
  | 'place'
  | 'country'
  | 'attacker'
  | 'attribution'
  | 'target'
  | 'weapons'
  | 'killed'
  | 'injured'
  | 'outcome'
  | 'quote'
  | 'start'
  | 'end'
> &
  Partial<Pick<Mention, 'lat' | 'lon'>>;

function sameWeapons(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((weapon) => right.has(weapon));
}

function shown(gold: GoldMention, system: SystemMention, field: ScoredField): [FieldValue, FieldValue] {
  switch (field) {
    case 'date':
      return [describeDate(gold), describeDate(system)];
    case 'site':
      return [gold.site ?? (gold.event === null ? null : `(unnamed; event key ${gold.event})`), system.site];
    case 'weapons':
      return [[...gold.weapons].sort(), [...system.weapons].sort()];
    default:
      return [gold[field], system[field]];
  }
}

function isRight(names: NameIndex, gold: GoldMention, system: SystemMention, field: ScoredField): boolean {
  switch (field) {
    case 'date':
      return isDateRight(gold, system);
    case 'site':
      return isSiteRight(names, gold, system);
    case 'attacker':
    case 'target':
      return names.canonicalActor(gold[field]) === names.canonicalActor(system[field]);
    case 'weapons':
      return sameWeapons(gold.weapons, system.weapons);
    default:
      return gold[field] === system[field];
  }
}

/** The scored fields on which the system mention differs from its gold mention. */
export function fieldMismatches(names: NameIndex, gold: GoldMention, system: SystemMention): FieldMismatch[] {
  return SCORED_FIELDS.filter((field) => !isRight(names, gold, system, field)).map((field) => {
    const [goldValue, systemValue] = shown(gold, system, field);
    return { field, gold: goldValue, system: systemValue };
  });
}
