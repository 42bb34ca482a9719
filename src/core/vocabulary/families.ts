/**
 * The template families of templates.md, as data: what points to each, and what each prints. A
 * table is recognized by its fields and grid columns whatever its family (recognize/); the family
 * only decides which parts a table should have, so that "表格缺少…栏" is said only of a table that
 * looks like its family and lost a part of it. A new family is one entry here (and its aliases in
 * fields.ts and columns.ts), not a new code path.
 */
import { z } from 'zod';
import { FIELD_KEYS, type FieldKey } from './fields';
import { INDICATOR_ROLES, type IndicatorRole } from './columns';
import { PeriodSchema, type Period } from './periods';

export const TableKindSchema = z.enum(['project', 'department', 'self-evaluation', 'monitoring']);
export type TableKind = z.infer<typeof TableKindSchema>;

/** The kinds as people call them, for the docs, the summary sheet and messages. */
export const TABLE_KIND_NAMES: Readonly<Record<TableKind, string>> = {
  project: '项目表', department: '部门整体表', 'self-evaluation': '自评表', monitoring: '监控表',
};

export const FamilyIdSchema = z.enum([
  'local-target', 'mof-target', 'mof-period-target', 'system-target', 'county-target', 'city-target',
  'mof-self-evaluation', 'system-self-evaluation', 'monitoring', 'local-department', 'mof-department', 'other',
]);
export type FamilyId = z.infer<typeof FamilyIdSchema>;

/** Blocks a table may hold besides its single fields. */
export const BLOCK_KINDS = ['plan', 'funds', 'tasks', 'schedule', 'costParts', 'departmentGrid', 'totalRow', 'twoLevelGrid'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A part of a form: a field, a grid column, a block, or a whole grid of one period. */
export const PartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(FIELD_KEYS) }),
  z.object({ kind: z.literal('column'), column: z.enum(INDICATOR_ROLES) }),
  z.object({ kind: z.literal('block'), block: z.enum(BLOCK_KINDS) }),
  z.object({ kind: z.literal('grid'), period: PeriodSchema.nullable() }),
]);
export type Part = z.infer<typeof PartSchema>;

/** What a recognized table has, as the family matcher sees it. */
export interface TableFeatures {
  fields: ReadonlySet<FieldKey>;
  columns: ReadonlySet<IndicatorRole>;
  blocks: ReadonlySet<BlockKind>;
  /** Periods of its indicator grids (null: a one-period grid). */
  gridPeriods: ReadonlySet<Period | null>;
}

export interface Marker {
  /** How much the marker says (1 unless given): parts many families share say less. */
  weight?: number;
  field?: FieldKey;
  column?: IndicatorRole;
  block?: BlockKind;
  period?: Period;
}

export interface FamilyDefinition {
  id: FamilyId;
  kind: TableKind;
  /** How people call the form, for the report and messages. */
  name: string;
  /** Each marker present adds one to the family's match. */
  markers: readonly Marker[];
  /** The fields (a list: any one of them), grid columns and blocks the form prints. */
  prints: { fields: readonly (FieldKey | readonly FieldKey[])[]; columns: readonly (IndicatorRole | readonly IndicatorRole[])[]; blocks: readonly BlockKind[]; grids: readonly (Period | null)[] };
}

const TARGET_GRID: readonly IndicatorRole[] = ['level1', 'level2', 'level3', 'value'];
/** Any one target text answers for 绩效目标. */
const ANY_GOAL: readonly FieldKey[] = ['goal', 'annualGoal', 'longGoal', 'midGoal', 'implementationGoal'];

