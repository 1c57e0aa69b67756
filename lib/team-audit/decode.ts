/**
 * SysAid exports CSV in UTF-8 (with or without BOM) or, from older servers and Excel round trips,
 * Windows-1252. Anything else gets a message the lead can act on, never a report of garbled text.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'UTF-8' | 'Windows-1252' }
  | { ok: false; problem: string };

// WHATWG windows-1252 maps these five undefined bytes to C1 controls: no real 1252 text has them.
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;
// UTF-8 read back as 1252 and saved again ("AtenÃ§Ã£o"): the accents are lost for good.
const DOUBLE_ENCODED = /Ã[\u0080-\u00bf§£©¡³ª´º­]/;

export function decodeExport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'O arquivo está vazio.' };
  if (bytes.includes(0))
    return {
      ok: false,
      problem:
        'Este arquivo não é um texto CSV (tem conteúdo binário). Exporte a lista do SysAid em CSV ou XLSX.',
    };
  let text: string;
  let encoding: 'UTF-8' | 'Windows-1252' = 'UTF-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'Windows-1252';
    if (UNDEFINED_IN_1252.test(text))
      return {
        ok: false,
        problem:
          'A codificação do arquivo está corrompida (não é UTF-8 nem Windows-1252 válido). Exporte de novo do SysAid, sem abrir e salvar no Excel.',
      };
  }
  if (DOUBLE_ENCODED.test(text.slice(0, 200_000)))
    return {
      ok: false,
      problem:
        'Os acentos do arquivo estão corrompidos (ex.: "Ã§" no lugar de "ç"): ele foi convertido duas vezes. Exporte de novo do SysAid, sem abrir e salvar no Excel.',
    };
  if (!text.trim()) return { ok: false, problem: 'O arquivo está vazio.' };
  return { ok: true, text, encoding };
}
