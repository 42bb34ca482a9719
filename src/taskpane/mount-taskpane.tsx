import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { AddinHost } from '../addin/addin-host';
import { DEFAULT_AUTO_CHECK_DELAY_MS } from './auto-check-scheduler';
import { TaskpaneApp } from './components/taskpane-app';

export interface MountOptions {
  /** Debounce of 自动检查 after an edit; the end-to-end tests shorten it. */
  autoCheckDelayMs?: number;
}

/** Renders the task pane into `element` against `host`; returns a function that unmounts it. */
export function mountTaskpane(element: HTMLElement, host: AddinHost, options: MountOptions = {}): () => void {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <TaskpaneApp host={host} autoCheckDelayMs={options.autoCheckDelayMs ?? DEFAULT_AUTO_CHECK_DELAY_MS} />
    </FluentProvider>,
  );
  return () => root.unmount();
}
