import { useEffect, useState } from 'preact/hooks';
import { Panel, type PanelProps } from './Panel';

export interface AppHandle {
  toggleCollapsed(): void;
  toggleInactivity(): void;
}

/** Panel plus the state that is the panel's own: collapsed or not, the inactivity timer. */
export function App(
  props: Omit<PanelProps, 'collapsed' | 'onCollapse' | 'inactivityStartedAt' | 'onInactivity'> & {
    initiallyCollapsed: boolean;
    onCollapsedChange: (collapsed: boolean) => void;
    onInactivityChange: (startedAt: number | undefined) => void;
    handle: (handle: AppHandle) => void;
  },
) {
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  const [startedAt, setStartedAt] = useState<number | undefined>();
  const collapse = (value: boolean) => {
    setCollapsed(value);
    props.onCollapsedChange(value);
  };
  const inactivity = (start: boolean) => {
    const value = start ? Date.now() : undefined;
    setStartedAt(value);
    props.onInactivityChange(value);
  };
  useEffect(() => {
    props.handle({
      toggleCollapsed: () => setCollapsed((c) => !c),
      toggleInactivity: () =>
        setStartedAt((s) => {
          const value = s ? undefined : Date.now();
          props.onInactivityChange(value);
          return value;
        }),
    });
  }, []);
  return (
    <Panel
      {...props}
      collapsed={collapsed}
      onCollapse={collapse}
      inactivityStartedAt={startedAt}
      onInactivity={inactivity}
    />
  );
}
