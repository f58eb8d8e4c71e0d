import { use, useState } from 'react';
import type { ComponentType } from 'react';
import type { AreaProps } from '../state/area-props';

/** An area component whose code loads on demand, plus the way to fetch it ahead of time. */
export interface LazyArea {
  (props: AreaProps): React.JSX.Element;
  /** Fetches the area's code (once); the shell calls it while the app is idle. */
  preload(): Promise<unknown>;
}

/**
 * An area whose code is its own chunk. The shell preloads it while the app is idle, so by the
 * time the planner opens the area the component is there and renders in the same frame; only an
 * area opened before its chunk arrived waits (under the frame's Suspense boundary).
 */
export function lazyArea(load: () => Promise<ComponentType<AreaProps>>): LazyArea {
  let loaded: ComponentType<AreaProps> | null = null;
  let pending: Promise<ComponentType<AreaProps> | Error> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Let a later visit try again; this one shows why the area is missing.
        pending = null;
        return error instanceof Error ? error : new Error(String(error));
      },
    ));

  function Area(props: AreaProps) {
    const [, retry] = useState(0);
    const result = loaded ?? use(preload());
    if (result instanceof Error) {
      return (
        <div className="card" role="alert">
          <p>This part of the app could not be loaded ({result.message}).</p>
          <button type="button" className="button" onClick={() => retry((n) => n + 1)}>
            Try again
          </button>
        </div>
      );
    }
    const Component = result;
    return <Component {...props} />;
  }
  return Object.assign(Area, { preload });
}
