/**
 * The risks a planner can add to the register in one click. Written in our words from the risks
 * the USIP Peace Brief (2012) names for political missions and preventive deployments, plus the
 * MARO dynamics (escalation, the illusion of impartiality); see DOMAIN.md. The thematic risks
 * (sexual exploitation and abuse, complicity through support to host forces, reprisals, gaps in
 * gender and child protection) follow the policies and resolutions named in their basis.
 */
import type { MissionType, RISK_CATEGORIES } from '../plan/schema';

export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export type Score = 1 | 2 | 3 | 4 | 5;

export interface RiskCatalogueEntry {
  /** Stable: a risk added from the catalogue keeps it as its sourceRef. */
  id: string;
  /** Phrased "If cause, then consequence", as the register expects. */
  title: string;
  category: RiskCategory;
  cause: string;
  consequence: string;
  mitigationIdeas: string[];
  /** Starting points for the inherent rating; the planner re-rates for the situation. */
  likelihood: Score;
  impact: Score;
  /** Where the risk comes from, so reviewers can check it. */
  basis: string;
  /** Mission types the risk mostly concerns; 'both' and 'undecided' plans see every entry. */
  appliesTo: readonly MissionType[];
}

const POLITICAL = ['political', 'both', 'undecided'] as const;
const DEPLOYMENT = ['preventive-deployment', 'both', 'undecided'] as const;
const ANY = ['political', 'preventive-deployment', 'both', 'undecided'] as const;

const BRIEF_PM = 'USIP Peace Brief (2012), risks of political missions';
const BRIEF_PD = 'USIP Peace Brief (2012), risks of preventive deployments';
const BRIEF_END = 'USIP Peace Brief (2012), conclusions';
const REVIEW = 'Domain review of the app content (2026), risks a planner would add';

