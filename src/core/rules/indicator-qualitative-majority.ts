import { statesDeadline } from '../vocabulary';
import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.qualitative-majority',
    severity: 'info',
    title: '多数指标为定性表述（每个指标表提示一次）',
    message: '{qualitative}/{all}项指标的指标值是文字表述，没有可计量的数值；绩效指标应以定量为主，请尽量改为数值，如“有效促进”改为“受益群众 ≥500人”',
    example: { bad: '6项指标中4项写“有效提升”“明显改善”', good: '“群众安全感提升”改为“群众安全感满意度 ≥95%”' },
    criteria: { numbers: [16], source: '财预〔2015〕88号（定量指标为主、定性指标为辅）；财预〔2021〕101号 附件' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    table.grids.forEach((grid, i) => {
      const rows = valueRows(table).filter((v) => v.row.grid === i);
      // A deadline (`2023年12月底前完成`) is a measurable time target, not a description.
      const qualitative = rows.filter((v) => v.cell.value.kind === 'qualitative' && !statesDeadline(v.cell.text)).length;
      const col = grid.columns.value;
      // Over half written in words: how the grid was filled, said once at its 指标值 header.
      if (col === undefined || rows.length === 0 || qualitative * 2 <= rows.length) return;
      hits.push({ row: grid.headerRow, col, params: { qualitative, all: rows.length } });
    });
    return hits;
  },
};
export default rule;
