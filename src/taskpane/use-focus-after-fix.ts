import { useEffect, useRef, type RefObject } from 'react';
import { findingKey } from './finding-list';

interface Pending {
  trigger: HTMLElement | null;
  /** The findings listed after the trigger, in list order, as `findingKey`s. */
  next: string[];
}

function findingElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="finding"]')];
}

function keyOf(el: HTMLElement): string {
  const cell = el.dataset.cell ?? '';
  const at = cell.lastIndexOf('!');
  const ref: Parameters<typeof findingKey>[0] = { rule: el.dataset.rule ?? '', sheet: cell.slice(0, at), cell: cell.slice(at + 1) };
  return findingKey(ref);
}

/**
 * Keeps the focus in the work list across a fix: the fix's button is disabled while it runs and is
 * often gone once the re-check drops the finding, which would leave the focus on the page body. Once
 * the job ends the focus goes back to the button if it is still there, else to the first finding
 * listed after it that is still there, else to `fallback` (下一个). Focus the user moved elsewhere
 * meanwhile stays where it is.
 */
export function useFocusAfterFix(busy: boolean, container: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>) {
  const pending = useRef<Pending | null>(null);

  useEffect(() => {
    const wanted = pending.current;
    const root = container.current;
    if (busy || wanted === null || root === null) return;
    pending.current = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body && !root.contains(active)) return;
    if (wanted.trigger?.isConnected && !wanted.trigger.hasAttribute('disabled')) {
      wanted.trigger.focus();
      return;
    }
    const byKey = new Map(findingElements(root).map((el) => [keyOf(el), el]));
    const next = wanted.next.map((key) => byKey.get(key)).find((el) => el !== undefined);
    (next ?? fallback.current)?.focus();
  }, [busy, container, fallback]);

  /** Call as the fix starts, with the keys of the findings it fixes. */
  return (fixing: ReadonlySet<string>): void => {
    const root = container.current;
    const trigger = document.activeElement instanceof HTMLElement && root?.contains(document.activeElement) ? document.activeElement : null;
    const after = root === null || trigger === null ? [] : findingElements(root).filter((el) => trigger.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    pending.current = { trigger, next: after.map(keyOf).filter((key) => !fixing.has(key)) };
  };
}
