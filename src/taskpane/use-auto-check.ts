import { useEffect, useRef, type RefObject } from 'react';
import type { AddinHost } from '../addin/addin-host';
import type { AutoCheckScheduler } from './auto-check-scheduler';

/**
 * Listens to the user's edits while the pane is open: with 自动检查 `enabled` each goes to the
 * scheduler, without it each marks the results stale (`onStale`). Turning 自动检查 off drops a check
 * not yet started. Listening can fail (an Excel without change events): that is reported only once
 * 自动检查 is on, since the stale mark alone is no reason to show an error.
 */
export function useAutoCheck(
  host: AddinHost,
  scheduler: RefObject<AutoCheckScheduler | null>,
  enabled: boolean,
  onStale: () => void,
  onError: (e: unknown) => void,
): void {
  const live = useRef({ enabled, onStale, onError, failure: null as { error: unknown } | null });
  live.current = { ...live.current, enabled, onStale, onError };

  useEffect(() => {
    let mounted = true;
    let stop: (() => Promise<void>) | null = null;
    const onEdit = (): void => {
      if (live.current.enabled) scheduler.current?.edit();
      else live.current.onStale();
    };
    host.watchEdits(onEdit).then(
      (unsubscribe) => {
        if (mounted) stop = unsubscribe;
        else void unsubscribe().catch(() => undefined);
      },
      (e: unknown) => {
        if (!mounted) return;
        live.current.failure = { error: e };
        if (live.current.enabled) live.current.onError(e);
      },
    );
    return () => {
      mounted = false;
      // Unsubscribing fails only when the workbook is gone, and then there is nothing to stop.
      void stop?.().catch(() => undefined);
    };
  }, [host, scheduler]);

  useEffect(() => {
    const { failure } = live.current;
    if (enabled && failure) live.current.onError(failure.error);
    if (!enabled) scheduler.current?.cancel();
  }, [enabled, scheduler]);
}
