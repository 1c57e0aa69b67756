/** A formula sign (=, +, -, @) after any blanks or quotes: where Excel would start running a formula. */
const FORMULA = /^[\s"]*[=+\-@]/;

/**
 * A cell Excel would run as a formula is shown as text instead: an apostrophe first. The same after each
 * comma or semicolon inside the text, since an Excel whose list separator is the comma (English Windows)
 * starts a new field there, quotes or not.
 */
const neutralized = (text: string) =>
  (FORMULA.test(text) || /^[\t\r]/.test(text) ? `'${text}` : text).replace(/([,;])(?=[\s"]*[=+\-@])/g, "$1'");

const cell = (value: string | number | undefined) => {
  const text = neutralized(String(value ?? ''));
  // Quoted when it holds either list separator, so the cell stays whole in a pt-BR or an English Excel.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV that Excel in pt-BR opens as is: UTF-8 with a BOM (accents intact), semicolons (Excel's list
 * separator in Brazil), CRLF line ends, and no cell that Excel would run as a formula.
 */
export function excelCsv(header: string[], rows: Array<Array<string | number | undefined>>): string {
  return `${EXCEL_BOM}${[header, ...rows].map(excelRow).join('')}`;
}

export const EXCEL_BOM = '\uFEFF';

/** One line of that CSV, line end included: a file of a million lines is written line after line. */
export const excelRow = (cells: ReadonlyArray<string | number | undefined>): string =>
  `${cells.map(cell).join(';')}\r\n`;