export const RISK_CATALOGUE: readonly RiskCatalogueEntry[] = [
  {
    id: 'rsk-regime-buys-time',
    title: 'If the host regime welcomes the mission only to buy time, then it keeps preparing violence behind a show of cooperation',
    category: 'political',
    cause: 'A repressive government sees a consensual mission as a cheap way to ease international pressure.',
    consequence: 'The mission lends the regime credibility while a planned campaign goes ahead; warning arrives too late.',
    mitigationIdeas: [
      'Agree cooperation benchmarks with dates, and what the mandating body will do if they are missed.',
      'Keep monitoring and reporting independent of host escorts and permits.',
      'Pair the mission with complementary pressure (targeted sanctions, accountability steps).',
    ],
    likelihood: 3,
    impact: 5,
    basis: `${BRIEF_PM}; guidance when the host regime is a potential perpetrator`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-no-enforcement',
    title: 'If the mission has no means of enforcement, then potential perpetrators discount its warnings',
    category: 'political',
    cause: 'A civilian mission relies on persuasion and has nothing to back its demands.',
    consequence: 'Perpetrators calculate that the cost of going ahead is low, and persuasion fails.',
    mitigationIdeas: [
      'Link the mission to a visible ladder of consequences held by member states or the Council.',
      'Coordinate messages with actors who do hold leverage (patrons, neighbours, donors).',
    ],
    likelihood: 3,
    impact: 4,
    basis: BRIEF_PM,
    appliesTo: POLITICAL,
  },
  {
    id: 'rsk-slow-authorization',
    title: 'If authorizing, funding and equipping the mission takes months, then it arrives after the critical window',
    category: 'resourcing',
    cause: 'New missions need a mandate, a budget, personnel and equipment, each with its own approval cycle.',
    consequence: 'Protection and early warning are missing exactly when the risk peaks.',
    mitigationIdeas: [
      'Build on a presence already on the ground and expand its mandate.',
      'Use standby arrangements and pre-approved funding for a start-up team.',
      'Phase the mandate: a light first deployment while the full force is generated.',
    ],
    likelihood: 4,
    impact: 4,
    basis: BRIEF_PM,
    appliesTo: ANY,
  },
  {
    id: 'rsk-support-dependence',
    title: 'If international support and pledged commitments fade, then the mission loses the backing that makes it credible',
    category: 'political',
    cause: 'The mission depends on explicit, sustained political support from member states and the region.',
    consequence: 'Parties test the mission, pledges go unfilled, and its warnings carry less weight.',
    mitigationIdeas: [
      'Secure written commitments from a core group of states before deployment.',
      'Report regularly and visibly to keep the mandating body engaged.',
    ],
    likelihood: 3,
    impact: 4,
    basis: BRIEF_PM,
    appliesTo: ANY,
  },
  {
    id: 'rsk-moral-hazard',
    title: 'If armed groups expect the force to come to their rescue, then they provoke attacks to draw it in',
    category: 'escalation',
    cause: 'Announcing or slowly assembling a protective force changes the incentives of groups it may protect, and can lead the host to relax its own duty to protect.',
    consequence: 'Risky behaviour rises, violence increases, the host leaves protection to the force, and the force is pulled into the conflict.',
    mitigationIdeas: [
      'State publicly and early what the force will and will not do.',
      'Keep contact with all armed groups and make clear that provocation brings no reward.',
      'Hold the host to its primary responsibility to protect, with benchmarks for its own forces.',
    ],
    likelihood: 2,
    impact: 4,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-escalation-window',
    title: 'If perpetrators see their window of opportunity closing, then they accelerate attacks before the force arrives',
    category: 'escalation',
    cause: 'The threat of deployment, or a slow one, tells perpetrators that time is running out.',
    consequence: 'Violence peaks in the gap between the decision and the arrival of protection.',
    mitigationIdeas: [
      'Deploy observers and a quick-reaction element first.',
      'Consider announcing that tripwires exist and what responses follow, without publishing thresholds perpetrators could stay just below; weigh that the announcement can itself act as a trigger (Framework indicator 8.3).',
      'Pre-position humanitarian and evacuation support near the areas at risk.',
    ],
    likelihood: 3,
    impact: 5,
    basis: `${BRIEF_PD}; MARO handbook (2010), escalation dynamic`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-victim-retribution',
    title: 'If intended victims feel shielded by the force, then some of them take retribution of their own',
    category: 'protection',
    cause: 'A protective presence emboldens self-defence groups within the threatened community.',
    consequence: 'Revenge attacks create new victims and undermine the force’s standing with all sides.',
    mitigationIdeas: [
      'Apply protection and condemnation to every source of threat, not only one side.',
      'Engage community leaders on restraint; monitor self-defence groups.',
    ],
    likelihood: 2,
    impact: 4,
    basis: `${BRIEF_PD}; MARO handbook (2010), multiparty dynamic`,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-domestic-opposition',
    title: 'If publics in contributing states or Council capitals oppose the deployment, then authorization stalls or contingents are limited or withdrawn',
    category: 'political',
    cause: 'Authorizing a military option meets political opposition and public concern at home, in contributing states and among Council members.',
    consequence: 'Authorization is delayed or watered down; caveats, late arrivals or early withdrawals leave gaps in the force.',
    mitigationIdeas: [
      'Spread contributions over several states so no single withdrawal is decisive.',
      'Give contributors clear, limited objectives and an exit or review date.',
    ],
    likelihood: 3,
    impact: 3,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-anti-coalition',
    title: 'If local people, the host government or the region turn against the foreign presence, then hostility hampers patrols and cooperation',
    category: 'security',
    cause: 'Misconduct, cultural friction, disinformation campaigns or mobilisation by the host government and neighbours against "foreign troops" (Framework indicator 8.3) turn people against the force.',
    consequence: 'Information dries up, movement is restricted and the force becomes a target.',
    mitigationIdeas: [
      'Community liaison and a public information plan from day one.',
      'Strict conduct and discipline standards with visible follow-up of complaints.',
    ],
    likelihood: 3,
    impact: 3,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-casualties',
    title: 'If mission personnel are killed or wounded, then contributors lose the will to stay',
    category: 'security',
    cause: 'Armed groups attack patrols, bases or convoys, or personnel are caught in fighting.',
    consequence: 'Loss of life, reduced operations and political pressure to withdraw.',
    mitigationIdeas: [
      'Force protection matched to the threat; casualty evacuation arrangements.',
      'Threat assessments shared across the mission before every deployment.',
    ],
    likelihood: 2,
    impact: 5,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-equipment-loss',
    title: 'If equipment is lost, captured or breaks down in the field, then capacity drops and weapons may reach perpetrators',
    category: 'operational',
    cause: 'Ambushes, poor storage, harsh terrain or missing spare parts.',
    consequence: 'Fewer patrols and observation posts; captured arms strengthen armed groups.',
    mitigationIdeas: [
      'Secure storage and accountability for weapons and ammunition.',
      'Maintenance contracts and spare parts planned before deployment.',
    ],
    likelihood: 3,
    impact: 3,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-root-causes',
    title: 'If the mission only pauses the security dilemma, then root causes remain and violence returns when it leaves',
    category: 'political',
    cause: 'A deterrent presence pauses the security dilemma between the groups without solving it, while grievances, discrimination and impunity stay untouched.',
    consequence: 'Renewed violence after withdrawal, and pressure to extend the mission indefinitely.',
    mitigationIdeas: [
      'Plan the handover to a political mission or development actors from the start.',
      'Tie the deployment to a political process with milestones.',
    ],
    likelihood: 4,
    impact: 3,
    basis: BRIEF_PD,
    appliesTo: ANY,
  },
  {
    id: 'rsk-bureaucratic-politics',
    title: 'If UN entities in the field pursue separate agendas, then the integrated mission acts slowly and sends mixed messages',
    category: 'coordination',
    cause: 'Departments, agencies and funds have their own mandates, reporting lines and budgets.',
    consequence: 'Delayed decisions, duplicated work and contradictory messages to the parties.',
    mitigationIdeas: [
      'A joint task force under the head of mission with agreed priorities.',
      'Shared analysis and a single early-warning picture for all entities.',
    ],
    likelihood: 4,
    impact: 3,
    basis: BRIEF_END,
    appliesTo: ANY,
  },
  {
    id: 'rsk-settlement-vs-protection',
    title: 'If settlement talks take priority, then time-sensitive protection of civilians is delayed',
    category: 'protection',
    cause: 'Negotiators avoid steps that might upset the parties at the table.',
    consequence: 'Civilians are left exposed while the political process runs its course.',
    mitigationIdeas: [
      'State in the mandate that protection does not wait for a settlement.',
      'Separate the protection chain of command from the mediation team.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${BRIEF_PM}; guidance when atrocities are imminent or ongoing`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-impartiality-lost',
    title: 'If the mission acts to stop the perpetrators, then they treat it as a party to the conflict',
    category: 'security',
    cause: 'Protecting civilians against one side ends the appearance of impartiality.',
    consequence: 'Access is denied, staff are threatened and the mission’s mediation role suffers.',
    mitigationIdeas: [
      'Explain in advance that the mission acts on conduct, not on identity: in UN doctrine, acting against any party that attacks civilians is impartial implementation of the mandate.',
      'Prepare security measures for the moment the stance becomes protection-first.',
    ],
    likelihood: 3,
    impact: 3,
    basis: `MARO handbook (2010), illusion of impartiality; ${BRIEF_END}`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-deterrence-not-credible',
    title: 'If no state commits to back the force militarily, then its deterrent threat is not believed',
    category: 'security',
    cause: 'Contributors accept a defensive presence but not the prospect of offensive action.',
    consequence: 'Perpetrators call the bluff; the force must watch or withdraw when tripwires are crossed.',
    mitigationIdeas: [
      'Obtain explicit commitments for reinforcement before deployment.',
      'Prepare a ladder of responses up to explicit military threats.',
    ],
    likelihood: 3,
    impact: 5,
    basis: BRIEF_PD,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-early-warning-unread',
    title: 'If early-warning signs are collected but not interpreted, then the mission misses the shift towards atrocities',
    category: 'operational',
    cause: 'The mission lacks analysts, a shared indicator framework or the time to read field reports.',
    consequence: 'No warning reaches decision-makers or the communities at risk in time.',
    mitigationIdeas: [
      'Recruit or second analysts trained on the UN Framework of Analysis.',
      'Weekly indicator review with a named decision-maker.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${BRIEF_END}; UN Framework of Analysis for Atrocity Crimes (2014)`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-spillover',
    title: 'If violence spreads across the border, then neighbouring states and their proxies are drawn in',
    category: 'escalation',
    cause: 'Armed groups use bases, supply lines or kin communities in neighbouring countries.',
    consequence: 'A regional crisis that the mission’s mandate and footprint do not cover.',
    mitigationIdeas: [
      'Monitor border areas and report developments that could undermine stability.',
      'Engage neighbouring states and the regional organization early.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${BRIEF_PD}; UNPREDEP border monitoring precedent`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-consent-withdrawn',
    title: 'If the host government withdraws its consent, then the mission must leave or lose its freedom of movement',
    category: 'political',
    cause: 'The host feels criticised, or the mission’s reporting touches its own forces.',
    consequence: 'Monitoring stops and the population loses its protective presence.',
    mitigationIdeas: [
      'Keep a working channel to the host at several levels.',
      'Agree with the mandating body in advance how it will respond to expulsion.',
    ],
    likelihood: 2,
    impact: 5,
    basis: `${BRIEF_END}; dependence on host consent`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-reprisals',
    title: 'If people who cooperate with the mission are identified, then they suffer reprisals and the mission loses its sources',
    category: 'protection',
    cause: 'Witnesses, victims, human rights defenders and community contacts are seen meeting the mission, or its reports can be traced back to them.',
    consequence: 'Those who spoke are threatened, detained or killed; others stop talking and early warning dries up.',
    mitigationIdeas: [
      'Protect the confidentiality of sources in collection, storage and reporting; report only what cannot be traced back.',
      'Agree with each contact how to meet safely; follow up on everyone interviewed.',
      'Report reprisals to the mandating body and raise them with the authorities responsible.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${REVIEW}; do-no-harm in human rights monitoring`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-complicity-host-forces',
    title: 'If the mission supports host security forces that commit violations, then the United Nations becomes complicit in the crimes it exists to prevent',
    category: 'reputational',
    cause: 'Advice, training, logistics or joint operations go to units with a record of serious violations, or to a regime that is itself a potential perpetrator.',
    consequence: 'Support strengthens perpetrators, the mission loses credibility with the people at risk, and the Organization is exposed legally and politically.',
    mitigationIdeas: [
      'Carry out the risk assessment the Human Rights Due Diligence Policy requires before any support, and set mitigating measures.',
      'Make support conditional on conduct; suspend it when grave violations are committed.',
      'Monitor supported units and report on them.',
    ],
    likelihood: 3,
    impact: 5,
    basis: 'Human Rights Due Diligence Policy (2011; A/67/775–S/2013/110)',
    appliesTo: ANY,
  },
  {
    id: 'rsk-violence-displaced',
    title: 'If perpetrators avoid the mission’s areas of deployment, then violence moves to places the mission does not cover',
    category: 'protection',
    cause: 'A visible presence protects the places it covers, and perpetrators shift to districts, routes or neighbouring areas beyond its reach.',
    consequence: 'Attacks continue out of sight; the mission reports calm where it is and misses the violence elsewhere.',
    mitigationIdeas: [
      'Watch indicators outside the footprint too (mobile teams, community alert networks, surveillance).',
      'Keep a reserve able to move to new hotspots; review the areas of deployment regularly.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${REVIEW}; MARO handbook (2010), multiparty dynamic`,
    appliesTo: ANY,
  },
  {
    id: 'rsk-contributor-stake',
    title: 'If troop or police contributors have a stake in the conflict, then the force is seen as partial and its units act on national interests',
    category: 'political',
    cause: 'Neighbouring states, or states allied to a party, offer contingents because the outcome matters to them.',
    consequence: 'Parties reject the force, contingents follow national orders, and the mission’s impartial implementation is doubted.',
    mitigationIdeas: [
      'Balance the force so that no contributor with a stake holds decisive positions or the areas closest to its interest.',
      'Screen offers for links to the parties; keep command and reporting lines under the mission.',
    ],
    likelihood: 3,
    impact: 4,
    basis: `${REVIEW}; force generation practice`,
    appliesTo: DEPLOYMENT,
  },
  {
    id: 'rsk-sea',
    title: 'If mission personnel sexually exploit or abuse members of the population, then victims are harmed and the mission loses the trust it depends on',
    category: 'reputational',
    cause: 'Power over vulnerable people, weak vetting, training or supervision, and impunity for misconduct.',
    consequence: 'Grave harm to victims, loss of community cooperation, repatriation of units and political damage to the mission.',
    mitigationIdeas: [
      'Vetting, pre-deployment training and a conduct and discipline team from the start.',
      'Safe complaint channels in the community, assistance to victims, and action on every allegation.',
    ],
    likelihood: 2,
    impact: 5,
    basis: 'UN zero-tolerance policy on sexual exploitation and abuse (ST/SGB/2003/13); resolution 2272 (2016)',
    appliesTo: ANY,
  },
  {
    id: 'rsk-gender-blind-warning',
    title: 'If early warning is not gender-responsive, then threats to women and girls, including sexual violence used as a tool of terror, go unseen until too late',
    category: 'operational',
    cause: 'Indicators, sources and patrols reach mostly men; violence against women is under-reported and not disaggregated.',
    consequence: 'An early marker of atrocity crimes (Framework indicator 7.9) is missed, and protection does not reach women and girls.',
    mitigationIdeas: [
      'Women’s protection advisers and women in patrols and community liaison.',
      'Sex- and age-disaggregated reporting; monitoring, analysis and reporting arrangements on conflict-related sexual violence.',
    ],
    likelihood: 3,
    impact: 4,
    basis: 'Resolutions 1325 (2000), 1888 (2009) and 1960 (2010)',
    appliesTo: ANY,
  },
  {
    id: 'rsk-grave-violations-children',
    title: 'If grave violations against children are not monitored, then recruitment and attacks on children continue without consequence',
    category: 'protection',
    cause: 'No child protection capacity; the mission does not feed the monitoring and reporting mechanism.',
    consequence: 'Parties recruit and use children, attack schools and hospitals, and are never listed or engaged.',
    mitigationIdeas: [
      'Child protection advisers in the staffing table; a country task force for the monitoring and reporting mechanism.',
      'Engage parties on action plans to end violations against children.',
    ],
    likelihood: 3,
    impact: 4,
    basis: 'Resolution 1612 (2005): monitoring and reporting mechanism',
    appliesTo: ANY,
  },
  {
    id: 'rsk-humanitarian-space',
    title: 'If the force’s support to aid blurs the line with humanitarian actors, then humanitarian access and the safety of aid workers suffer',
    category: 'coordination',
    cause: 'Military assets deliver aid, escort convoys or secure corridors without a request from humanitarian actors or when civilian means exist.',
    consequence: 'Parties see aid as part of the military effort; aid workers are targeted and access narrows.',
    mitigationIdeas: [
      'Use military assets only at the request of humanitarian actors and as a last resort.',
      'Civil-military coordination arrangements with OCHA from the start.',
    ],
    likelihood: 3,
    impact: 3,
    basis: 'MCDA Guidelines for complex emergencies (2003, rev. 2006); UN-CMCoord',
    appliesTo: DEPLOYMENT,
  },
];

const byId = new Map(RISK_CATALOGUE.map((e) => [e.id, e]));

/** The catalogue entry with this id, if it exists. */
export function riskCatalogueEntry(id: string): RiskCatalogueEntry | undefined {
  return byId.get(id);
}

/** Entries relevant to a mission type, in catalogue order. */
export function riskCatalogueFor(type: MissionType): RiskCatalogueEntry[] {
  return RISK_CATALOGUE.filter((e) => e.appliesTo.includes(type));
}
