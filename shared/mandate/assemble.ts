/**
 * Assembles a plan's clauses into a mandate in Security Council shape: preambular paragraphs
 * ending in commas, then numbered operative paragraphs each opening with its verb, with the
 * duration, review and reporting paragraphs added from the mandate settings when the planner has
 * not written them, and any "remains seized" paragraph kept last.
 */
import { findClauseTemplate, TASK_GROUP_HEADINGS, TASK_GROUPS } from '../content/clauses';
import type { TaskGroup } from '../content/clauses';
import type { Clause, Instrument, Plan } from '../plan/schema';
import { finiteToBase, instrumentProfile, participleToFinite, withInstrumentSpelling, withInstrumentTitles } from './authority';
import type { InstrumentProfile } from './authority';
import { shortMissionName } from './clause-factory';
import { planWithFacts } from './plan-facts';
import { clauseRoles, orderClauses } from './clause-roles';
import { blockingAdvice, evaluateGuidance } from './guidance';
import type { Advice } from './guidance-types';
import { formatDate, renderClause } from './templating';
import { mandateEndDate, taskDeadline, taskReportingDays } from './timeline';
import type { TaskDeadline } from './timeline';

export interface PreambularParagraph {
  clauseId: string;
  /** "(1)" for a Council Decision's recitals; empty where the preamble is not numbered. */
  label: string;
  opening: string;
  body: string;
  /** Opening, body and the closing comma. */
  text: string;
}

export type GeneratedKind = 'duration' | 'review' | 'reporting';

/** One heading of the priority tasks, "(a) Protection of civilians:", with its tasks "(i) To …;". */
export interface TaskGroupBlock {
  label: string;
  heading: string;
  items: { label: string; clauseId: string; text: string }[];
}

/** A line of the document's frame: a title, an introduction, the adoption formula, a letter's reply. */
export interface FrameLine {
  text: string;
  style: 'title' | 'centered' | 'plain' | 'italic' | 'right';
}

export interface OperativeParagraph {
  number: number;
  /** "1." or, in a Council Decision, "Article 1". */
  label: string;
  /** The priority tasks under a "Decides that the mandate of … shall include the following priority tasks:" paragraph. */
  groups: TaskGroupBlock[] | null;
  /** Null for a paragraph generated from the mandate settings. */
  clauseId: string | null;
  generated: GeneratedKind | null;
  opening: string;
  body: string;
  /** Opening, body and the closing semicolon (full stop for the last paragraph, colon before priority tasks). */
  text: string;
}

export interface ScheduleParagraph {
  /** Number of the operative paragraph that carries it. */
  number: number;
  clauseId: string | null;
  generated: boolean;
  text: string;
}

export interface TaskSummary {
  clauseId: string;
  number: number;
  /** "4" or, for a priority task, "4 (a) (ii)". */
  label: string;
  reportingIntervalDays: number | null;
  deadline: TaskDeadline | null;
}

export interface AssembledMandate {
  instrument: Instrument;
  /** "Draft resolution", "Draft communiqué", … */
  documentKind: string;
  /** Lines before the heading: a Decision's title, a communiqué's introduction, a letter's title. */
  front: FrameLine[];
  /** "The Security Council," or the plan's own authority; "Council," in a communiqué. */
  heading: string;
  /** Council texts print "The Security Council," in italics; a Council Decision prints its capitals upright. */
  headingItalic: boolean;
  /** Between heading and preamble: a Decision's "Having regard to …" citations and "Whereas:". */
  preface: FrameLine[];
  preambular: PreambularParagraph[];
  /** Between preamble and operative part: "HAS ADOPTED THIS DECISION:". */
  bridge: FrameLine[];
  operative: OperativeParagraph[];
  /** After the operative part: a letter's closing and the President's reply. */
  closing: FrameLine[];
  duration: (ScheduleParagraph & { months: number | null; startDate: string; endDate: string }) | null;
  review: (ScheduleParagraph & { date: string }) | null;
  reporting: (ScheduleParagraph & { intervalDays: number | null }) | null;
  tasks: TaskSummary[];
  /** Blocking problems and warnings the planner has not dismissed. */
  problems: Advice[];
  /** True only when guidance reports no blocking problem. */
  ready: boolean;
}

/** Removes closing punctuation so the assembler can add the one the paragraph's place requires. */
function bare(text: string): string {
  return text.trim().replace(/[\s,;.:]+$/u, '');
}

