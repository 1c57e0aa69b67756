import { useEffect, useState } from 'preact/hooks';
import { Panel, type PanelProps } from './Panel';

export interface AppHandle {
  toggleCollapsed(): void;
}

/** Panel plus the one state that is the panel's own: collapsed or not. */
export function App(
  props: Omit<PanelProps, 'collapsed' | 'onCollapse' | 'onInactivity'> & {
    initiallyCollapsed: boolean;
    onCollapsedChange: (collapsed: boolean) => void;
    onInactivityChange: (startedAt: number | undefined) => void;
    handle: (handle: AppHandle) => void;
  },
) {
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  const collapse = (value: boolean) => {
    setCollapsed(value);
    props.onCollapsedChange(value);
  };
  useEffect(() => {
    props.handle({ toggleCollapsed: () => setCollapsed((c) => !c) });
  }, []);
  return (
    <Panel
      {...props}
      collapsed={collapsed}
      onCollapse={collapse}
      onInactivity={(start) => props.onInactivityChange(start ? Date.now() : undefined)}
    />
  );
}
