/** The panel's width when open and when collapsed (px; keep in step with the panel's CSS). */
export const DOCK_WIDTH = { open: 360, collapsed: 44 } as const;

/**
 * Narrows SysAid's page by the panel's width, so the docked panel sits beside it instead of over
 * its header, save buttons and fields (the modern layout puts Save at the top right). An inline
 * style on <html>, which SysAid's own scripts do not set; removed when the panel goes.
 */
export function dockBeside(doc: Document, width: number): () => void {
  const root = doc.documentElement;
  root.style.setProperty('margin-right', `${width}px`, 'important');
  return () => root.style.removeProperty('margin-right');
}