function authorityName(plan: Plan): string {
  const a = plan.mandate.authority.trim() || 'Security Council';
  return a.replace(/^the\s+/i, '');
}

/** "the United Nations Preventive Mission in Veloria (UNPMV)", with the article a sentence needs. */
function withArticle(name: string): string {
  return /^the\s/i.test(name) || name.startsWith('[') ? name : `the ${name}`;
}

/**
 * The parts of the layout around the paragraphs, per instrument. Meeting numbers, dates and
 * document numbers are the planner's to fill: the frame prints "[…]" where they go.
 */
function documentFrame(plan: Plan, profile: InstrumentProfile): { front: FrameLine[]; heading: string; preface: FrameLine[]; bridge: FrameLine[]; closing: FrameLine[] } {
  // "the situation in Veloria": the State, as titles name it, not the cover's "Republic of Veloria — districts".
  const place = (plan.mission.hostState ?? '').trim() || plan.cover.countryRegion.trim() || '[country or region?]';
  const mission = plan.cover.missionName.trim() || '[mission name?]';
  const year = /^\d{4}/.exec(plan.mandate.startDate)?.[0] ?? '…';
  switch (profile.instrument) {
    case 'un-sc-resolution':
      return { front: [], heading: `The ${authorityName(plan)},`, preface: [], bridge: [], closing: [] };
    case 'au-psc-communique':
      return {
        front: [
          { text: 'PSC/PR/COMM.[…]', style: 'centered' },
          { text: `Communiqué of the […]th meeting of the Peace and Security Council of the African Union, held on […], on the situation in ${place}`, style: 'title' },
          { text: `The Peace and Security Council of the African Union (AU), at its […]th meeting held on […], adopted the following decision on the situation in ${place}:`, style: 'plain' },
        ],
        heading: 'Council,',
        preface: [],
        bridge: [],
        closing: [],
      };
    case 'eu-council-decision':
      return {
        front: [
          { text: `COUNCIL DECISION (CFSP) ${year}/[…]`, style: 'title' },
          { text: 'of […]', style: 'centered' },
          { text: `on a European Union ${plan.mission.type === 'political' ? 'civilian mission' : 'military operation'} in ${place} (${shortMissionName(mission)})`, style: 'centered' },
        ],
        heading: 'THE COUNCIL OF THE EUROPEAN UNION,',
        preface: [
          { text: 'Having regard to the Treaty on European Union, and in particular Article 28, Article 42(4) and Article 43(2) thereof,', style: 'plain' },
          { text: 'Having regard to the proposal from the High Representative of the Union for Foreign Affairs and Security Policy,', style: 'plain' },
          { text: 'Whereas:', style: 'plain' },
        ],
        bridge: [{ text: 'HAS ADOPTED THIS DECISION:', style: 'centered' }],
        closing: [
          { text: 'Done at Brussels, […].', style: 'plain' },
          { text: 'For the Council', style: 'right' },
          { text: 'The President', style: 'right' },
          { text: '[…]', style: 'right' },
        ],
      };
    case 'un-exchange-of-letters':
      return {
        front: [{ text: 'Letter dated […] from the Secretary-General addressed to the President of the Security Council', style: 'title' }],
        heading: 'Excellency,',
        preface: [{ text: `I have the honour to refer to the situation in ${place} and to inform you of my intention to establish ${withArticle(mission)}, with the following mandate.`, style: 'plain' }],
        bridge: [],
        closing: [
          { text: 'I should be grateful if you would bring this letter to the attention of the members of the Security Council.', style: 'plain' },
          { text: '(Signed) […]', style: 'right' },
          { text: 'Letter dated […] from the President of the Security Council addressed to the Secretary-General', style: 'title' },
          { text: `I have the honour to inform you that your letter dated […] concerning your intention to establish ${withArticle(mission)} has been brought to the attention of the members of the Security Council. They take note of the intention expressed in your letter.`, style: 'plain' },
          { text: '(Signed) […]', style: 'right' },
          { text: 'President of the Security Council', style: 'right' },
        ],
      };
  }
}

