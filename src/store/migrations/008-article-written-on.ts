/**
 * The day an undated article's text shows it was written on (Extraction.writtenOn): it bounds the article's publication
 * for fusion. Articles stored before have none: they stay unbounded, as before.
 */
export const articleWrittenOnSchema = `
ALTER TABLE articles ADD COLUMN written_on TEXT;
`;
