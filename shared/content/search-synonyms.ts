/**
 * Words a planner types for the same idea as the clause library's wording. Each group is one idea;
 * a search for any of its terms finds clauses that use any other. Kept small and specific to
 * atrocity prevention: a broad group ("support") would turn every search into the whole library.
 * Terms are written as a planner would type them; the search normalises spelling and plurals.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['camp', 'idp', 'internally displaced', 'displaced', 'displacement', 'refugee'],
  ['backing', 'back the force', 'reinforcement', 'reinforce', 'commitment of troops', 'enablers'],
  ['mediation', 'mediate', 'mediator', 'good offices', 'facilitation'],
  ['incitement', 'hate speech', 'inflammatory', 'propaganda'],
  ['early warning', 'alert', 'warning signs'],
  ['protection of civilians', 'poc', 'protect civilians'],
  ['sexual violence', 'crsv', 'rape'],
  ['child', 'children', 'minors'],
  ['women', 'gender'],
  ['election', 'electoral', 'vote', 'polls'],
  ['police', 'law enforcement', 'gendarmerie'],
  ['troops', 'soldiers', 'military personnel', 'contingents'],
  ['over the horizon', 'contingency force', 'reserve'],
  ['tripwire', 'trigger', 'red line'],
  ['ceasefire', 'truce', 'cessation of hostilities'],
  ['humanitarian access', 'aid access', 'relief'],
  ['evacuation', 'evacuate', 'extraction'],
  ['accountability', 'impunity', 'justice', 'prosecution'],
  ['evidence', 'documentation', 'investigation'],
  ['report', 'briefing', 'update the council'],
  ['human rights', 'hr monitoring', 'abuses', 'violations'],
  ['rumour', 'rumor', 'misinformation', 'disinformation'],
  ['border', 'cross-border', 'spill-over', 'spillover'],
  ['host state', 'host government', 'government consent', 'consent'],
  ['deterrence', 'deterrent', 'dissuade', 'dissuasion'],
  ['envoy', 'special representative', 'srsg'],
  ['exit', 'end state', 'drawdown', 'withdrawal'],
  ['sanction', 'further measures', 'arms embargo'],
];
