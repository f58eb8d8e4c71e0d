/**
 * The capability checklists the app ships: what a mission needs to see, to be trained for and to
 * coordinate in order to prevent atrocities. Our wording, from DOMAIN.md "Capability checklists"
 * and the conclusions of the USIP Peace Brief (2012). Critical items carry the risk their absence
 * creates, so a gap in the checklist can become a linked risk in the register.
 */
import type { CapabilityArea, Mission, MissionType } from '../plan/schema';
import type { RiskCategory, Score } from './risk-catalogue';

export type Posture = Mission['posture'];

/** The risk a missing critical capability creates, ready to become a register draft. */
export interface SuggestedRiskTemplate {
  title: string;
  category: RiskCategory;
  cause: string;
  consequence: string;
  likelihood: Score;
  impact: Score;
  mitigation: string;
  /** The risk catalogue entry this gap feeds, when there is one. */
  riskCatalogueId: string | null;
}

export interface ChecklistCatalogueItem {
  id: string;
  area: CapabilityArea;
  title: string;
  description: string;
  critical: boolean;
  /** Present exactly when the item is critical. */
  suggestedRisk: SuggestedRiskTemplate | null;
  /** Where the item is relevant; absent means every mission. */
  relevantWhen: { missionTypes?: readonly MissionType[]; postures?: readonly Posture[] } | null;
}

const DEPLOYMENT = { missionTypes: ['preventive-deployment', 'both', 'undecided'] } as const;
const POLITICAL = { missionTypes: ['political', 'both', 'undecided'] } as const;

