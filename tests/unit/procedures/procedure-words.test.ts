import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { SCRIPT_ROLES } from '../../../lib/core/procedures/schema';

/**
 * Playbooks are the only home for procedure words (issue #24): a lead who renames a status or a category
 * level in the playbook must change what the guard, the fill, the inference and the team audit do. So no
 * string in lib/ or entrypoints/ may be a procedure word, except in the default playbooks themselves.
 *
 * The words come from the default playbooks: every value they fix, category level, final status, SysAid
 * default, excluded group and choice text, and every script id. A string is flagged when it IS one of
 * them, or contains one of several words ("… como Ligação Ativa / Callback: …"). Script ids that name a
 * role (greeting, closing, inactivity) are the code's own vocabulary, not the playbook's.
 *
 * i18n catalogs are scanned too: a sentence that needs a procedure word takes it as a parameter from the
 * playbook (`check.channelMarked`, `value.reservedFor`). The exceptions below are not matching logic,
 * each with its reason.
 */
const DEFAULT_PLAYBOOK_FILES = ['callback', 'chat', 'survey', 'other', 'beneficiary', 'tenant'].map(
  (name) => `lib/core/procedures/${name}.ts`,
);

const EXCEPTIONS: Record<string, { words: string[]; why: string }> = {
  'lib/core/procedures/captions.ts': {
    words: ['Ligação Ativa / Callback'],
    why: "the custom field's own captions (its name, on the form), which the callback category level happens to share",
  },
  'lib/core/i18n/pt-BR/team.ts': {
    words: ['Ligação Ativa / Callback'],
    why: "the export's column of that field",
  },
  'lib/core/i18n/en/team.ts': {
    words: ['Ligação Ativa / Callback'],
    why: "the export's column of that field",
  },
  'lib/core/i18n/pt-BR/panel.ts': {
    words: ['Número não recebe chamadas'],
    why: 'the panel\'s radio label for the reason (English: "Number does not take calls"); the ticket gets the playbook\'s text',
  },
  'lib/core/br/mask.ts': {
    words: ['ATIVO'],
    why: 'the compliance log shows the shipped placeholder unmasked; any other non-CPF value, a renamed placeholder included, is hidden (privacy first)',
  },
  'lib/ui/options/HostsSection.tsx': { words: ['protocol'], why: "a URL's protocol, not the script" },
};
/** Script ids that are ordinary words elsewhere: element ids and catalog keys. */
const ORDINARY_IDS = new Set(['help']);

function procedureWords(): { words: Set<string>; scriptIds: Set<string> } {
  const words = new Set<string>();
  const scriptIds = new Set<string>();
  for (const p of Object.values(DEFAULT_PLAYBOOKS)) {
    for (const f of p.fixed) words.add(f.value);
    for (const s of p.finalStatuses) words.add(s);
    for (const d of p.sysaidDefaults) words.add(d.value);
    for (const s of p.scripts) scriptIds.add(s.id);
    for (const o of p.outcomes) {
      for (const level of o.categoryPath ?? []) words.add(level);
      for (const f of o.fixed) words.add(f.value);
      for (const g of o.destinationGroup?.notAllowed ?? []) words.add(g);
      for (const r of o.required) for (const c of Object.values(r.choices ?? {})) words.add(c);
      if (o.chatHeaderWords) words.add(o.chatHeaderWords);
    }
  }
  for (const role of SCRIPT_ROLES) scriptIds.delete(role);
  for (const id of ORDINARY_IDS) scriptIds.delete(id);
  return { words, scriptIds };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every string the code spells: literals, template parts, JSX text (comments are not code). */
function stringsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const literally = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function offending(text: string, words: Set<string>, scriptIds: Set<string>): string[] {
  const trimmed = text.trim();
  const hits = [...words].filter((word) =>
    word.includes(' ')
      ? new RegExp(`(^|[^\\p{L}])${literally(word)}($|[^\\p{L}])`, 'u').test(text)
      : trimmed === word,
  );
  if (scriptIds.has(trimmed)) hits.push(trimmed);
  return hits;
}

describe('procedure words live in the playbooks only', () => {
  it('the word list is read from the default playbooks (and has the words issue #24 names)', () => {
    const { words, scriptIds } = procedureWords();
    for (const word of ['Central de Atendimento', 'Ligação Ativa / Callback', 'Sim', 'Contato realizado'])
      expect(words).toContain(word);
    for (const word of ['Sem comunicação', 'Encaminhado', 'Resolvido', 'Novo', 'Não', 'ATIVO'])
      expect(words).toContain(word);
    // The chat header's words (issue #24: they had slipped through).
    expect(words).toContain('Atendimento via Chat');
    expect(scriptIds).toContain('survey-greeting');
  });

  it('no string in lib/ or entrypoints/ outside the default playbooks is a procedure word', () => {
    const { words, scriptIds } = procedureWords();
    const found: string[] = [];
    for (const file of [...sourceFiles('lib'), ...sourceFiles('entrypoints')]) {
      if (DEFAULT_PLAYBOOK_FILES.includes(file)) continue;
      const allowed = EXCEPTIONS[file]?.words ?? [];
      for (const text of stringsIn(file)) {
        for (const word of offending(text, words, scriptIds))
          if (!allowed.includes(word))
            found.push(`${file}: "${word}" in ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('each exception is still needed (a stale one would hide a new literal)', () => {
    const { words, scriptIds } = procedureWords();
    for (const [file, { words: allowed }] of Object.entries(EXCEPTIONS)) {
      const used = stringsIn(file).flatMap((text) => offending(text, words, scriptIds));
      for (const word of allowed) expect(used, `${file}: ${word}`).toContain(word);
    }
  });

  it("no list in lib/ copies the playbooks' description labels: the block's labels come from the playbooks in force", () => {
    const labels = new Set(
      Object.values(DEFAULT_PLAYBOOKS).flatMap((p) =>
        p.outcomes.flatMap((o) =>
          o.required.flatMap((r) => (r.descriptionLabel ? [r.descriptionLabel] : [])),
        ),
      ),
    );
    expect(labels).toContain('Tentativas de contato');
    // One label alone is a name (a datum's in the panel, a field's caption); two or more in one list, a copy.
    const copies: string[] = [];
    for (const file of [...sourceFiles('lib'), ...sourceFiles('entrypoints')]) {
      if (DEFAULT_PLAYBOOK_FILES.includes(file)) continue;
      for (const list of arraysIn(file)) {
        const copied = list.filter((text) => labels.has(text));
        if (copied.length > 1) copies.push(`${file}: ${copied.join(', ')}`);
      }
    }
    expect(copies).toEqual([]);
  });
});

/** The strings of every array literal in a file. */
function arraysIn(file: string): string[][] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node))
      found.push(node.elements.filter(ts.isStringLiteralLike).map((e) => e.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
