import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/core/rules/catalogue';
import { rulesMarkdown } from '../src/core/docs/rules-markdown';

const target = path.join(__dirname, '..', 'docs', 'rules.md');
writeFileSync(target, rulesMarkdown(RULES), 'utf8');
console.log(`wrote ${path.relative(process.cwd(), target)} (${RULES.length} rules)`);
