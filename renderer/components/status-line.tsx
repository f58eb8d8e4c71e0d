import { useEffect, useState } from 'react';

/** How long a status message stays on screen. */
const VISIBLE_MS = 6000;

export interface StatusLineProps {
  status: { id: number; text: string } | null;
}

/** A polite live region for "Saved …"-type messages; each new message restarts the timer. */
export function StatusLine({ status }: StatusLineProps) {
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setHiddenId(status.id), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const visible = status !== null && status.id !== hiddenId;
  return (
    <div className={visible ? 'status-line status-line-visible' : 'status-line'} role="status" aria-live="polite">
      {visible ? status.text : ''}
    </div>
  );
}