function generatedParagraphs(plan: Plan, covered: (role: 'duration' | 'review' | 'reporting') => boolean): { kind: GeneratedKind; opening: string; body: string }[] {
  const { mandate } = plan;
  const mission = shortMissionName(plan.cover.missionName) || 'the mission';
  const out: { kind: GeneratedKind; opening: string; body: string }[] = [];
  if (mandate.durationMonths !== null && !covered('duration')) {
    const start = formatDate(mandate.startDate);
    const end = formatDate(mandateEndDate(mandate));
    const period = start && end ? `, from ${start} until ${end}` : '';
    out.push({ kind: 'duration', opening: 'Decides', body: `that the mandate of ${mission} shall run for a period of ${mandate.durationMonths} months${period}` });
  }
  const review = formatDate(mandate.reviewDate);
  if (review && !covered('review')) {
    out.push({ kind: 'review', opening: 'Decides', body: `to review the mandate of ${mission} no later than ${review}` });
  }
  if (mandate.reportingIntervalDays !== null && !covered('reporting')) {
    const authority = authorityName(plan);
    const profile = instrumentProfile(plan);
    const addressee = authority === 'Security Council' || authority === profile.body ? profile.councilShort : `the ${authority}`;
    out.push({ kind: 'reporting', opening: 'Requests', body: `the Secretary-General to report to ${addressee} on the implementation of this mandate every ${mandate.reportingIntervalDays} days` });
  }
  return out;
}

interface Rendered {
  clause: Clause | null;
  gen: GeneratedKind | null;
  opening: string;
  body: string;
}

