/** The day an undated mention names ("w2", "10-18"), which fusion uses to place it (Mention.day_label). */
export const mentionDayLabelSchema = `
ALTER TABLE mentions ADD COLUMN day_label TEXT;
`;
