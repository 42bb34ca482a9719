import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicatorsByGrid } from './support/indicator-set-rows';

const KINDS = ['数量指标', '成本指标'] as const;

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.missing-output-kind',
    severity: 'warning',
    title: '产出指标中没有数量指标或成本指标',
    message: '产出指标中没有设置{kind}，{hint}',
    example: { bad: '成本指标：无', good: '成本指标：预算控制数 ≤20万元' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    setIndicatorsByGrid(table).forEach((set, i) => {
      if (!set.some((s) => s.level1.name === '产出指标')) return;
      for (const kind of KINDS) {
        const present = set.some((s) => s.level2.name === kind || (kind === '成本指标' && s.level1.name === '成本指标'));
        if (present) continue;
        const own = table.indicators.find((r) => r.grid === i && r.level2.name === kind);
        const cell = own?.level3 ?? own?.level2.cell ?? set[0]?.level2.cell;
        const hint = kind === '数量指标' ? '请用数量指标写明要完成的工作量（如 ≥274名）' : '请用成本指标写明成本控制数（如 ≤20万元，不超过预算数）';
        if (cell) hits.push({ row: cell.row, col: cell.col, params: { kind, hint } });
      }
    });
    return hits;
  },
};
export default rule;
