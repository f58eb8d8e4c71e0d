/**
 * The thematic mandates: women, peace and security; children and armed conflict; conflict-related
 * sexual violence; human rights due diligence; zero tolerance of sexual exploitation and abuse;
 * humanitarian civil-military coordination; protection of sources; and the seed's own operational
 * points (warning to response, information operations, new surveillance technology).
 */
import type { Finding, GuidanceContext, GuidanceRule } from '../guidance-types';
import { TARGETS, clauseTarget, factorTarget, fitting, proposing, withRole } from './helpers';

const hasClauses = (ctx: GuidanceContext) => ctx.clauses.length > 0;
const severe = (ctx: GuidanceContext) => ctx.tags.get('pillar-3') === true || ctx.tags.get('armed-conflict') === true;
/** Framework factor 2: a record of serious violations of human rights and humanitarian law. */
const violationsRecord = (ctx: GuidanceContext) => {
  const level = ctx.plan.situation.riskFactors.find((f) => f.factor === 2)?.level;
  return level === 'moderate' || level === 'high';
};

export const THEMATIC_RULES: readonly GuidanceRule[] = [
  {
    id: 'wps-missing',
    severity: 'warning', step: 'clauses',
    title: 'Women, peace and security not in the mandate',
    summary: 'No paragraph makes the mandate gender-responsive or provides women’s protection advisers.',
    basis: { source: 'thematic', ref: 'resolutions 1325 (2000) and 1888 (2009); women’s protection advisers as in resolution 2164 (2014)' },
    riskId: 'rsk-gender-blind-warning',
    target: TARGETS.library,
    check: (ctx) =>
      hasClauses(ctx) && !withRole(ctx, 'gender-protection').length
        ? [proposing('Every modern protection mandate is gender-responsive: women’s protection advisers, and early-warning indicators that capture threats to women and girls, with information disaggregated by sex and age.', fitting(ctx, ['cc-gender-wpa']), { severity: severe(ctx) ? 'warning' : 'info' })]
        : [],
  },
  {
    id: 'caac-missing',
    severity: 'warning', step: 'clauses',
    title: 'Children and armed conflict not in the mandate',
    summary: 'An armed conflict, and no paragraph on child protection advisers or the monitoring and reporting mechanism.',
    basis: { source: 'thematic', ref: 'resolution 1612 (2005): monitoring and reporting mechanism on grave violations against children' },
    riskId: 'rsk-grave-violations-children',
    target: TARGETS.library,
    check: (ctx) =>
      hasClauses(ctx) && ctx.tags.get('armed-conflict') === true && !withRole(ctx, 'child-protection').length
        ? [proposing('In an armed conflict the mission should deploy child protection advisers and feed the monitoring and reporting mechanism on grave violations against children: recruitment and use, killing and maiming, sexual violence, attacks on schools and hospitals, abduction and denial of humanitarian access.', fitting(ctx, ['cc-child-protection']))]
        : [],
  },
  {
    id: 'crsv-missing',
    severity: 'warning', step: 'clauses',
    title: 'Conflict-related sexual violence not monitored',
    summary: 'An armed conflict or imminent atrocities, and no monitoring, analysis and reporting arrangements on sexual violence.',
    basis: { source: 'thematic', ref: 'resolution 1960 (2010), operative paragraph 8: monitoring, analysis and reporting arrangements' },
    riskId: 'rsk-gender-blind-warning',
    target: TARGETS.library,
    check: (ctx) =>
      hasClauses(ctx) && severe(ctx) && !withRole(ctx, 'crsv').length
        ? [proposing('Sexual violence used as a tool of terror is an early marker of atrocity crimes (Framework indicator 7.9). Ask for the monitoring, analysis and reporting arrangements on conflict-related sexual violence, so it is seen and reported to the Council.', fitting(ctx, ['cc-crsv-mara']))]
        : [],
  },
  {
    id: 'hrddp-host-support',
    severity: 'blocking', step: 'clauses',
    title: 'Support to host forces without due diligence',
    summary: 'A clause supports the host’s security forces while the host regime is a potential perpetrator or has a record of serious violations (factor 2), and no paragraph applies the Human Rights Due Diligence Policy.',
    basis: { source: 'un-policy', ref: 'Human Rights Due Diligence Policy (2011; A/67/775–S/2013/110), mandatory for peacekeeping operations and special political missions' },
    riskId: 'rsk-complicity-host-forces',
    target: TARGETS.library,
    check: (ctx) => {
      if (withRole(ctx, 'hrddp').length) return [];
      const regime = ctx.tags.get('host-regime-perpetrator') === true;
      const record = violationsRecord(ctx);
      const fit = fitting(ctx, ['cc-hrddp']);
      return withRole(ctx, 'host-force-support').map((v): Finding => {
        const why = regime ? 'the host regime is among the potential perpetrators' : record ? 'factor 2 records serious violations, which the host’s forces may have committed' : '';
        const message = why
          ? `${v.label} supports the host’s security forces, and ${why}. Under the Human Rights Due Diligence Policy that support needs a risk assessment and mitigating measures first, or it must not go ahead.`
          : `${v.label} supports the host’s security forces. The Human Rights Due Diligence Policy applies to any such support: say so in the mandate.`;
        return { ...proposing(message, fit), subject: v.clause.id, severity: regime ? 'blocking' : record ? 'warning' : 'info', ...(fit.length ? {} : { target: clauseTarget(v) }) };
      });
    },
  },
  {
    id: 'host-partner-contradiction',
    severity: 'warning', step: 'clauses',
    title: 'Host treated as a partner while a potential perpetrator',
    summary: 'A clause assists the host government or relies on its forces to protect, while the host regime is a potential perpetrator.',
    basis: { source: 'seed', ref: 'Conclusions: utility limited when the regime is responsible' },
    riskId: 'rsk-regime-buys-time',
    target: TARGETS.perpetrators,
    check: (ctx) =>
      ctx.tags.get('host-regime-perpetrator') !== true
        ? []
        : withRole(ctx, 'host-partnership').map((v) => ({
            subject: v.clause.id,
            message: `${v.label} treats the host government or its forces as a partner in protection, while the host regime is among the potential perpetrators. Reword it as a demand, or make the support conditional on conduct.`,
            target: clauseTarget(v),
          })),
  },
  {
    id: 'sea-missing',
    severity: 'warning', step: 'clauses',
    title: 'No zero-tolerance paragraph on sexual exploitation and abuse',
    summary: 'The mandate has no paragraph on conduct and discipline and zero tolerance of sexual exploitation and abuse.',
    basis: { source: 'un-policy', ref: 'zero-tolerance policy (ST/SGB/2003/13); resolution 2272 (2016)' },
    riskId: 'rsk-sea',
    target: TARGETS.library,
    check: (ctx) =>
      hasClauses(ctx) && !withRole(ctx, 'sea').length
        ? [proposing('Abuse by the people sent to protect destroys the mission’s standing with the population. Ask for full compliance with the zero-tolerance policy and for reporting on allegations and action taken.', fitting(ctx, ['cc-sea-zero-tolerance']), { severity: ctx.deployment === true ? 'warning' : 'info' })]
        : [],
  },
  {
    id: 'cmcoord-safeguards',
    severity: 'warning', step: 'clauses',
    title: 'Military support to aid without civil-military safeguards',
    summary: 'Corridors, air drops or evacuations are tasked, but no paragraph sets humanitarian civil-military coordination.',
    basis: { source: 'un-policy', ref: 'MCDA Guidelines for complex emergencies (2003, rev. 2006) and UN-CMCoord: military assets as a last resort, at the request of humanitarian actors' },
    riskId: 'rsk-humanitarian-space',
    target: TARGETS.library,
    check: (ctx) => {
      const support = withRole(ctx, 'humanitarian-support');
      if (!support.length || withRole(ctx, 'cmcoord').length) return [];
      return [proposing(`${support.map((v) => v.label).join(', ')} ${support.length === 1 ? 'puts' : 'put'} military assets in support of humanitarian work. Set civil-military coordination: assets used only at the request of humanitarian actors, as a last resort, and with respect for the civilian character of their operations.`, fitting(ctx, ['dep-cmcoord']))];
    },
  },
  {
    id: 'source-protection-missing',
    severity: 'warning', step: 'clauses',
    title: 'People who talk to the mission are not protected',
    summary: 'The mandate monitors and warns, but no paragraph protects sources and people who cooperate with the mission.',
    basis: { source: 'planning-practice', ref: 'do-no-harm and confidentiality in human rights monitoring; reprisals against those who cooperate with the United Nations' },
    riskId: 'rsk-reprisals',
    target: TARGETS.library,
    check: (ctx) => {
      const watching = withRole(ctx, 'monitoring').length + withRole(ctx, 'early-warning').length;
      if (!watching || withRole(ctx, 'source-protection').length) return [];
      const exposed = ctx.tags.get('host-regime-perpetrator') === true || ctx.tags.get('pillar-3') === true;
      return [proposing('Monitoring and early warning depend on witnesses, victims and community contacts, and perpetrators punish them first. Protect the confidentiality of sources and the people who cooperate with the mission, and report reprisals.', fitting(ctx, ['cc-protect-cooperators']), { severity: exposed ? 'warning' : 'info' })];
    },
  },
  {
    id: 'warning-without-response',
    severity: 'info', step: 'clauses',
    title: 'Early warning without a response protocol',
    summary: 'The mandate sets up early warning but not who decides and what follows each warning.',
    basis: { source: 'seed', ref: 'Conclusions: skills to interpret indicators and take appropriate action' },
    riskId: 'rsk-early-warning-unread',
    target: TARGETS.library,
    check: (ctx) =>
      withRole(ctx, 'early-warning').length && !withRole(ctx, 'warning-response').length
        ? [proposing('Warning helps only if someone is charged with acting on it. Name, for each level of warning, who decides, which responses are available and how fast.', fitting(ctx, ['cc-early-warning-response']))]
        : [],
  },
  {
    id: 'information-ops-missing',
    severity: 'info', step: 'clauses',
    title: 'Incitement with no one countering it',
    summary: 'Incitement or hate propaganda is ticked, and no paragraph monitors perpetrators or counters rumours.',
    basis: { source: 'seed', ref: 'Preventive deployments: information operations to monitor perpetrators, collect intelligence and condemn abuses' },
    politicalBasis: { source: 'seed', ref: 'Political missions: rumour control' },
    target: TARGETS.library,
    check: (ctx) => {
      if (!hasClauses(ctx) || ctx.tags.get('incitement') !== true) return [];
      if (withRole(ctx, 'information-ops').length || ctx.clauses.some((v) => v.template?.id === 'pol-rumour-control')) return [];
      return [proposing('Incitement is a classic trigger. Give the mission the means to monitor perpetrators, gather information on threats, counter false rumours and make condemnation known.', fitting(ctx, ['dep-information-ops', 'pol-rumour-control']))];
    },
  },
  {
    id: 'surveillance-technology',
    severity: 'info', step: 'clauses',
    title: 'New technology for a small force',
    summary: 'A deployment over the horizon or facing imminent atrocities without modern surveillance technology.',
    basis: { source: 'seed', ref: 'Conclusions: new technologies for intelligence on civilian insecurity' },
    deploymentBasis: { source: 'precedent', ref: 'unarmed unmanned aerial systems for UNMISS, resolution 2241 (2015)' },
    target: TARGETS.library,
    check: (ctx) =>
      hasClauses(ctx) && ctx.deployment === true && (ctx.tags.get('over-the-horizon') === true || ctx.tags.get('pillar-3') === true) && !withRole(ctx, 'surveillance-technology').length
        ? [proposing('New technologies, such as unarmed aerial systems, give a small or distant force the picture of civilian insecurity it could not otherwise gather.', fitting(ctx, ['dep-surveillance-technology']))]
        : [],
  },
  {
    id: 'host-record-no-hrddp-item',
    severity: 'info', step: 'risk-factors',
    title: 'A record of violations calls for due diligence',
    summary: 'Factor 2 (record of serious violations) is rated moderate or high: any support to the host’s forces needs a due diligence assessment.',
    basis: { source: 'un-policy', ref: 'Human Rights Due Diligence Policy (2011): risk assessment before support' },
    target: factorTarget(2, 'record of serious violations'),
    check: (ctx) =>
      violationsRecord(ctx) && !ctx.plan.capabilities.items.some((i) => i.catalogueId === 'chk-crd-hrddp')
        ? [{ message: 'Serious violations are on record (factor 2), by whichever party. Before the mission advises, trains or supports the host’s forces, the Human Rights Due Diligence Policy requires a risk assessment of their conduct; add it to the coordination checklist.', target: { kind: 'capability', id: 'chk-crd-hrddp', step: 'risk-factors', label: 'Coordination checklist: due diligence' } }]
        : [],
  },
];
