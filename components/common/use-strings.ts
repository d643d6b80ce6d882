import { useEffect, useState } from 'preact/hooks';
import { onStringsChange } from '../../lib/i18n';

/**
 * Re-renders the calling component when the interface language changes or its strings finish loading: a view that
 * could not wait for them (the x.com prompt draws at once) shows English first, then its language.
 */
export function useStrings(): void {
  const [, setVersion] = useState(0);
  useEffect(() => onStringsChange(() => setVersion((version) => version + 1)), []);
}
