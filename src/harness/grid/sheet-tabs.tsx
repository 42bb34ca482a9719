import type { FakeExcel } from '../fake-excel';

interface SheetTabsProps {
  fake: FakeExcel;
  active: string;
}

/** The sheet tabs under Excel's grid, here above it: a click activates the sheet, as in Excel. */
export function SheetTabs({ fake, active }: SheetTabsProps) {
  const visible = fake.sheets.filter((s) => s.visibility === 'Visible');
  return (
    <div className="tabs" role="tablist" aria-label="工作表 Sheets">
      {visible.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          aria-selected={s.name === active}
          onClick={() => {
            fake.activeSheet = s.name;
          }}
        >
          {s.name}
        </button>
      ))}
    </div>
  );
}
