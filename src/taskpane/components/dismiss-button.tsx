import { Button } from '@fluentui/react-components';
import { usePaneText } from '../pane-text-context';

/** The ✕ that closes a message bar. */
export function DismissButton({ onClick }: { onClick(): void }) {
  const text = usePaneText();
  return <Button appearance="transparent" size="small" aria-label={text.dismiss} icon={<span aria-hidden>✕</span>} onClick={onClick} />;
}
