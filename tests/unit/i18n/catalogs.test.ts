import { describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../lib/core/i18n';
import { en, pageEn } from '../../../lib/core/i18n/en';
import { type MessageKey, pagePtBR, ptBR } from '../../../lib/core/i18n/pt-BR';
import { sameText, text, verbatim } from '../../../lib/core/i18n/text';
import { portugueseIn } from '../../support/portuguese';

const KEYS = Object.keys(ptBR) as MessageKey[];

describe('one catalog, namespaced, in both languages', () => {
  it('pt-BR and en have the same keys, each in a namespace', () => {
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(pageEn).sort()).toEqual(Object.keys(pagePtBR).sort());
    for (const key of KEYS) expect(key, 'namespace.name').toMatch(/^[a-zA-Z]+\.[\w.]+$/);
  });

  it('every key, rendered with English chosen, has no Portuguese but the words kept by design', () => {
    setLanguage('en', en);
    try {
      const portuguese = KEYS.map((key) => [key, t(key, ['X', 'Y', 'Z', 'W', 'V'])] as const).filter(
        ([key, said]) => said === key || portugueseIn(said),
      );
      expect(portuguese).toEqual([]);
    } finally {
      setLanguage('pt-BR');
    }
  });

  it('every key, rendered with Portuguese chosen, is the pt-BR sentence', () => {
    setLanguage('pt-BR');
    for (const key of KEYS)
      expect(t(key, ['X'])).toBe(ptBR[key].replace(/\$\d/g, (n) => (n === '$1' ? 'X' : '')));
  });
});

describe('two sentences are the same when key and parameters are', () => {
  it('compares key and each parameter, and a missing sentence', () => {
    expect(
      sameText(
        text('fill.fixed', 'Status', 'Resolvido', 'Novo'),
        text('fill.fixed', 'Status', 'Resolvido', 'Novo'),
      ),
    ).toBe(true);
    expect(
      sameText(
        text('fill.fixed', 'Status', 'Resolvido', 'Novo'),
        text('fill.fixed', 'Status', 'Resolvido', 'Aberto'),
      ),
    ).toBe(false);
    expect(sameText(text('fill.fixed', 'a,b'), text('fill.fixed', 'a', 'b'))).toBe(false);
    expect(sameText(verbatim('Resolvido'), text('text.verbatim', 'Resolvido'))).toBe(true);
    expect(sameText(text('cpf.missing'), text('cnpj.missing'))).toBe(false);
    expect(sameText(undefined, text('cpf.missing'))).toBe(false);
    expect(sameText(undefined, undefined)).toBe(true);
  });
});
