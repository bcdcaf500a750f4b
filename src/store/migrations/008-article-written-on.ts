/**
 * The day an undated article's text shows it was written on (Extraction.writtenOn), or else the day it came out on or
 * after (Extraction.writtenAfter): they bound the article's publication for fusion. Articles stored before have
 * neither: they stay unbounded, as before.
 */
export const articleWrittenOnSchema = `
ALTER TABLE articles ADD COLUMN written_on TEXT;
ALTER TABLE articles ADD COLUMN written_after TEXT;
`;
