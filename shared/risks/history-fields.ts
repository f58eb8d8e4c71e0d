/** Names of the risk fields a history entry can record, as the app and the brief print them. */
export const RISK_FIELD_LABELS: Readonly<Record<string, string>> = {
  ref: 'Reference',
  title: 'Title',
  category: 'Category',
  cause: 'Cause',
  consequence: 'Consequence',
  likelihood: 'Likelihood',
  impact: 'Impact',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  targetLikelihood: 'Target likelihood',
  targetImpact: 'Target impact',
  owner: 'Owner',
  treatment: 'Treatment',
  mitigation: 'Mitigation',
  actions: 'Actions',
  status: 'Status',
  reviewDate: 'Next review',
  acceptance: 'Acceptance',
  linkedCapabilityIds: 'Linked capabilities',
  source: 'Source',
  sourceRef: 'Source reference',
};

/** "Cause", or the field's own name for one this list does not know. */
export const riskFieldLabel = (field: string): string => RISK_FIELD_LABELS[field] ?? field;
