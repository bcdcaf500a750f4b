/** Article text is untrusted: strip the control characters (terminal escapes among them) before it reaches a terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A plain-text table for terminals: columns padded to their widest cell, long cells cut. */
export function renderTable(headers: string[], rows: string[][], maxWidth = 40): string {
  const cut = (cell: string): string => {
    const flat = printable(cell).replace(/\s+/g, ' ');
    return flat.length > maxWidth ? flat.slice(0, maxWidth - 1) + '…' : flat;
  };
  const cells = [headers, ...rows].map((row) => row.map(cut));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}
