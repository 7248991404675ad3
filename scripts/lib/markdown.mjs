// @ts-check

/**
 * A markdown table with columns padded to equal width, so it reads well in a terminal too.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('left' | 'right')[]} [align] per column; left when not given
 */
export function markdownTable(header, rows, align = []) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    `| ${cells.map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (align[i] === 'right' ? '-'.repeat(Math.max(width - 1, 1)) + ':' : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
