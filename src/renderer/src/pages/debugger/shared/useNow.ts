import { useEffect, useState } from 'react';

/**
 * Seconds since the epoch, ticking every `everyMs` so that "expires in 4 min" stays true while the
 * page is open. A fixed `pinned` time (the user's "Now") stops the clock.
 */
export function useNow(pinned: number | null, everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    if (pinned !== null) return;
    const timer = window.setInterval(() => setNow(Date.now() / 1000), everyMs);
    return () => window.clearInterval(timer);
  }, [pinned, everyMs]);
  return pinned ?? now;
}
