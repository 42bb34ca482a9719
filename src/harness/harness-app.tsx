import { useState } from 'react';
import type { FakeExcel } from './fake-excel';
import type { FakeRibbon } from './fake-ribbon';
import { WorkbookView } from './grid/workbook-view';
import { NoticeWindow } from './ribbon/notice-window';
import { RibbonBar } from './ribbon/ribbon-bar';

interface HarnessAppProps {
  fake: FakeExcel;
  ribbon: FakeRibbon;
  /** Shows or hides the task pane, which lives outside this React tree. */
  showPane(shown: boolean): void;
}

/** Excel's side of the harness: the ribbon group, the workbook, and a command's notice. */
export function HarnessApp({ fake, ribbon, showPane }: HarnessAppProps) {
  const [paneShown, setPaneShown] = useState(true);
  const togglePane = () => {
    showPane(!paneShown);
    setPaneShown(!paneShown);
  };
  return (
    <>
      <RibbonBar ribbon={ribbon} paneShown={paneShown} onTogglePane={togglePane} />
      <WorkbookView fake={fake} />
      <NoticeWindow ribbon={ribbon} />
    </>
  );
}
