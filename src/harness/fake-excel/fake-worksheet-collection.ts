/** `workbook.worksheets`: the sheet list, lookups by name or id, the active sheet, adding, and `onChanged`. */
import { FakeWorksheetChangedEvent } from './fake-events';
import type { FakeExcel } from './fake-excel';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import type { FakeRequestContext } from './fake-request-context';
import { officeSheetId, type FakeSheet } from './fake-state';
import { FakeWorksheet, INTERNAL_ID } from './fake-worksheet';

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

/** `getItem` takes a sheet's name (any case) or its id. */
function findSheet(fake: FakeExcel, key: string): FakeSheet | undefined {
  return fake.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase() || officeSheetId(x) === key);
}

export class FakeWorksheetCollection extends FakeObject<FakeExcel> {
  readonly onChanged: FakeWorksheetChangedEvent;
  private itemProxies: FakeWorksheet[] | undefined;
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets');
    this.onChanged = new FakeWorksheetChangedEvent(context);
  }
  protected target(): FakeExcel {
    return this.fake;
  }
  protected readProps(t: FakeExcel, names: string[]): Record<string, unknown> {
    const itemNames = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    if (itemNames.length !== names.length) unknownProp(this.path, names.join());
    return {
      items: t.sheets.map((s) => {
        const item: Record<string, unknown> = { [INTERNAL_ID]: s.id };
        for (const n of itemNames) {
          if (n === 'name') item.name = s.name;
          else if (n === 'visibility') item.visibility = s.visibility;
          else if (n === 'id') item.id = officeSheetId(s);
          else if (n === 'protection/protected') item['protection/protected'] = s.protected;
          else unknownProp(this.path, n);
        }
        return item;
      }),
    };
  }
  protected override applyLoaded(data: Record<string, unknown>): void {
    this.itemProxies = (data.items as Record<string, unknown>[]).map((d) => {
      const id = d[INTERNAL_ID] as number;
      const proxy = new FakeWorksheet(this.context, `${this.path}.items[${id}]`, () => this.fake.sheetById(id) ?? null);
      proxy.setLoaded(d);
      return proxy;
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemProxies;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const s = findSheet(this.fake, key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `no sheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => findSheet(this.fake, key) ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const s = this.fake.activeSheetState();
      if (!s) throw new FakeOfficeError('ItemNotFound', 'the workbook has no visible sheet');
      return s;
    });
  }
  add(name: string): FakeWorksheet {
    let id: number | null = null;
    this.context.enqueue({
      describe: { path: this.path, op: 'add', args: name },
      mutating: true,
      run: () => {
        if (this.fake.workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
        if (name === '' || [...name].length > 31 || SHEET_NAME_BAD.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
        if (this.fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', name);
        id = this.fake.addSheet(name).id;
        this.fake.noteSheetChange(name);
        return undefined;
      },
    });
    return new FakeWorksheet(this.context, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (id === null) throw new FakeOfficeError('InvalidObjectPath', `sheet ${name} not added yet`);
      return this.fake.sheetById(id) ?? null;
    });
  }
}
