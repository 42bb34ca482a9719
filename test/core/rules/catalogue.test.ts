import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../../src/core/rules/catalogue';
import { rulesMarkdown } from '../../../src/core/docs/rules-markdown';

const rulesDir = path.join(__dirname, '..', '..', '..', 'src', 'core', 'rules');

describe('rule catalogue', () => {
  it('has unique ids of the form family.name, with Chinese titles and messages', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^(plan|budget|indicator|band|dept|required|self|monitor|schedule|basis|cost|period|target)\.[a-z0-9-]+$/);
      expect(r.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.meta.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists every rule module and nothing else, and each rule has its own test file named after its id', () => {
    // The folder lists rules: the shared helpers live in rules/support/.
    const modules = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !['rule.ts', 'rule-context.ts', 'catalogue.ts'].includes(f));
    const expected = RULES.map((r) => `${r.meta.id.replace('.', '-')}.ts`).sort();
    expect(modules.sort()).toEqual(expected);
    for (const file of expected) expect(readdirSync(__dirname)).toContain(file.replace(/\.ts$/, '.test.ts'));
  });

  it('docs/rules.md is generated from the current metadata (run `npm run docs` after changing a rule)', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(doc).toBe(rulesMarkdown(RULES));
  });
});
