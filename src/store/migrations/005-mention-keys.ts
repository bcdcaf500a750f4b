/**
 * Bounded re-fusion: the days mentions report are counted, and mentions read, by the keys fusion
 * files incidents under (kind, country, site; see src/fuse/busy.ts), and blocks now file undated mentions by their week of
 * publication and long sentences by their hash (src/fuse/blocking.ts). The old blocks are dropped
 * and every mention is fused again, once, by the next ingest.
 */
export const mentionKeysSchema = `
CREATE INDEX mentions_by_site_key ON mentions(kind, country, site, date);
CREATE INDEX mentions_by_country_key ON mentions(kind, country, date);
DELETE FROM mention_blocks;
UPDATE mentions SET fused = 0;
`;