export const FAMILIES: readonly FamilyDefinition[] = [
  {
    id: 'local-target', kind: 'project', name: '项目支出绩效目标表（含项目编码、资金支出计划）',
    markers: [{ field: 'code' }, { field: 'plan' }, { block: 'plan' }, { column: 'basis' }, { field: 'purpose' }, { column: 'description' }],
    prints: {
      fields: ['code', 'name', 'total', 'fiscal', 'purpose', 'plan', ANY_GOAL],
      columns: [...TARGET_GRID, 'basis'], blocks: [], grids: [null],
    },
  },
  {
    id: 'mof-target', kind: 'project', name: '项目支出绩效目标申报表（财政部参考样式）',
    // The reference form is what the others add to: its parts point to it only weakly.
    markers: [{ field: 'department', weight: 0.5 }, { field: 'implementer', weight: 0.5 }, { field: 'moneyGroup', weight: 0.5 }, { field: 'goal', weight: 0.5 }, { field: 'longGoal', weight: 0.5 }],
    prints: { fields: ['name', 'total', 'fiscal', ANY_GOAL], columns: TARGET_GRID, blocks: [], grids: [null] },
  },
  {
    id: 'mof-period-target', kind: 'project', name: '项目支出绩效目标申报表（中期与年度，财预〔2015〕88号）',
    markers: [
      { period: 'mid' }, { period: 'implementation' }, { field: 'midGoal' }, { field: 'implementationGoal' },
      { field: 'projectPeriod' }, { field: 'attribute' },
    ],
    prints: { fields: ['name', 'total', 'fiscal', 'annualGoal'], columns: TARGET_GRID, blocks: [], grids: ['annual'] },
  },
  {
    id: 'system-target', kind: 'project', name: '预算管理一体化系统导出的绩效目标表',
    markers: [{ column: 'operator' }, { column: 'unit' }, { column: 'direction' }, { column: 'nature' }],
    prints: { fields: ['name'], columns: [...TARGET_GRID, ['operator', 'direction'], 'unit'], blocks: [], grids: [null] },
  },
  {
    id: 'county-target', kind: 'project', name: '财政支出项目绩效目标申报表（县级长表）',
    markers: [
      { block: 'schedule' }, { field: 'unitFunctions' }, { field: 'overview' }, { field: 'manager' }, { field: 'phone' },
      { period: 'long' }, { field: 'departmentCode' }, { field: 'startEnd' },
    ],
    prints: {
      fields: ['name', 'total', 'fiscal', 'longGoal', 'annualGoal'], columns: TARGET_GRID, blocks: ['schedule'], grids: ['long', 'annual'],
    },
  },
  {
    id: 'city-target', kind: 'project', name: '项目支出绩效目标申报表（市级两级指标）',
    markers: [{ block: 'twoLevelGrid' }, { block: 'costParts' }, { field: 'category' }, { field: 'nature' }, { field: 'approvalBasis' }, { field: 'measures' }],
    prints: { fields: ['name', ANY_GOAL], columns: ['level2', 'level3', 'value'], blocks: ['costParts'], grids: [null] },
  },
  {
    id: 'mof-self-evaluation', kind: 'self-evaluation', name: '项目支出绩效自评表（财预〔2020〕10号）',
    markers: [{ block: 'funds' }, { field: 'goalExpected' }, { field: 'goalResult' }, { block: 'totalRow' }, { column: 'weight', weight: 0.5 }, { column: 'deviation', weight: 0.5 }],
    prints: {
      fields: ['name', 'goalExpected', 'goalResult'], columns: [...TARGET_GRID, 'actual', 'weight', 'score'], blocks: ['funds'], grids: [null],
    },
  },
  {
    id: 'system-self-evaluation', kind: 'self-evaluation', name: '预算管理一体化系统导出的绩效自评表',
    markers: [{ column: 'deduction', weight: 2 }, { column: 'completion', weight: 2 }, { column: 'unit' }, { column: 'operator' }],
    prints: { fields: ['name'], columns: [...TARGET_GRID, 'actual', 'weight', 'score'], blocks: [], grids: [null] },
  },
  {
    id: 'monitoring', kind: 'monitoring', name: '项目绩效运行监控表',
    markers: [{ column: 'current' }, { column: 'feasibility' }, { column: 'forecast' }],
    prints: { fields: ['name'], columns: [...TARGET_GRID, 'current'], blocks: [], grids: [null] },
  },
  {
    id: 'local-department', kind: 'department', name: '部门整体绩效目标表（职责活动与评价标准）',
    markers: [{ block: 'departmentGrid' }],
    prints: { fields: [], columns: [], blocks: ['departmentGrid'], grids: [] },
  },
  {
    id: 'mof-department', kind: 'department', name: '部门整体支出绩效目标申报表（财政部参考样式）',
    markers: [{ block: 'tasks' }, { field: 'unitName' }, { field: 'tasksGroup' }],
    prints: { fields: ['unitName', ANY_GOAL], columns: TARGET_GRID, blocks: ['tasks'], grids: [null] },
  },
];

const OTHER: FamilyDefinition = {
  id: 'other', kind: 'project', name: '其他样式的绩效表',
  markers: [], prints: { fields: [], columns: [], blocks: [], grids: [] },
};

/** A table looks like its family, and so can lose a part of it, once it has this share of the family's markers. */
export const FAMILY_LIKENESS = 0.5;

function matchCount(f: FamilyDefinition, t: TableFeatures): number {
  return f.markers.filter((m) =>
    (m.field === undefined || t.fields.has(m.field))
    && (m.column === undefined || t.columns.has(m.column))
    && (m.block === undefined || t.blocks.has(m.block))
    && (m.period === undefined || t.gridPeriods.has(m.period)),
  ).reduce((s, m) => s + (m.weight ?? 1), 0);
}

export interface FamilyMatch {
  family: FamilyDefinition;
  /** Share of the family's markers matched: at FAMILY_LIKENESS or more the table looks like the family. */
  likeness: number;
}

/** The family of a table of `kind`: the one whose markers it matches most (the first on a tie), if it looks like it. */
export function matchFamily(kind: TableKind, features: TableFeatures): FamilyMatch {
  let best: FamilyMatch = { family: { ...OTHER, kind }, likeness: 0 };
  let bestCount = 0;
  for (const family of FAMILIES) {
    if (family.kind !== kind) continue;
    const count = matchCount(family, features);
    if (count <= bestCount) continue;
    bestCount = count;
    best = { family, likeness: count / family.markers.reduce((s, m) => s + (m.weight ?? 1), 0) };
  }
  // A table that looks like no family enough is of a family templates.md does not describe.
  return best.likeness >= FAMILY_LIKENESS ? best : { family: { ...OTHER, kind }, likeness: 0 };
}

export function familyById(id: FamilyId): FamilyDefinition {
  return FAMILIES.find((f) => f.id === id) ?? OTHER;
}
