/**
 * Specific risk factors 9–14 of the UN Framework of Analysis for Atrocity Crimes (2014): genocide
 * (9–10), crimes against humanity (11–12), war crimes (13–14). Indicator text is our paraphrase.
 * Where no readable source quoted a list, only indicators we are sure the Framework contains are
 * listed, each marked `unconfirmed` where its number or wording rests on memory.
 */
import { FROM_MEMORY, SOURCES, factor } from './types';

const NUMBER_FROM_MEMORY = 'number and wording from the published Framework as best known; not confirmed by a source';

export const FACTORS_9_TO_14 = [
  factor(9, {
    name: 'Intergroup tensions or patterns of discrimination against protected groups',
    shortName: 'Intergroup tensions or discrimination',
    definition: 'Past or present conduct that reveals serious prejudice against protected groups and strains relations between groups or with the State, creating an environment conducive to atrocity crimes.',
    scope: 'genocide',
    levelQuestion: 'How serious are prejudice, discrimination and tension against protected groups?',
    basis: `definition and 9.1–9.6 checked against ${SOURCES.rf9}`,
    indicators: [
      ['9.1', 'discrimination', 'Past or present serious discriminatory, segregating, restrictive or exclusionary practices, policies or laws against protected groups.'],
      ['9.2', 'identity-denial', 'The existence of protected groups, or elements of their identity, is denied.'],
      ['9.3', 'impunity-history', 'A history of atrocity crimes committed with impunity against protected groups.'],
      ['9.4', 'resource-disputes', 'Past or present serious tensions or conflicts between protected groups, or with the State, over rights and resources, socio-economic gaps, a say in decisions, security, expressions of identity or how the targeted group is seen.'],
      ['9.5', 'other-group-tensions', 'Past or present serious tensions between other kinds of groups (political, social, cultural, regional) that could turn along national, ethnic, racial or religious lines.'],
      ['9.6', 'no-mechanisms', 'No national mechanisms or initiatives to deal with identity-based tensions or conflict.'],
    ],
  }),
  factor(10, {
    name: 'Signs of an intent to destroy in whole or in part a protected group',
    shortName: 'Signs of intent to destroy a group',
    definition: 'Facts or circumstances suggesting an intent, by action or omission, to destroy all or part of a protected group because of its national, ethnic, racial or religious identity, or the perception of it.',
    scope: 'genocide',
    levelQuestion: 'How clear are signs of an intent to destroy a protected group in whole or in part?',
    basis: FROM_MEMORY,
    listUnconfirmed: FROM_MEMORY,
    indicators: [
      ['10.1', 'intent-statements', 'Official documents, political manifestos, media records or other material that reveal a direct intent, or incitement, to target a protected group, or from which such intent can reasonably be inferred.'],
      ['10.2', 'targeted-killings', 'Targeted physical elimination, rapid or gradual, of members of a protected group, even of selected parts of it, that could bring about the group’s destruction.'],
      ['10.3', 'targeted-violence', 'Widespread or systematic discriminatory or targeted practices or violence against the lives, freedom or physical and moral integrity of a protected group, even short of elimination.'],
      ['10.4', 'births-children', 'Policies or measures that seriously affect women’s reproductive rights, or that plan to separate or forcibly transfer children of a protected group.'],
      ['10.5', 'dehumanising-violence', 'Especially harmful or dehumanising methods of violence that aim to humiliate, terrorise or break up a protected group, or to change its identity.'],
      ['10.6', 'prohibited-means', 'Especially harmful means of violence, or means prohibited by international law such as banned weapons, used against a protected group.'],
      ['10.7', 'public-euphoria', 'Public euphoria expressed at having control over a protected group and its existence.'],
      ['10.8', 'cultural-destruction', 'Homes, farms, businesses or other livelihoods of a protected group attacked or destroyed, or its cultural and religious symbols and property.'],
      ['10.9', 'leaders-age-groups', 'Targeted elimination of community leaders, or of men or women of a particular age group or another demographically significant part of the group.', undefined, NUMBER_FROM_MEMORY],
    ],
  }),
  factor(11, {
    name: 'Signs of a widespread or systematic attack against any civilian population',
    shortName: 'Signs of widespread or systematic attack',
    definition: 'Signs of violent conduct, including but not limited to attacks using force, against any civilian population, that point to massive and frequent violence (widespread) or violence with a methodical, organised pattern (systematic).',
    scope: 'crimes-against-humanity',
    levelQuestion: 'How far do scale, pattern, organisation and resources point to a widespread or systematic attack?',
    basis: FROM_MEMORY,
    listUnconfirmed: FROM_MEMORY,
    indicators: [
      ['11.1', 'repeated-pattern', 'Signs of patterns of violence against civilian populations, or against members of an identifiable group, their property, livelihoods and cultural or religious symbols.'],
      ['11.2', 'large-scale', 'More civilian populations or areas targeted, or more violent acts against civilians, of more types, on a larger scale or of greater gravity.'],
      ['11.3', 'organisation', 'Violent acts, and the weapons used against civilians, more organised or coordinated.'],
      ['11.4', 'media-incitement', 'Media or other means used to provoke or incite violent acts.'],
      ['11.5', 'resources', 'Access to and use of significant public or private resources — military, logistic or financial — to commit violent acts.'],
    ],
  }),
  factor(12, {
    name: 'Signs of a plan or policy to attack any civilian population',
    shortName: 'Signs of a plan or policy',
    definition: 'Facts or evidence suggesting a State or organisational policy, even if not stated or formally adopted, to commit serious acts of violence against any civilian population.',
    scope: 'crimes-against-humanity',
    levelQuestion: 'How clear are signs of a State or organisational plan or policy to attack civilians?',
    basis: `definition: ${SOURCES.definitions}; ${FROM_MEMORY}`,
    listUnconfirmed: FROM_MEMORY,
    indicators: [
      ['12.1', 'orders-documents', 'Official documents, political manifestos, media records or other material that reveal a State or organisational plan or policy to target civilian populations or protected groups, or from which one can be inferred.'],
      ['12.2', 'discriminatory-security', 'Discriminatory security procedures adopted against different groups of the population.'],
      ['12.3', 'demographic-change', 'Measures that change the ethnic, religious, racial or political make-up of the population, overall or in defined areas.'],
      ['12.4', 'parallel-structures', 'Parallel institutions or autonomous political or military structures set up.', undefined, NUMBER_FROM_MEMORY],
      ['12.5', 'organised-preparation', 'Significant public or private resources — military, financial, logistic or other — prepared and used.'],
      ['12.9', 'official-involvement', 'State institutions or senior political or military authorities involved in violent acts.', undefined, NUMBER_FROM_MEMORY],
    ],
  }),
  factor(13, {
    name: 'Serious threats to those protected under international humanitarian law',
    // No acronym: advice lower-cases short names in running text ("13 (threats to those protected by …)").
    shortName: 'Threats to those protected by humanitarian law',
    definition: 'Conflict-related conduct that seriously threatens the life and physical integrity of those protected under international humanitarian law.',
    scope: 'war-crimes',
    levelQuestion: 'How serious are the precursors of violence against those protected by humanitarian law?',
    basis: `definition and 13.1–13.10 checked against ${SOURCES.rf13}`,
    indicators: [
      ['13.1', 'fragmentation', 'Parties to the conflict fragment, or chains of command within them break down or are absent.'],
      ['13.2', 'broken-commitments', 'Mistrust between opposing parties because commitments or agreements were, or are being, breached.'],
      ['13.3', 'radicalisation', 'Opposing parties in the conflict become more radical or extremist.'],
      ['13.4', 'identity-allegiance', 'Ethnicity or religion promoted as the test of allegiance to the nation or to a party to the conflict.'],
      ['13.5', 'dehumanisation', 'Conduct that dehumanises the enemy or groups in the population, or shows contempt for their religious, ethnic or cultural traditions, values, objects or institutions.'],
      ['13.6', 'curtailed-rights', 'Measures that severely curtail the rights of people protected by humanitarian law, including those seen as aligned with the other side but not taking part in hostilities.'],
      ['13.7', 'threats-incitement', 'Plans or discourse threatening or inciting violence against people protected by humanitarian law, including to terrorise, intimidate, show strength or provoke displacement, or as a prelude to more violence.', 'Public threat by a commander or party to attack a town, camp or community'],
      ['13.8', 'siege-starvation', 'Conduct that interferes with or blocks supplies, facilities, equipment, objects or medical and humanitarian support indispensable to the survival of people protected by humanitarian law.', 'Convoys, food, water or medicine blocked from reaching a besieged area'],
      ['13.9', 'mass-transport-logistics', 'Personnel and logistics prepared to transport, move or confine large numbers of people, or to carry out medical experiments.', 'Trucks, trains or detention sites readied for large numbers of people'],
      ['13.10', 'prohibited-weapons', 'Conduct related to planning, developing, producing, storing, acquiring, making available or using weapons prohibited by international law.'],
    ],
  }),
  factor(14, {
    name: 'Serious threats to humanitarian or peacekeeping operations',
    shortName: 'Threats to humanitarian or peacekeeping operations',
    definition: 'Conflict-related conduct that threatens the protection international humanitarian law gives to humanitarian and peacekeeping personnel not taking a direct part in hostilities.',
    scope: 'war-crimes',
    levelQuestion: 'How serious are threats to humanitarian and peacekeeping operations?',
    basis: `definition: ${SOURCES.definitions}; ${FROM_MEMORY}`,
    listUnconfirmed: FROM_MEMORY,
    indicators: [
      ['14.1', 'attacks-on-personnel', 'Attacks or threats against humanitarian or peacekeeping personnel, facilities, equipment, units or vehicles.', 'Attack on, or abduction of, humanitarian or peacekeeping staff', NUMBER_FROM_MEMORY],
      ['14.2', 'access-obstruction', 'Humanitarian or peacekeeping operations obstructed or restricted in their access and movement.', 'Convoys or patrols denied passage at checkpoints', NUMBER_FROM_MEMORY],
      ['14.3', 'hostile-rhetoric', 'Discourse that portrays humanitarian or peacekeeping operations as biased, as siding with the enemy or as having a hidden agenda.', undefined, NUMBER_FROM_MEMORY],
      ['14.4', 'emblem-misuse', 'Misuse of, or disrespect for, the distinctive emblems that protect humanitarian and peacekeeping personnel and objects.', undefined, NUMBER_FROM_MEMORY],
      ['14.5', 'looting', 'Theft, looting or diversion of humanitarian supplies or of peacekeeping equipment.', undefined, NUMBER_FROM_MEMORY],
    ],
  }),
];
