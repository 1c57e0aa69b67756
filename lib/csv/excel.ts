/** A cell Excel would run as a formula (=, +, -, @, or a tab/CR first) is shown as text instead. */
export const neutralized = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const cell = (value: string | number | undefined) => {
  const text = neutralized(String(value ?? ''));
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV that Excel in pt-BR opens as is: UTF-8 with a BOM (accents intact), semicolons (Excel's list
 * separator in Brazil), CRLF line ends, and no cell that Excel would run as a formula.
 */
export function excelCsv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
