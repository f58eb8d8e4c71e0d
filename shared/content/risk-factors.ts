/**
 * The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014) with indicators a
 * planner can tick. Factor names follow the public Framework; indicator wording is ours. Indicator
 * ids are stored in plans (situation.riskFactors[].indicators), so they never change once shipped.
 */
export const CRIME_TYPES = ['genocide', 'crimes-against-humanity', 'war-crimes'] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export const CRIME_LABELS: Record<CrimeType, string> = {
  genocide: 'Genocide',
  'crimes-against-humanity': 'Crimes against humanity',
  'war-crimes': 'War crimes',
};

/** Factors 1–8 bear on every atrocity crime; 9–14 each point to one crime type. */
export type FactorScope = 'common' | CrimeType;

export interface RiskIndicator {
  /** Stable id such as `rf8-elections`. */
  id: string;
  text: string;
  /** For triggering and enabling indicators: an observable event that could serve as a tripwire. */
  tripwireHint?: string;
}

export interface RiskFactorDefinition {
  number: number;
  /** Stable id such as `rf8`. */
  id: string;
  name: string;
  shortName: string;
  scope: FactorScope;
  /** Crime types the factor points to: all three for common factors. */
  crimes: readonly CrimeType[];
  /** Factor 6: its level records how strong mitigating factors are, so a higher level lowers risk. */
  mitigating: boolean;
  /** What the planner rates when choosing a level for this factor. */
  levelQuestion: string;
  indicators: readonly RiskIndicator[];
}

const ALL_CRIMES = ['genocide', 'crimes-against-humanity', 'war-crimes'] as const;

function factor(
  number: number,
  name: string,
  shortName: string,
  scope: FactorScope,
  levelQuestion: string,
  indicators: [string, string, string?][],
): RiskFactorDefinition {
  return {
    number,
    id: `rf${number}`,
    name,
    shortName,
    scope,
    crimes: scope === 'common' ? ALL_CRIMES : [scope],
    mitigating: number === 6,
    levelQuestion,
    indicators: indicators.map(([slug, text, tripwireHint]) => ({
      id: `rf${number}-${slug}`,
      text,
      ...(tripwireHint ? { tripwireHint } : {}),
    })),
  };
}

