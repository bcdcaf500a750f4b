/**
 * The month an article came out in when only the month is known (a " date 2024-01" line, a /2023/11/ address): it bounds
 * the weekdays its undated reports name. Articles stored before have none: they stay unbounded, as before.
 */
export const articlePublishedMonthSchema = `
ALTER TABLE articles ADD COLUMN published_month TEXT;
`;
