import { learnAll, NOTHING, SEVERAL, SPACE, SURROGATE } from './caption-units';

/**
 * For each group of `phrases` (folded already: a-z, 0-9, single spaces), whether a text's fold may hold
 * one of them, as a bit mask (bit i: group i), asked of the raw text by one native scan: a bit is clear
 * only when none of its group can be there, so a long text that states none is never folded. Each letter
 * matches every unit that folds to it, with accents (units that fold to nothing) between; a space, any
 * run of units that fold to a space or nothing. Built on first use.
 */
export function phraseScan(groups: readonly (readonly string[])[]): (text: string) => number {
  // A bit per group: past 30 groups, every text is folded.
  if (groups.length > 30) return () => -1;
  const all = (1 << groups.length) - 1;
  let scanner: Scanner | undefined;
  return (text) => {
    scanner ??= compile(groups);
    const { pattern, alike } = scanner;
    pattern.lastIndex = 0;
    let mask = scanner.always;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // A unit the scan cannot reason about: the text is folded.
      if (m[1] !== undefined) return all;
      for (let i = 0; i < groups.length; i++) if (m[i + 2] !== undefined) mask |= alike[i] as number;
      if (mask === all) return all;
      // The next piece may start inside this one.
      pattern.lastIndex = m.index + 1;
    }
    return mask;
  };
}

interface Scanner {
  pattern: RegExp;
  /** Per group, the groups it is seen with: at one position only the first alternative matches, so
   * groups whose phrases begin one another (a lead's "Não atendeu" and "Não atendeu mais") go together. */
  alike: number[];
  /** Groups with an empty phrase: every text holds it. */
  always: number;
}

function compile(groups: readonly (readonly string[])[]): Scanner {
  const classes = unitClasses();
  let always = 0;
  const alike = groups.map((g, i) => {
    if (g.includes('')) always |= 1 << i;
    let mask = 1 << i;
    groups.forEach((h, j) => {
      if (g.some((a) => h.some((b) => a && b && (a.startsWith(b) || b.startsWith(a))))) mask |= 1 << j;
    });
    return mask;
  });
  // One capture group per group, in order (one that never matches when it has no phrase to look for).
  const alternatives = groups.map((g) => {
    const phrases = g.filter(Boolean);
    return phrases.length ? `(${phrases.map((phrase) => rawPhrase(phrase, classes)).join('|')})` : '((?!))';
  });
  return { pattern: new RegExp(`(${classes.odd})|${alternatives.join('|')}`, 'g'), alike, always };
}

interface UnitClasses {
  /** Character classes (regex source) of the units that fold to each letter or digit, to nothing, to a space. */
  of: Map<number, string>;
  nothing: string;
  space: string;
  /** Units the scan cannot reason about (several characters, surrogates): a text with one is folded. */
  odd: string;
}
let CLASSES: UnitClasses | undefined;

function unitClasses(): UnitClasses {
  if (CLASSES) return CLASSES;
  const fold = learnAll();
  const ranges = new Map<number, number[]>();
  for (let code = 0; code < 0x10000; code++) {
    const f = fold[code] as number;
    const list = ranges.get(f) ?? [];
    if (list.length && list[list.length - 1] === code - 1) list[list.length - 1] = code;
    else list.push(code, code);
    ranges.set(f, list);
  }
  const source = (f: number) => {
    const list = ranges.get(f) ?? [];
    let out = '';
    for (let i = 0; i < list.length; i += 2) {
      const from = hex(list[i] as number);
      out += list[i] === list[i + 1] ? from : `${from}-${hex(list[i + 1] as number)}`;
    }
    return out;
  };
  const of = new Map<number, string>();
  for (const f of ranges.keys()) if (f > SPACE) of.set(f, `[${source(f)}]`);
  CLASSES = {
    of,
    nothing: `[${source(NOTHING)}]*`,
    space: `[${source(SPACE)}${source(NOTHING)}]+`,
    odd: `[${source(SEVERAL)}${source(SURROGATE)}]`,
  };
  return CLASSES;
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

function rawPhrase(phrase: string, classes: UnitClasses): string {
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (code === SPACE) out += classes.space;
    else {
      const unit = classes.of.get(code);
      if (!unit) throw new Error(`phraseScan: "${phrase}" is not folded`);
      out += (i > 0 && phrase.charCodeAt(i - 1) !== SPACE ? classes.nothing : '') + unit;
    }
  }
  return out;
}
