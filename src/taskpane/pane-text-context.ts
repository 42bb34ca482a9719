import { createContext, useContext } from 'react';
import { strings, type PaneText } from './strings';

/** The pane's texts in its language, for every component below the app. */
export const PaneTextContext = createContext<PaneText>(strings('zh'));

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
