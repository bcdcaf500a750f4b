/**
 * The country a tally's count is confined to ("12 times in Syria"), so that Sitrep's own count beside it covers the
 * same ground. Tallies stored before have none: they stay compared with the whole campaign.
 */
export const tallyCountrySchema = `
ALTER TABLE tallies ADD COLUMN country TEXT;
`;
