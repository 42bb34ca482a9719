/**
 * Self-evaluation workbooks for the LibreOffice test: each Ministry-form fixture checked and
 * annotated (its 核算得分 column written), then its own 实际完成值 and 分值 cells typed over with values
 * for every scoring branch and the qualitative boundaries (部分达成 80 %, 未达成 60 %, …), as a
 * person does at year end with the add-in closed.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { applyWritePlan } from '../../src/xlsx/apply-write-plan';
import { assessProject } from '../../src/core/check/assess-project';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { OWNED_HEADER } from '../../src/core/vocabulary';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { MOF_SELF_EVALUATION_VARIANTS, mofSelfEvaluationFixture } from '../fixtures/families/mof-self-evaluation';
import { gridToWorkbook } from '../fixtures/grid';
import { snapshotOfWorkbook } from '../core/snapshot-of';

const QUALITATIVE = ['达成', '部分达成 80%', '部分达成 60%', '未达成 60%', '未达成 30%', '部分达成', '基本完成', '达成 90%'];
const SHARES = [1, 0.5, 0, 1.5, 0.96];

export interface SelfWorkbook {
  name: string;
  workbook: ExcelJS.Workbook;
  /** Sheet, column and rows of each table's 核算得分 cells. */
  columns: { sheet: string; col: number; rows: number[] }[];
}

function checkedColumn(plan: WritePlan, sheet: string, headerRow: number): number {
  const cell = plan.sheets.find((s) => s.sheet === sheet)?.cells.find((c) => c.row === headerRow && c.value === OWNED_HEADER.checkedScore);
  if (!cell) throw new Error(`no 核算得分 column on ${sheet}`);
  return cell.col;
}

export async function selfEvaluationWorkbooks(): Promise<SelfWorkbook[]> {
  const out: SelfWorkbook[] = [];
  for (const variant of MOF_SELF_EVALUATION_VARIANTS) {
    const workbook = gridToWorkbook(mofSelfEvaluationFixture(variant).correct.sheets);
    const snapshot = await snapshotOfWorkbook(workbook);
    const result = checkWorkbook(snapshot);
    const plan = buildWritePlan(snapshot, result);
    applyWritePlan(workbook, plan);
    const columns: SelfWorkbook['columns'] = [];
    let k = 0;
    for (const table of result.tables) {
      const ws = workbook.getWorksheet(table.sheet) as ExcelJS.Worksheet;
      const rows: number[] = [];
      for (const a of assessProject(table, DEFAULT_PROFILE).assessments) {
        const { actual, weight, value } = a.indicator;
        if (!actual || value === null) continue;
        rows.push(a.indicator.row);
        const target = value.value;
        let typed: string | number;
        if (target.kind === 'qualitative') typed = QUALITATIVE[k % QUALITATIVE.length] as string;
        else if (target.kind === 'quantitative') {
          const n = Math.round(target.number * (SHARES[k % SHARES.length] as number) * 100) / 100;
          typed = a.percent ? `${n}%` : `${n}${target.unitText}`;
        } else continue;
        ws.getCell(actual.row, actual.col).value = typed;
        // A 分值 typed anew: the 核算得分 formula reads the cell, not the weight the check saw.
        if (weight && k % 4 === 3) ws.getCell(weight.row, weight.col).value = 7.5;
        k++;
      }
      columns.push({ sheet: table.sheet, col: checkedColumn(plan, table.sheet, table.grids[0]?.headerRow ?? 0), rows });
    }
    out.push({ name: variant, workbook, columns });
  }
  return out;
}
