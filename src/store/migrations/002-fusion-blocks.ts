/**
 * Incremental fusion: each mention records the blocks fusion filed it under (kind, country and
 * week; see src/fuse/blocking.ts), so that an ingest re-fuses only the blocks its new mentions
 * touch. `fused` = 0 marks mentions stored but not yet fused; mentions stored before this
 * migration are fused again, once, by the next ingest.
 */
export const fusionBlocksSchema = `
CREATE TABLE mention_blocks (
  block TEXT NOT NULL,
  mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  PRIMARY KEY (block, mention_id)
) WITHOUT ROWID;
CREATE INDEX mention_blocks_by_mention ON mention_blocks(mention_id);

ALTER TABLE mentions ADD COLUMN fused INTEGER NOT NULL DEFAULT 0;
CREATE INDEX mentions_unfused ON mentions(id) WHERE fused = 0;
`;
