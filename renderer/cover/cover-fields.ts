/** The editable cover fields, their labels and hints, in form order. */
import type { Cover } from '../../shared/plan/schema';

export type CoverTextKey = Exclude<keyof Cover, 'createdAt' | 'modifiedAt' | 'classification'>;

export const COVER_TEXT_FIELDS: readonly { key: CoverTextKey; label: string; hint?: string }[] = [
  { key: 'title', label: 'Plan title', hint: 'Shown in the window title, on the brief cover and in recent files.' },
  { key: 'missionName', label: 'Mission name', hint: 'As the mandating body would name it, with its acronym.' },
  { key: 'countryRegion', label: 'Country or region' },
  { key: 'author', label: 'Author' },
  { key: 'organisation', label: 'Organisation' },
];

/** Common handling markings; a plan may carry another one, which the select keeps. */
export const CLASSIFICATION_OPTIONS = [
  { value: '', label: 'No marking' },
  { value: 'UNCLASSIFIED', label: 'UNCLASSIFIED' },
  { value: 'RESTRICTED', label: 'RESTRICTED' },
  { value: 'CONFIDENTIAL', label: 'CONFIDENTIAL' },
  { value: 'STRICTLY CONFIDENTIAL', label: 'STRICTLY CONFIDENTIAL' },
] as const;