/** A task item of the priority-task paragraph: "To protect …", from "UNPMV to protect …" or "that UNPMV shall protect …". */
function asTaskItem(body: string, mission: string): string | null {
  if (!mission) return null;
  const m = escapeRe(mission);
  const direct = new RegExp(`^${m}(,[^]*?,)? to (.+)$`).exec(body);
  // "UNPMV, at the request of …, to help secure …" keeps its condition after the task.
  if (direct) return `To ${direct[2]}${direct[1] ? direct[1].replace(/,$/, '') : ''}`;
  const shall = new RegExp(`^that ${m} shall (.+)$`).exec(body);
  return shall ? `To ${shall[1]}` : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
const letterLabel = (i: number) => LETTERS[i % 26]!.repeat(Math.floor(i / 26) + 1);
const romanLabel = (i: number) => ROMAN[i] ?? String(i + 1);

/** "the UN Preventive Mission in Veloria (UNPMV)": the names the text introduces at first use, with their acronyms. */
function introducedNames(plan: Plan): { short: string; full: string }[] {
  const names = [plan.cover.missionName, plan.mission.type === 'both' ? (plan.mission.forceName ?? '') : '', plan.situation.existingPresence.exists ? plan.situation.existingPresence.name : ''];
  return names
    .map((n) => n.trim())
    .filter((n) => /\(([^()]{2,20})\)\s*$/.test(n))
    .map((full) => ({ short: shortMissionName(full), full }));
}

/** A letter's sentence for an operative paragraph: "I propose that …", "I intend to …". */
function letterSentence(opening: string, body: string): string {
  const verb = opening.toLowerCase();
  if (verb === 'decides') return body.startsWith('to ') ? `I propose ${body}` : `I propose ${body}`;
  if (verb === 'requests') return body.startsWith('the Secretary-General to ') ? `I intend ${body.slice('the Secretary-General '.length)}` : `I intend to request ${body}`;
  if (verb === 'authorizes') return `I propose to authorize ${body}`;
  // The Secretary-General urges; only the Council demands.
  if (verb === 'demands') return `I urge ${body}`;
  return opening ? `I ${finiteToBase(opening)} ${body}` : body;
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * An Article of a Council Decision states what shall be, rather than what the Council "decides" or
 * "requests": "Decides that the mandate of X shall include" → "The mandate of X shall include",
 * "Requests the High Representative to report" → "The High Representative shall report",
 * "Decides to establish" → "The Union shall establish". Anything else keeps "The Council …".
 */
function articleSentence(opening: string, body: string, gen: GeneratedKind | null, profile: InstrumentProfile): string {
  const verb = opening.toLowerCase();
  if (verb === 'decides' && body.startsWith('that ')) return capitalize(body.slice('that '.length).replace(/, and that /g, ', and '));
  if (verb === 'decides' && body.startsWith('to ')) return `${gen === 'review' ? 'The Council' : 'The Union'} shall ${body.slice('to '.length).replace(/, and to /g, ', and ')}`;
  if (verb === 'requests') {
    const at = body.indexOf(' to ');
    // A title with "and" in it ("… for Foreign Affairs and Security Policy") is still one addressee.
    const addressee = at > 0 ? body.slice(0, at) : '';
    const single = [profile.head, profile.representative, profile.forceCommander].reduce((a, title) => a.replace(title, 'X'), addressee);
    const rest = at > 0 ? body.slice(at + ' to '.length) : '';
    // One addressee doing one or more things; "X and Y to …" or ", and Z to …" would not read as "shall".
    if (addressee && !/\band\b|,/.test(single) && !/, and (?!to )[^,]+? to /.test(rest)) {
      return `${capitalize(addressee)} shall ${rest.replace(/, and to /g, ', and ').replace(/, to /g, ', ')}`;
    }
  }
  return `The Council ${verb} ${body}`;
}

function yearOf(plan: Plan): string {
  return /^\d{4}/.exec(plan.mandate.startDate)?.[0] ?? '[…]';
}

/** Assembles the mandate with its numbered paragraphs, schedule, task list and open problems. */
export function assembleMandate(input: Plan, advice: readonly Advice[] = evaluateGuidance(input)): AssembledMandate {
  const plan = planWithFacts(input);
  const profile = instrumentProfile(plan);
  const instrument = profile.instrument;
  const { preambular: preAll, operative: opsAll } = orderClauses(plan.mandate.clauses);
  // A Council Decision ends with its entry into force and a letter with its closing, not with "remains
  // seized"; a letter cannot determine a threat or act under Chapter VII (guidance says so). The clauses
  // stay in the plan for the day the instrument changes back.
  const ops = instrument === 'eu-council-decision' || instrument === 'un-exchange-of-letters' ? opsAll.filter((c) => !clauseRoles(c).has('closing')) : opsAll;
  const pre = instrument === 'un-exchange-of-letters' ? preAll.filter((c) => !clauseRoles(c).has('chapter-vii') && !clauseRoles(c).has('threat-determination')) : preAll;
  const titled = (t: string) => withInstrumentTitles(t, profile);

  const preRendered = pre.map((c) => {
    const r = renderClause(c);
    const roles = clauseRoles(c);
    const opening = r.opening;
    const body = titled(bare(r.body));
    if (instrument === 'au-psc-communique' && roles.has('chapter-vii')) return { clause: c, opening: 'Underlining', body: `that it acts under ${profile.enforcementBasis}` };
    // The Union does not determine threats or act under Chapter VII; its recitals say the Security Council did, in a resolution the planner names.
    if (instrument === 'eu-council-decision' && roles.has('threat-determination')) return { clause: c, opening: '', body: `In its resolution […] (${yearOf(plan)}), the United Nations Security Council determined ${body}` };
    if (instrument === 'eu-council-decision' && roles.has('chapter-vii')) return { clause: c, opening: '', body: 'In that resolution, the Security Council acted under Chapter VII of the Charter of the United Nations' };
    if (instrument === 'eu-council-decision') return { clause: c, opening: '', body: withInstrumentSpelling(`The Council ${participleToFinite(opening).toLowerCase()} ${body}`, profile) };
    if (instrument === 'un-exchange-of-letters') return { clause: c, opening: '', body: `I ${finiteToBase(participleToFinite(opening))} ${body.replace(/^its\b/, "the Council's")}` };
    return { clause: c, opening, body };
  });

  const roleOwner = (role: 'duration' | 'review' | 'reporting') => ops.find((c) => clauseRoles(c).has(role));
  const generated = generatedParagraphs(plan, (role) => roleOwner(role) !== undefined).map((g) => ({ ...g, body: titled(g.body) }));
  const renderOp = (c: Clause): Rendered => {
    const r = renderClause(c);
    let opening = r.opening;
    if (c.chapterVii && profile.enforcementBasis && instrument !== 'eu-council-decision') opening = `Acting under ${profile.enforcementBasis}, ${opening.toLowerCase()}`;
    return { clause: c, gen: null, opening, body: titled(bare(r.body)) };
  };

  // Priority tasks: paragraphs whose template joins a task group and whose wording reads as a task of one mission.
  const grouped = new Map<string, { mission: string; items: { clause: Clause; group: TaskGroup; text: string }[] }>();
  const standalone: Clause[] = [];
  for (const c of ops) {
    const group = findClauseTemplate(c.templateId)?.taskGroup;
    const mission = c.params['mission_name']?.trim() ?? '';
    const item = group ? asTaskItem(renderOp(c).body, mission) : null;
    if (!group || !item || c.chapterVii) {
      standalone.push(c);
      continue;
    }
    const entry = grouped.get(mission) ?? { mission, items: [] };
    entry.items.push({ clause: c, group, text: item });
    grouped.set(mission, entry);
  }
  const closingAt = standalone.findIndex((c) => clauseRoles(c).has('closing'));
  const split = closingAt === -1 ? standalone.length : closingAt;
  // The priority tasks come after the paragraphs that establish the mission and authorize it to act.
  const establishAt = standalone.slice(0, split).reduce((last, c, i) => (clauseRoles(c).has('force-establishment') || clauseRoles(c).has('force-authorization') || /^that the mandate of|^to establish/.test(renderOp(c).body) ? i + 1 : last), 0);
  type Item = Rendered & { groups: TaskGroupBlock[] | null };
  const priority: Item[] = [...grouped.values()].map((g) => {
    const blocks = TASK_GROUPS.flatMap((group) => {
      const items = g.items.filter((i) => i.group === group);
      return items.length ? [{ heading: TASK_GROUP_HEADINGS[group], items: items.map((i) => ({ clauseId: i.clause.id, text: titled(i.text) })) }] : [];
    });
    const groups = blocks.map((b, gi) => ({ label: letterLabel(gi), heading: b.heading, items: b.items.map((it, ii) => ({ label: romanLabel(ii), clauseId: it.clauseId, text: it.text })) }));
    return { clause: null, gen: null, opening: 'Decides', body: `that the mandate of ${g.mission} shall include the following priority tasks`, groups };
  });
  const preOps: Item[] = instrument === 'au-psc-communique' ? preRendered.map((p) => ({ clause: p.clause, gen: null, opening: participleToFinite(p.opening), body: p.body, groups: null })) : [];
  const asItem = (r: Rendered): Item => ({ ...r, groups: null });
  const sequence: Item[] = [
    ...preOps,
    ...standalone.slice(0, establishAt).map((c) => asItem(renderOp(c))),
    ...priority,
    ...standalone.slice(establishAt, split).map((c) => asItem(renderOp(c))),
    ...generated.map((g) => asItem({ clause: null, gen: g.kind, opening: g.opening, body: g.body })),
    ...standalone.slice(split).map((c) => asItem(renderOp(c))),
  ];
  if (instrument === 'un-exchange-of-letters') {
    for (const item of sequence) {
      item.body = letterSentence(item.opening, item.body);
      item.opening = '';
    }
  }
  if (instrument === 'eu-council-decision') {
    for (const item of sequence) {
      item.body = item.opening ? withInstrumentSpelling(articleSentence(item.opening, item.body, item.gen, profile), profile) : item.body;
      item.opening = '';
    }
    sequence.push({ clause: null, gen: null, opening: '', body: 'This Decision shall enter into force on the date of its adoption', groups: null });
  }

  // The full name with its acronym at first use, then the acronym alone.
  const preambleShown = instrument === 'au-psc-communique' ? [] : preRendered;
  const allBodies: { get: () => string; set: (v: string) => void }[] = [
    ...preambleShown.map((p) => ({ get: () => p.body, set: (v: string) => (p.body = v) })),
    ...sequence.flatMap((item) => [
      { get: () => item.body, set: (v: string) => (item.body = v) },
      ...(item.groups ?? []).flatMap((g) => g.items.map((it) => ({ get: () => it.text, set: (v: string) => (it.text = v) }))),
    ]),
  ];
  for (const name of introducedNames(plan)) {
    if (!name.short || name.short === name.full) continue;
    const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(name.short)}(?![\\p{L}\\p{N}])`, 'u');
    // An English name is not spliced into a paragraph written in Arabic or Hebrew.
    const first = allBodies.find((b) => (word.test(b.get()) && !/[\u0590-\u08ff]/.test(b.get())) || b.get().includes(name.full));
    // "the United Nations … (UNPMV)" takes its article, unless the sentence already gives one.
    const bare = name.full.replace(/^(the|The) /, '');
    if (first && !first.get().includes(name.full)) first.set(first.get().replace(word, (m, pre: string, offset: number, whole: string) => (/\bthe\s*$/i.test(whole.slice(0, offset + pre.length)) ? `${pre}${bare}` : `${pre}${offset + pre.length === 0 ? 'The' : 'the'} ${bare}`)));
  }

  const preambular = preambleShown.map((p, i): PreambularParagraph => {
    const label = instrument === 'eu-council-decision' ? `(${i + 1})` : '';
    const end = instrument === 'eu-council-decision' || instrument === 'un-exchange-of-letters' ? '.' : ',';
    return { clauseId: p.clause.id, label, opening: p.opening, body: p.body, text: `${p.opening ? `${p.opening} ` : ''}${p.body}${end}` };
  });
  // A Decision's Articles and a letter's paragraphs each end with a full stop, priority tasks included.
  const stops = instrument === 'eu-council-decision' || instrument === 'un-exchange-of-letters';
  const operative = sequence.map((item, i): OperativeParagraph => {
    const last = i === sequence.length - 1;
    const b = bare(item.body);
    const end = item.groups ? ':' : stops || last ? '.' : ';';
    const groups = item.groups?.map((g, gi) => ({
      ...g,
      items: g.items.map((it, ii) => ({ ...it, text: `${bare(it.text)}${(last || stops) && gi === item.groups!.length - 1 && ii === g.items.length - 1 ? '.' : ';'}` })),
    })) ?? null;
    return {
      number: i + 1,
      label: instrument === 'eu-council-decision' ? `Article ${i + 1}` : `${i + 1}.`,
      clauseId: item.clause?.id ?? null,
      generated: item.gen,
      opening: item.opening,
      body: b,
      text: `${item.opening ? `${item.opening} ` : ''}${b}${end}`,
      groups,
    };
  });

  const numberOf = (clauseId: string) => {
    for (const p of operative) {
      if (p.clauseId === clauseId) return { number: p.number, label: String(p.number) };
      for (const g of p.groups ?? []) for (const it of g.items) if (it.clauseId === clauseId) return { number: p.number, label: `${p.number} (${g.label}) (${it.label})` };
    }
    return { number: 0, label: '' };
  };
  const schedule = (kind: GeneratedKind): ScheduleParagraph | null => {
    const owner = roleOwner(kind);
    const p = operative.find((x) => (owner ? x.clauseId === owner.id : x.generated === kind));
    return p ? { number: p.number, clauseId: p.clauseId, generated: p.generated !== null, text: p.text } : null;
  };
  const { mandate } = plan;
  const durationP = schedule('duration');
  const reviewP = schedule('review');
  const reportingP = schedule('reporting');
  const problems = advice.filter((a) => !a.dismissed && a.severity !== 'info');
  const frame = documentFrame(plan, profile);
  return {
    instrument,
    documentKind: profile.documentKind,
    front: frame.front,
    heading: frame.heading,
    headingItalic: instrument !== 'eu-council-decision',
    preface: frame.preface,
    preambular,
    bridge: frame.bridge,
    operative,
    closing: frame.closing,
    duration: durationP && { ...durationP, months: mandate.durationMonths, startDate: mandate.startDate, endDate: mandateEndDate(mandate) },
    review: reviewP && { ...reviewP, date: mandate.reviewDate },
    reporting: reportingP && { ...reportingP, intervalDays: mandate.reportingIntervalDays },
    // In the order the text prints them, so the table reads down the paragraphs.
    tasks: ops
      .filter((c) => c.task)
      .map((c) => ({ clauseId: c.id, ...numberOf(c.id), reportingIntervalDays: taskReportingDays(c, mandate), deadline: taskDeadline(c, mandate) }))
      .sort((a, b) => a.number - b.number || a.label.localeCompare(b.label)),
    problems,
    ready: blockingAdvice(advice).length === 0,
  };
}

/** The mandate as plain text for copying or export; open problems are listed after it unless `includeProblems` is false. */
export function mandateToPlainText(plan: Plan, options: { includeProblems?: boolean } = {}): string {
  const m = assembleMandate(plan);
  const lines: string[] = [];
  for (const f of m.front) lines.push(f.text, '');
  lines.push(m.heading, '');
  for (const f of m.preface) lines.push(f.text, '');
  for (const p of m.preambular) lines.push(p.label ? `${p.label} ${p.text}` : p.text, '');
  for (const f of m.bridge) lines.push(f.text, '');
  for (const p of m.operative) {
    lines.push(`${p.label}${p.label.startsWith('Article') ? '\n' : ' '}${p.text}`);
    for (const g of p.groups ?? []) {
      lines.push(`(${g.label}) ${g.heading}:`);
      for (const it of g.items) lines.push(`(${it.label}) ${it.text}`);
    }
    lines.push('');
  }
  for (const f of m.closing) lines.push(f.text, '');
  if (options.includeProblems !== false && m.problems.length) {
    lines.push(m.ready ? 'Open warnings:' : 'Not final. Open problems:');
    for (const a of m.problems) lines.push(`- [${a.severity}] ${a.title}: ${a.message}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