export const RISK_FACTORS: readonly RiskFactorDefinition[] = [
  factor(1, 'Situations of armed conflict or other forms of instability', 'Armed conflict or instability', 'common', 'How unstable is the situation?', [
    ['armed-conflict', 'An international or internal armed conflict is under way or recently ended.'],
    ['political-crisis', 'A political crisis: contested transfer of power, unconstitutional moves or attempts to unseat the government.'],
    ['emergency', 'A humanitarian or security emergency, for instance after a disaster or an epidemic.'],
    ['economic-crisis', 'Severe economic crisis or acute scarcity of land, water or food.'],
    ['unrest', 'Mass protests or unrest answered with force.'],
    ['neighbouring-instability', 'Armed conflict or instability in a neighbouring state.'],
  ]),
  factor(2, 'Record of serious violations of international human rights and humanitarian law', 'Record of serious violations', 'common', 'How serious is the record of violations?', [
    ['past-atrocities', 'Atrocity crimes or serious violations took place in the past and were never addressed.'],
    ['current-pattern', 'A current pattern of serious violations, especially against one group.'],
    ['impunity', 'Those responsible for past violations enjoy impunity.'],
    ['no-reconciliation', 'No truth-seeking, reparation or reconciliation followed past violence.'],
    ['denial', 'Past crimes are denied, justified or celebrated in public life.'],
  ]),
  factor(3, 'Weakness of State structures', 'Weak state structures', 'common', 'How weak are the institutions that should protect people?', [
    ['weak-rule-of-law', 'Laws do not protect the population adequately and courts are not independent.'],
    ['unaccountable-security', 'Security forces escape effective civilian oversight.'],
    ['no-territorial-control', 'The state does not control parts of its territory.'],
    ['corruption', 'High levels of corruption or poor governance.'],
    ['exclusive-institutions', 'State institutions exclude or under-represent some groups.'],
    ['basic-needs', 'The state lacks the resources to meet basic needs of the population.'],
  ]),
  factor(4, 'Motives or incentives', 'Motives or incentives', 'common', 'How strong are the motives to target civilians?', [
    ['power', 'Political motives: gaining, keeping or extending power.'],
    ['economic-interests', 'Economic interests, such as control of land, minerals or trade routes.'],
    ['strategic-interests', 'Military or strategic interests, such as control of territory.'],
    ['exclusionary-ideology', 'An ideology that divides people into "us" and "them" or calls for purity.'],
    ['perceived-threat', 'A group is portrayed as a threat to the nation or to another group.'],
    ['grievances', 'Deep grievances and a wish for revenge after past violence.'],
  ]),
  factor(5, 'Capacity to commit atrocity crimes', 'Capacity to commit', 'common', 'How able are potential perpetrators to carry out mass violence?', [
    ['personnel-arms', 'Potential perpetrators have enough personnel, arms and ammunition.'],
    ['financing', 'They can raise money, for instance from resources, trafficking or patrons.'],
    ['armed-groups', 'Militias or armed groups exist and are linked to political actors.'],
    ['logistics', 'Transport, communications and logistics allow forces to be moved quickly.'],
    ['external-support', 'Other states or non-state actors supply weapons, training or funding.'],
  ]),
  factor(6, 'Absence of mitigating factors', 'Mitigating factors', 'common', 'How strong are the factors that hold violence back? (a higher level lowers the risk)', [
    ['civil-society', 'A strong, organised civil society and independent, diverse media.'],
    ['independent-institutions', 'An independent judiciary and national human rights institution that act.'],
    ['international-presence', 'An international or regional presence that monitors and engages.'],
    ['external-engagement', 'States and regional bodies engaged and willing to act.'],
    ['cross-cutting-ties', 'Ties across communities and leaders who reject violence.'],
    ['security-sector-restraint', 'Security forces that are professional and respect orders to protect civilians.'],
  ]),
  factor(7, 'Enabling circumstances or preparatory action', 'Enabling circumstances', 'common', 'How far have preparations for violence gone?', [
    ['emergency-laws', 'Emergency laws or decrees that suspend rights or widen security powers.', 'Declaration of a state of emergency or decree expanding security powers'],
    ['arming-militias', 'Militias or paramilitary groups are created, armed or trained.', 'Weapons distributed to militias or new paramilitary units formed'],
    ['security-buildup', 'The security apparatus is suddenly strengthened or reorganised.', 'Unexplained reinforcement or restructuring of security units'],
    ['media-ngo-expulsion', 'Journalists, NGOs or international observers are expelled or restricted.', 'Expulsion or barring of journalists, NGOs or observers'],
    ['communication-controls', 'Internet or telephone shutdowns, or tighter control and surveillance of communications.', 'Internet or telephone shutdown in the area at risk'],
    ['hate-rhetoric', 'Inflammatory rhetoric or propaganda against a group increases.', 'Sharp rise in hate speech naming a group'],
    ['lists-marking', 'Lists of members of a group are compiled, or their homes and property marked.', 'Reports of lists or marking of homes'],
  ]),
  factor(8, 'Triggering factors', 'Triggering factors', 'common', 'How likely is a trigger in the coming months?', [
    ['security-deployment', 'Sudden deployment of security forces or start of armed hostilities.', 'Forces or armed groups massing near a populated area at risk'],
    ['spillover', 'Spill-over of armed conflict or serious tensions from a neighbouring country.', 'Armed incursion across the border'],
    ['irregular-change', 'An irregular or unconstitutional change of government, or the threat of one.', 'Coup attempt or unconstitutional seizure of power'],
    ['attacks-on-leaders', 'Attacks on the life of leaders, prominent figures or members of a group.', 'Assassination or attempted assassination of a community or political leader'],
    ['elections', 'Elections, referendums or a census, and disputes over them.', 'Announcement of contested election or census results'],
    ['incitement', 'Incitement and hate propaganda aimed at a group.', 'Broadcast or public calls for violence against a named group'],
    ['economic-shock', 'Sudden economic shock, natural disaster or epidemic.', 'Sudden price collapse, disaster or epidemic in the area at risk'],
    ['commemorations', 'Commemorations or anniversaries of past crimes or divisive events.', 'Approach of a divisive anniversary with mobilisation calls'],
  ]),
  factor(9, 'Intergroup tensions or patterns of discrimination against protected groups', 'Intergroup tensions', 'genocide', 'How severe are tensions and discrimination between groups?', [
    ['discrimination', 'Laws or practice discriminate against a national, ethnic, racial or religious group.'],
    ['exclusion', 'A group is excluded from power, public service or economic life.'],
    ['identity-denial', 'A group\'s identity, citizenship or rights are denied.'],
    ['past-intergroup-violence', 'Past episodes of violence between groups left tensions unresolved.'],
    ['resource-disputes', 'Disputes over land, water or resources run along group lines.'],
    ['negative-portrayal', 'A group is portrayed as inferior, dangerous or disloyal.'],
  ]),
  factor(10, 'Signs of an intent to destroy in whole or in part a protected group', 'Signs of intent to destroy a group', 'genocide', 'How clear are signs of an intent to destroy a group?', [
    ['intent-statements', 'Statements or documents that express an intent to destroy a group.'],
    ['targeted-killings', 'Killings that target members of a group because of who they are.'],
    ['cultural-destruction', 'Destruction of a group\'s places of worship, cultural sites or symbols.'],
    ['births-children', 'Measures to prevent births within a group or to remove its children.'],
    ['conditions-of-life', 'Conditions imposed that threaten a group\'s survival, such as siege or denial of food and medicine.'],
  ]),
  factor(11, 'Signs of a widespread or systematic attack against any civilian population', 'Signs of widespread or systematic attack', 'crimes-against-humanity', 'How widespread or systematic are attacks on civilians?', [
    ['large-scale', 'Attacks cause many civilian victims or affect a wide area.'],
    ['repeated-pattern', 'Attacks follow a repeated pattern with similar methods and targets.'],
    ['displacement', 'Mass forced displacement or deportation.'],
    ['sexual-violence', 'Widespread sexual or gender-based violence.'],
    ['disappearances', 'Arbitrary detention, torture or enforced disappearances on a large scale.'],
  ]),
  factor(12, 'Signs of a plan or policy to attack any civilian population', 'Signs of a plan or policy', 'crimes-against-humanity', 'How clear are signs of a plan or policy to attack civilians?', [
    ['orders-documents', 'Orders, plans or documents that point to a policy of attacking civilians.'],
    ['organised-preparation', 'Organised preparation: resources gathered, camps built, units assigned.'],
    ['official-involvement', 'Senior officials take part in, condone or fail to stop attacks.'],
    ['official-propaganda', 'Official propaganda that justifies violence against civilians.'],
  ]),
  factor(13, 'Serious threats to those protected under international humanitarian law', 'Threats to protected persons', 'war-crimes', 'How serious are threats to civilians and others protected in armed conflict?', [
    ['attacks-on-civilians', 'Attacks directed at civilians or civilian objects.'],
    ['indiscriminate-means', 'Indiscriminate or disproportionate use of force in populated areas.'],
    ['detainee-abuse', 'Ill-treatment or killing of detainees and prisoners.'],
    ['siege-starvation', 'Siege or starvation of civilians used as a method of warfare.'],
    ['child-recruitment', 'Recruitment and use of children by armed forces or groups.'],
    ['protected-objects', 'Attacks on hospitals, schools or places of worship.'],
  ]),
  factor(14, 'Serious threats to humanitarian or peacekeeping operations', 'Threats to humanitarian or peacekeeping operations', 'war-crimes', 'How serious are threats to humanitarian and peacekeeping operations?', [
    ['attacks-on-personnel', 'Attacks against humanitarian or peacekeeping personnel, premises or convoys.'],
    ['access-obstruction', 'Humanitarian access is obstructed or denied.'],
    ['hostile-rhetoric', 'Threats or hostile rhetoric against humanitarian or peacekeeping operations.'],
    ['looting', 'Looting or diversion of humanitarian supplies.'],
  ]),
];

const byNumber = new Map(RISK_FACTORS.map((f) => [f.number, f]));
const indicatorIndex = new Map(RISK_FACTORS.flatMap((f) => f.indicators.map((i) => [i.id, { factor: f, indicator: i }] as const)));

/** The Framework factor with this number (1–14). */
export function riskFactor(number: number): RiskFactorDefinition {
  const found = byNumber.get(number);
  if (!found) throw new Error(`No risk factor ${number}; the Framework has factors 1 to 14.`);
  return found;
}

/** The indicator with this id and its factor, or undefined for an id the catalogue does not know. */
export function findIndicator(id: string): { factor: RiskFactorDefinition; indicator: RiskIndicator } | undefined {
  return indicatorIndex.get(id);
}
