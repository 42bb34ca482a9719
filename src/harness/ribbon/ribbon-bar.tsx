import { useState } from 'react';
import { CHECK_COMMAND, CLEAR_COMMAND } from '../../commands/register-commands';
import type { FakeRibbon } from '../fake-ribbon';

interface RibbonBarProps {
  ribbon: FakeRibbon;
  paneShown: boolean;
  onTogglePane(): void;
}

/**
 * The add-in's group on Excel's 开始 (Home) tab, as manifest.xml declares it: 检查表格 and
 * 清除检查结果 run the shared runtime's commands, 检查面板 shows or hides the pane.
 */
export function RibbonBar({ ribbon, paneShown, onTogglePane }: RibbonBarProps) {
  const [running, setRunning] = useState<string | null>(null);
  const press = (command: string) => {
    setRunning(command);
    void ribbon.press(command).finally(() => setRunning(null));
  };
  return (
    <div className="ribbon" role="toolbar" aria-label="开始 › 绩效目标表 (Home › ribbon group)">
      <span className="ribbon-tab">开始</span>
      <span className="ribbon-group">绩效目标表</span>
      <button type="button" data-testid="ribbon-check" disabled={running !== null} aria-busy={running === CHECK_COMMAND} onClick={() => press(CHECK_COMMAND)}>
        检查表格
      </button>
      <button type="button" data-testid="ribbon-pane" aria-pressed={paneShown} onClick={onTogglePane}>
        检查面板
      </button>
      <button type="button" data-testid="ribbon-clear" disabled={running !== null} aria-busy={running === CLEAR_COMMAND} onClick={() => press(CLEAR_COMMAND)}>
        清除检查结果
      </button>
    </div>
  );
}
