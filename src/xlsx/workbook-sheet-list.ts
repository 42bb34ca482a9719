/**
 * Which zip part holds which worksheet, read from `xl/workbook.xml` and its relationships before
 * ExcelJS loads anything, so a size refusal can name the sheet and a sheet ExcelJS skips is noticed.
 * Both parts are small and machine-written; their elements are flat, so attributes are enough.
 */
export interface WorksheetPart {
  name: string;
  /** Zip entry name, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Attributes of every `<tag …>` element, whatever namespace prefix the writer chose. */
function elements(xml: string, tag: string): Array<Map<string, string>> {
  const out: Array<Map<string, string>> = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set(a[1] ?? '', decodeXml(a[2] ?? a[3] ?? ''));
    }
    out.push(attrs);
  }
  return out;
}

/** The relationship id attribute is `r:id` under whatever prefix the writer bound. */
function relationshipId(attrs: Map<string, string>): string | undefined {
  for (const [key, value] of attrs) if (key.endsWith(':id')) return value;
  return undefined;
}

/** Targets are relative to `xl/` unless absolute within the package. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Worksheets in tab order; chart sheets and macro sheets are left out. */
export function listWorksheetParts(workbookXml: string, workbookRelsXml: string): WorksheetPart[] {
  const targets = new Map<string, string>();
  for (const rel of elements(workbookRelsXml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id && target && (rel.get('Type') ?? '').endsWith('/worksheet')) targets.set(id, partPath(target));
  }
  const sheets: WorksheetPart[] = [];
  for (const sheet of elements(workbookXml, 'sheet')) {
    const path = targets.get(relationshipId(sheet) ?? '');
    if (path) sheets.push({ name: sheet.get('name') ?? '', path });
  }
  return sheets;
}
