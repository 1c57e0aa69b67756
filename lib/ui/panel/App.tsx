import { useEffect, useState } from 'preact/hooks';
import { Panel, type PanelProps } from './Panel';

export interface AppHandle {
  toggleCollapsed(): void;
}

/** Panel plus the one state that is the panel's own: collapsed or not. */
export function App(
  props: Omit<PanelProps, 'collapsed' | 'onCollapse' | 'onInactivity'> & {
    initiallyCollapsed: boolean;
    /** The agent's choice, remembered for the next ticket. */
    onCollapsedChange: (collapsed: boolean) => void;
    /** Whatever the reason (the agent, a shortcut, a refused save), the page makes room for it. */
    onLayout: (collapsed: boolean) => void;
    onInactivityChange: (startedAt: number | undefined) => void;
    handle: (handle: AppHandle) => void;
  },
) {
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  useEffect(() => props.onLayout(collapsed), [collapsed]);
  const collapse = (value: boolean, remember = true) => {
    setCollapsed(value);
    if (remember) props.onCollapsedChange(value);
  };
  useEffect(() => {
    props.handle({
      toggleCollapsed: () =>
        setCollapsed((c) => {
          props.onCollapsedChange(!c);
          return !c;
        }),
    });
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