const SURVEILLANCE: ChecklistCatalogueItem[] = [
  {
    id: 'chk-surv-indicator-framework',
    area: 'surveillance',
    title: 'Early-warning indicator framework adapted to the country',
    description: 'A short list of atrocity indicators drawn from the UN Framework of Analysis, tailored to local actors, places and calendars, with thresholds that trigger a report.',
    critical: true,
    suggestedRisk: {
      title: 'If there is no agreed indicator framework, then warning signs are noticed piecemeal and acted on late',
      category: 'operational',
      cause: 'Field staff report what they see without a shared list of what matters.',
      consequence: 'Patterns across districts go unnoticed until violence is under way.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Adapt the UN Framework of Analysis indicators to the country and brief every team on them.',
      riskCatalogueId: 'rsk-early-warning-unread',
    },
    relevantWhen: null,
  },
  {
    id: 'chk-surv-analysts',
    area: 'surveillance',
    title: 'Analysts able to interpret atrocity indicators',
    description: 'Named staff with the training and time to read field reports against the indicators and tell decision-makers when the picture changes.',
    critical: true,
    suggestedRisk: {
      title: 'If no one can interpret early-warning indicators, then the mission misses the shift towards atrocities',
      category: 'operational',
      cause: 'Reports arrive but nobody is tasked or trained to analyse them.',
      consequence: 'Decision-makers and communities at risk receive no timely warning.',
      likelihood: 3,
      impact: 5,
      mitigation: 'Recruit or second analysts trained on the Framework of Analysis; set a weekly indicator review.',
      riskCatalogueId: 'rsk-early-warning-unread',
    },
    relevantWhen: null,
  },
  {
    id: 'chk-surv-hr-monitors',
    area: 'surveillance',
    title: 'Human-rights monitors in the areas at risk',
    description: 'Monitors who observe, document and report abuses where threatened communities live, able to travel without host escorts.',
    critical: true,
    suggestedRisk: {
      title: 'If abuses in the areas at risk go unobserved, then perpetrators act without fear of exposure',
      category: 'protection',
      cause: 'No monitors are deployed, or they cannot reach the districts concerned.',
      consequence: 'The deterrent effect of witness is lost and abuses go unreported.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Deploy mobile monitoring teams and negotiate freedom of movement.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-surv-assets',
    area: 'surveillance',
    title: 'Surveillance assets able to monitor and report',
    description: 'Patrols, observation posts, aerial or remote sensing that let the force see the areas at risk and report what it sees.',
    critical: true,
    suggestedRisk: {
      title: 'If the force cannot see the areas at risk, then it loses the power of witness that deters perpetrators',
      category: 'operational',
      cause: 'Too few patrols, posts or sensors for the terrain and the distances.',
      consequence: 'Attacks are planned and carried out unseen; the force reacts only to rumours.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Match observation posts and aerial assets to the map of places at risk.',
      riskCatalogueId: null,
    },
    relevantWhen: DEPLOYMENT,
  },
  {
    id: 'chk-surv-tripwire-observation',
    area: 'surveillance',
    title: 'Observation of every tripwire of the over-the-horizon force',
    description: 'For each tripwire, who watches for it, how it is confirmed, and how fast the report reaches the commander who commits the force.',
    critical: true,
    suggestedRisk: {
      title: 'If no one is watching the tripwires, then the over-the-horizon force is committed too late',
      category: 'escalation',
      cause: 'The force is held outside the area and relies on others to report that a tripwire was crossed.',
      consequence: 'Perpetrators cross the line unseen and the contingency force arrives after the killing starts.',
      likelihood: 3,
      impact: 5,
      mitigation: 'Name an observer and a reporting deadline for each tripwire; rehearse the alert chain.',
      riskCatalogueId: 'rsk-deterrence-not-credible',
    },
    relevantWhen: { postures: ['over-the-horizon'] },
  },
  {
    id: 'chk-surv-new-technology',
    area: 'surveillance',
    title: 'New technologies for information on civilian insecurity',
    description: 'Satellite imagery, mobile reporting and open-source monitoring that add to what teams on the ground can see.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-surv-reporting-chain',
    area: 'surveillance',
    title: 'Reporting chain to headquarters and the mandating body',
    description: 'Agreed formats, deadlines and a named route by which urgent warnings reach mission leadership, headquarters and the Council.',
    critical: true,
    suggestedRisk: {
      title: 'If urgent reports stall inside the mission, then the mandating body learns of warning signs too late',
      category: 'coordination',
      cause: 'No fast route from field teams to leadership and headquarters.',
      consequence: 'Decisions on reinforcement or public warning come after events.',
      likelihood: 2,
      impact: 4,
      mitigation: 'Set a flash-report procedure with named recipients and a 24-hour deadline.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-surv-evidence',
    area: 'surveillance',
    title: 'Evidence handling and protection of sources',
    description: 'Secure storage, chain of custody and consent rules so that testimony can serve accountability without endangering witnesses.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-surv-media-monitoring',
    area: 'surveillance',
    title: 'Monitoring of incitement and rumours in local media',
    description: 'A small cell that follows radio, social media and leaflets for hate speech and rumours, and feeds rumour control.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
];

const TRAINING: ChecklistCatalogueItem[] = [
  {
    id: 'chk-trn-atrocity-prevention',
    area: 'training',
    title: 'Atrocity-prevention training for all staff and contingents',
    description: 'Everyone deployed can recognise the warning signs of atrocity crimes and knows what to do and whom to tell.',
    critical: true,
    suggestedRisk: {
      title: 'If staff are not trained to recognise atrocity risk, then warning signs are mistaken for ordinary crime or fighting',
      category: 'operational',
      cause: 'Pre-deployment training covers conflict management only.',
      consequence: 'Early signs are not reported or acted on.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Add an atrocity-prevention module to induction and pre-deployment training.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-trn-doctrine',
    area: 'training',
    title: 'Doctrine that covers non-state perpetrators',
    description: 'Concepts of operations and guidance that treat militias and armed movements, not only state forces, as potential perpetrators.',
    critical: true,
    suggestedRisk: {
      title: 'If doctrine assumes only state perpetrators, then the mission is unprepared when militias attack civilians',
      category: 'operational',
      cause: 'Guidance is borrowed from peacekeeping and counter-insurgency doctrine.',
      consequence: 'Commanders improvise when non-state groups turn on a community.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Write mission-specific guidance on non-state perpetrators and test it in an exercise.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-trn-planning',
    area: 'training',
    title: 'Planning capacity for atrocity scenarios',
    description: 'Planners who can prepare contingency plans for the most likely and most dangerous atrocity scenarios.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-trn-protection-of-civilians',
    area: 'training',
    title: 'Protection of civilians across its tiers and phases',
    description: 'Training on dialogue and engagement, physical protection and a protective environment, through prevention, pre-emption, response and consolidation.',
    critical: true,
    suggestedRisk: {
      title: 'If contingents are not trained to protect civilians, then they stand by when civilians are attacked',
      category: 'protection',
      cause: 'Units are trained for force protection and patrolling, not for protecting civilians.',
      consequence: 'Attacks happen near the mission without a response, and trust collapses.',
      likelihood: 3,
      impact: 5,
      mitigation: 'Scenario-based protection-of-civilians training before deployment and at mid-rotation.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-trn-impartiality',
    area: 'training',
    title: 'Guidance on impartiality when atrocities are imminent',
    description: 'Leadership guidance on when and how the mission sets aside impartiality to protect people, and how to explain it.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-trn-rules-of-engagement',
    area: 'training',
    title: 'Rules of engagement that allow protecting civilians from any source of threat',
    description: 'Rules of engagement and directives on the use of force that cover protection of civilians, understood down to section level.',
    critical: true,
    suggestedRisk: {
      title: 'If the rules of engagement do not cover protection of civilians, then troops hesitate when attacks begin',
      category: 'security',
      cause: 'The rules are silent or ambiguous on force to protect others.',
      consequence: 'Delay or inaction during an attack; contingents read the rules differently.',
      likelihood: 3,
      impact: 5,
      mitigation: 'Review the rules with the force legal adviser and rehearse them in scenarios.',
      riskCatalogueId: null,
    },
    relevantWhen: DEPLOYMENT,
  },
  {
    id: 'chk-trn-evacuation',
    area: 'training',
    title: 'Evacuation and relocation procedures rehearsed',
    description: 'Plans and rehearsals for moving civilians and staff out of danger, including support to non-combatant evacuation operations.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: DEPLOYMENT,
  },
  {
    id: 'chk-trn-mediation',
    area: 'training',
    title: 'Mediation and negotiation skills in the political team',
    description: 'Staff able to mediate between the parties and to hold anticipatory talks with leaders, including potential perpetrators.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: POLITICAL,
  },
  {
    id: 'chk-trn-survivors',
    area: 'training',
    title: 'Safe work with survivors and witnesses',
    description: 'Do-no-harm interviewing, referral to services and gender-sensitive practice for everyone who meets survivors.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
];

const COORDINATION: ChecklistCatalogueItem[] = [
  {
    id: 'chk-crd-integrated-mission',
    area: 'coordination',
    title: 'Integrated mission arrangements with UN actors in the field',
    description: 'A joint structure, shared analysis and agreed priorities between the mission and UN agencies, funds and programmes.',
    critical: true,
    suggestedRisk: {
      title: 'If UN entities in the field work separately, then efforts and messages to the parties conflict',
      category: 'coordination',
      cause: 'No joint structure or shared priorities between the mission and the UN country team.',
      consequence: 'Delays, duplication and mixed messages that perpetrators can exploit.',
      likelihood: 4,
      impact: 3,
      mitigation: 'Set up an integrated task force chaired by the head of mission.',
      riskCatalogueId: 'rsk-bureaucratic-politics',
    },
    relevantWhen: null,
  },
  {
    id: 'chk-crd-international',
    area: 'coordination',
    title: 'Coordination with other international actors',
    description: 'Regular contact with embassies, envoys and donors so that diplomatic pressure is consistent.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-crd-regional',
    area: 'coordination',
    title: 'Working arrangements with regional organizations',
    description: 'Liaison, shared assessments and a division of labour with the regional organization and neighbouring states.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-crd-local',
    area: 'coordination',
    title: 'Liaison with local actors, civil society and communities at risk',
    description: 'Channels through which threatened communities, local leaders and civil society can reach the mission and be warned by it.',
    critical: true,
    suggestedRisk: {
      title: 'If communities at risk have no channel to the mission, then their warnings and needs go unheard',
      category: 'protection',
      cause: 'No community liaison staff or alert networks in the districts at risk.',
      consequence: 'The mission learns of threats late, and people do not know where to turn.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Recruit community liaison assistants and set up community alert networks.',
      riskCatalogueId: null,
    },
    relevantWhen: null,
  },
  {
    id: 'chk-crd-host',
    area: 'coordination',
    title: 'Working channels with the host authorities',
    description: 'A status agreement, liaison officers and regular meetings that keep consent alive and access open.',
    critical: true,
    suggestedRisk: {
      title: 'If there is no working channel to the host authorities, then consent erodes unnoticed',
      category: 'political',
      cause: 'Contact with the government depends on one or two personal relationships.',
      consequence: 'Restrictions on movement, or withdrawal of consent, come without warning.',
      likelihood: 2,
      impact: 5,
      mitigation: 'Agree liaison arrangements at several levels and review them monthly.',
      riskCatalogueId: 'rsk-consent-withdrawn',
    },
    relevantWhen: null,
  },
  {
    id: 'chk-crd-evacuating-states',
    area: 'coordination',
    title: 'Arrangements with states evacuating their nationals',
    description: 'Agreements with states that may extract their citizens, so that evacuations also encourage national forces to protect local civilians.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: DEPLOYMENT,
  },
  {
    id: 'chk-crd-information-sharing',
    area: 'coordination',
    title: 'Information-sharing arrangements',
    description: 'What is shared with whom, under which protections, so partners can act on warnings without exposing sources.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: null,
  },
  {
    id: 'chk-crd-humanitarian',
    area: 'coordination',
    title: 'Coordination with humanitarian agencies',
    description: 'Joint planning of corridors, protection of camps, air drops and evacuations with humanitarian actors.',
    critical: false,
    suggestedRisk: null,
    relevantWhen: DEPLOYMENT,
  },
  {
    id: 'chk-crd-military-backing',
    area: 'coordination',
    title: 'Commitments from states to back the force militarily',
    description: 'Standing pledges of reinforcement if deterrence fails and compellence is needed, known to the force commander.',
    critical: true,
    suggestedRisk: {
      title: 'If no state stands ready to reinforce the force, then its deterrent threat is not believed',
      category: 'security',
      cause: 'Contributors accept a defensive presence but have not pledged reinforcement.',
      consequence: 'Perpetrators call the bluff when tripwires are crossed.',
      likelihood: 3,
      impact: 5,
      mitigation: 'Obtain written reinforcement pledges before deployment.',
      riskCatalogueId: 'rsk-deterrence-not-credible',
    },
    relevantWhen: DEPLOYMENT,
  },
];

export const CHECKLIST_CATALOGUE: readonly ChecklistCatalogueItem[] = [...SURVEILLANCE, ...TRAINING, ...COORDINATION];

const byId = new Map(CHECKLIST_CATALOGUE.map((e) => [e.id, e]));

/** The catalogue item with this id, if it exists. */
export function checklistCatalogueItem(id: string): ChecklistCatalogueItem | undefined {
  return byId.get(id);
}

/** Whether a catalogue item matters for a mission of this type and posture. */
export function isRelevantFor(item: ChecklistCatalogueItem, mission: Pick<Mission, 'type' | 'posture'>): boolean {
  const when = item.relevantWhen;
  if (!when) return true;
  if (when.missionTypes && !when.missionTypes.includes(mission.type)) return false;
  if (when.postures && !when.postures.includes(mission.posture)) return false;
  return true;
}
