import { useEffect, type RefObject } from 'react';
import type { AddinHost } from '../addin/addin-host';
import type { AutoCheckScheduler } from './auto-check-scheduler';

/**
 * While `enabled`, every user edit goes to the scheduler; turning it off (or closing the pane)
 * stops listening and drops a check not yet started.
 */
export function useAutoCheck(
  host: AddinHost,
  scheduler: RefObject<AutoCheckScheduler | null>,
  enabled: boolean,
  onError: (e: unknown) => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    host.watchEdits(() => scheduler.current?.edit()).then(
      (unsubscribe) => {
        if (live) stop = unsubscribe;
        else void unsubscribe().catch(() => undefined);
      },
      (e: unknown) => {
        if (live) onError(e);
      },
    );
    return () => {
      live = false;
      scheduler.current?.cancel();
      // Unsubscribing fails only when the workbook is gone, and then there is nothing to stop.
      void stop?.().catch(() => undefined);
    };
  }, [host, scheduler, enabled, onError]);
}
