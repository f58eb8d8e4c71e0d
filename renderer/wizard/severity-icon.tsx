import type { Severity } from '../../shared/mandate/guidance-types';
import { SEVERITY_LABELS } from './labels';
import { Icon } from '../components/icons';

/** The severity as an icon plus a word for screen readers (colour is never the only signal). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className="wz-severity" data-severity={severity}>
      <Icon name={severity} size={18} />
      <span className="visually-hidden">{SEVERITY_LABELS[severity]}:</span>
    </span>
  );
}
