/** Words a cell holds instead of a value. */
import { compactText } from '../text';

/** `无`, `暂无`, `-`, `—`, `/`: "none here" (an indicator not set, a source with no money). */
const NONE = /^(?:无|暂无|[-—–/\\]+)$/u;

export function isNoneText(text: string): boolean {
  return NONE.test(compactText(text));
}
