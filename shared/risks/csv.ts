/**
 * The risk register as CSV, both ways, for planners who work in spreadsheets. Export: fixed header,
 * RFC 4180 quoting, CRLF, UTF-8 BOM so spreadsheets detect the encoding. Import: every problem is
 * reported with the row number a spreadsheet shows (header = row 1), the column and the reason;
 * only rows without problems come back, and nothing is applied to a plan here.
 */
import Papa from 'papaparse';
import { RISK_CATEGORIES, RISK_SOURCES, RISK_STATUSES, TREATMENTS } from '../plan/schema';
import type { Band, Risk } from '../plan/schema';
import { newId } from '../plan/ids';
import { DEFAULT_BANDS } from '../plan/new-plan';
import { bandFor, isIsoDate, riskScore } from './scoring';
import { TEXT_MAX, TITLE_MAX, textLength, tooLong } from './risk-validation';
import { CSV_COLUMNS, CSV_HEADERS, FORMULA_ESCAPE, columnForHeader, decodeActions, encodeActions, unescapeFormula } from './csv-columns';
import type { CsvColumn, CsvField } from './csv-columns';

export { CSV_COLUMNS, CSV_HEADERS } from './csv-columns';
export type { CsvField } from './csv-columns';

export const CSV_BOM = '\uFEFF';
/** The schema's ceiling on register size. */
export const MAX_IMPORT_ROWS = 20_000;
/** Enough to fix a file; a preview listing 100,000 problems helps nobody. */
export const MAX_REPORTED_ERRORS = 500;

export interface CsvRowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The column header, or '' for a problem with the whole row or file. */
  column: string;
  reason: string;
}

export interface RiskCsvParse {
  /** Rows without any problem, as complete risks (history empty: the merge adds it). */
  rows: Risk[];
  /** Parallel to rows: the spreadsheet row and whether the file supplied the id. */
  rowInfo: { row: number; idGiven: boolean }[];
  errors: CsvRowError[];
  /** Problems found beyond those listed in errors. */
  moreErrors: number;
  /** Data rows in the file, not counting the header and blank lines. */
  dataRows: number;
  invalidRows: number;
  /** The fields the file carries; a merge leaves every other field of an existing risk alone. */
  fields: CsvField[];
}

const cellsOf = (risk: Risk, bands: readonly Band[]): Record<CsvField, string | number> => {
  const inherent = riskScore(risk.likelihood, risk.impact);
  const residual = riskScore(risk.residualLikelihood, risk.residualImpact);
  return {
    ref: risk.ref,
    title: risk.title,
    category: risk.category,
    cause: risk.cause,
    consequence: risk.consequence,
    likelihood: risk.likelihood,
    impact: risk.impact,
    inherentScore: inherent,
    inherentBand: bandFor(inherent, bands),
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    residualScore: residual,
    residualBand: bandFor(residual, bands),
    targetLikelihood: risk.targetLikelihood,
    targetImpact: risk.targetImpact,
    targetScore: riskScore(risk.targetLikelihood, risk.targetImpact),
    treatment: risk.treatment,
    mitigation: risk.mitigation,
    actions: encodeActions(risk.actions),
    owner: risk.owner,
    status: risk.status,
    reviewDate: risk.reviewDate,
    approvedBy: risk.acceptance?.approvedBy ?? '',
    approvedOn: risk.acceptance?.approvedOn ?? '',
    expiresOn: risk.acceptance?.expiresOn ?? '',
    linkedCapabilityIds: risk.linkedCapabilityIds.join('; '),
    source: risk.source,
    sourceRef: risk.sourceRef ?? '',
    id: risk.id,
  };
};

/** The register as CSV text (with a BOM unless asked not to). */
export function risksToCsv(risks: readonly Risk[], bands: readonly Band[] = DEFAULT_BANDS, options: { bom?: boolean } = {}): string {
  const data = risks.map((risk) => {
    const cells = cellsOf(risk, bands);
    return CSV_COLUMNS.map((c) => cells[c.field]);
  });
  const body = Papa.unparse({ fields: [...CSV_HEADERS], data }, { newline: '\r\n', escapeFormulae: FORMULA_ESCAPE });
  return (options.bom === false ? '' : CSV_BOM) + body + '\r\n';
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Problems with one row; the column travels beside the reason, so the reason does not repeat it. */
type Problems = { column: CsvColumn; reason: string }[];

const say = (problems: Problems, column: CsvColumn, reason: string) => problems.push({ column, reason: `${reason}.` });

function readEnum<T extends string>(raw: string, list: readonly T[], column: CsvColumn, problems: Problems): T {
  const v = raw.trim().toLowerCase();
  if ((list as readonly string[]).includes(v)) return v as T;
  say(problems, column, v === '' ? `Empty; use one of ${list.join(', ')}` : `"${raw.trim()}" is not one of ${list.join(', ')}`);
  return list[0]!;
}

function readScore(raw: string, column: CsvColumn, problems: Problems): number {
  const v = raw.trim();
  if (/^[1-5]$/.test(v)) return Number(v);
  say(problems, column, v === '' ? 'Empty; give a whole number from 1 to 5' : `"${v}" is not a whole number from 1 to 5`);
  return 1;
}

/** A YYYY-MM-DD date or empty; `what` names the date when it is not the whole cell. */
function readDate(raw: string, column: CsvColumn, problems: Problems, what = ''): string {
  const v = raw.trim();
  if (v === '' || isIsoDate(v)) return v;
  const prefix = what ? `${what} ` : '';
  say(problems, column, /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? `${prefix}${v} is not a real calendar date`
    : `${prefix}"${v}" is not a date written YYYY-MM-DD (for example 2027-01-15)`);
  return v;
}

function readText(raw: string, column: CsvColumn, max: number, problems: Problems): string {
  if (tooLong(raw, max)) say(problems, column, `Too long (${textLength(raw)} characters; at most ${max})`);
  return raw;
}

/**
 * Ids for one import: a random stem per kind plus a counter. As unique as newId for our purposes,
 * without drawing random bytes for every one of thousands of rows.
 */
function batchIds(): (prefix: string) => string {
  const stems = new Map<string, string>();
  let n = 0;
  return (prefix) => {
    let stem = stems.get(prefix);
    if (!stem) stems.set(prefix, (stem = newId(prefix)));
    return `${stem}-${(++n).toString(36)}`;
  };
}

export interface ParseOptions {
  /** Id maker for rows without an id and for actions; injectable for repeatable tests. */
  makeId?: (prefix: string) => string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter, read from the header row when it names our columns: Papa's guess weighs the data
 * rows too, and a register whose cells hold more semicolons than commas was read as
 * semicolon-separated, so the app's own export did not import back. Spreadsheets that save with
 * semicolons (European locales) still name the columns, so the header decides for them as well.
 */
function delimiterOf(input: string): { delimiter: string } | { delimitersToGuess: string[] } {
  const end = input.search(/\r?\n/);
  const headerLine = end === -1 ? input : input.slice(0, end);
  let best: { delimiter: string; known: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const known = headerLine.split(delimiter).filter((h) => columnForHeader(h.replace(/^"|"$/g, '')) !== undefined).length;
    if (known >= 2 && (!best || known > best.known)) best = { delimiter, known };
  }
  return best ? { delimiter: best.delimiter } : { delimitersToGuess: [...DELIMITERS] };
}

/** Parses CSV text into risks and row-level problems, without touching any plan. */
export function parseRisksCsv(text: string, options: ParseOptions = {}): RiskCsvParse {
  const makeId = options.makeId ?? batchIds();
  const result: RiskCsvParse = { rows: [], rowInfo: [], errors: [], moreErrors: 0, dataRows: 0, invalidRows: 0, fields: [] };
  const report = (row: number, column: string, reason: string) => {
    if (result.errors.length < MAX_REPORTED_ERRORS) result.errors.push({ row, column, reason });
    else result.moreErrors += 1;
  };

  const input = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  if (input.trim() === '') {
    report(1, '', 'The file is empty: it needs the header row and at least one risk.');
    return result;
  }
  const parsed = Papa.parse<string[]>(input, { header: false, skipEmptyLines: false, ...delimiterOf(input) });
  const records = parsed.data;
  const brokenRows = new Map<number, string>();
  for (const e of parsed.errors) {
    // An unbalanced quote swallows text up to the next quote mark, possibly rows later.
    if (e.row !== undefined && e.type === 'Quotes') {
      brokenRows.set(e.row, 'A quote mark (") in this row is out of place, so this row, and perhaps rows after it, could not be read. Inside a cell, write a quote mark twice ("").');
    }
  }

  const header = records[0] ?? [];
  const columns: (CsvColumn | null)[] = [];
  const seen = new Set<CsvField>();
  header.forEach((h, i) => {
    // Spreadsheets often keep a few empty columns at the right edge; they carry nothing.
    if (h.trim() === '') return void columns.push(null);
    const column = columnForHeader(h);
    if (!column) report(1, h, `Unknown column "${h}". The expected columns are: ${CSV_HEADERS.join(', ')}.`);
    else if (seen.has(column.field)) report(1, column.header, `The column "${column.header}" appears twice (column ${i + 1}).`);
    else seen.add(column.field);
    columns.push(column && !column.computed ? column : null);
  });
  for (const c of CSV_COLUMNS) {
    if (c.required && !seen.has(c.field)) report(1, c.header, `The column "${c.header}" is missing.`);
  }
  // Without a sound header no cell can be trusted to mean what its column says: stop here.
  if (result.errors.length > 0) return result;
  result.fields = CSV_COLUMNS.filter((c) => seen.has(c.field) && !c.computed).map((c) => c.field);

  const index = new Map<CsvField, number>();
  columns.forEach((c, i) => c && index.set(c.field, i));
  const ids = new Map<string, number>();
  const refs = new Map<string, number>();

  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    result.dataRows += 1;
    if (result.dataRows > MAX_IMPORT_ROWS) {
      if (result.dataRows === MAX_IMPORT_ROWS + 1) report(row, '', `The register holds at most ${MAX_IMPORT_ROWS.toLocaleString('en')} risks; this row and those after it were not read.`);
      result.invalidRows += 1;
      continue;
    }
    const broken = brokenRows.get(r);
    if (broken || cells.length !== header.length) {
      report(row, '', broken ?? `This row has ${cells.length} cells but the header has ${header.length}; a cell may contain an unquoted comma or line break.`);
      result.invalidRows += 1;
      continue;
    }
    const problems: Problems = [];
    const risk = rowToRisk(cells, index, problems, makeId);
    if (risk.id !== '' && ids.has(risk.id)) say(problems, colOf('id'), `The id ${risk.id} is already used on row ${ids.get(risk.id)}`);
    if (risk.ref !== '' && refs.has(risk.ref)) say(problems, colOf('ref'), `The reference ${risk.ref} is already used on row ${refs.get(risk.ref)}`);
    if (problems.length > 0) {
      // Left to right, as the planner reads the row in a spreadsheet.
      problems.sort((a, b) => (index.get(a.column.field) ?? 0) - (index.get(b.column.field) ?? 0));
      for (const p of problems) report(row, p.column.header, p.reason);
      result.invalidRows += 1;
      continue;
    }
    const idGiven = risk.id !== '';
    if (idGiven) ids.set(risk.id, row);
    else risk.id = makeId('risk');
    if (risk.ref !== '') refs.set(risk.ref, row);
    result.rows.push(risk);
    result.rowInfo.push({ row, idGiven });
  }
  if (result.dataRows === 0) report(2, '', 'The file has a header but no risks.');
  return result;
}

const columnsByField = new Map(CSV_COLUMNS.map((c) => [c.field, c]));
const colOf = (field: CsvField): CsvColumn => columnsByField.get(field)!;

function rowToRisk(cells: string[], index: Map<CsvField, number>, problems: Problems, makeId: (prefix: string) => string): Risk {
  const raw = (field: CsvField): string => {
    const i = index.get(field);
    return i === undefined ? '' : unescapeFormula(cells[i] ?? '');
  };
  const text = (field: CsvField, max = TEXT_MAX) => readText(raw(field), colOf(field), max, problems);
  const score = (field: CsvField) => readScore(raw(field), colOf(field), problems);

  const title = text('title', TITLE_MAX);
  if (title.trim() === '') say(problems, colOf('title'), 'Empty; every risk needs a title');
  const id = raw('id').trim();
  if (id !== '' && !ID.test(id)) say(problems, colOf('id'), `"${id}" is not a valid id (letters, digits, - or _, at most 64)`);

  const linked = raw('linkedCapabilityIds').split(/[;,\s]+/).filter((s) => s !== '');
  const badLink = linked.find((s) => !ID.test(s));
  if (badLink) say(problems, colOf('linkedCapabilityIds'), `"${badLink}" is not a capability id`);

  const actions = decodeActions(raw('actions')).map((a, n) => {
    readDate(a.dueDate, colOf('actions'), problems, `Due date of action ${n + 1}:`);
    if (tooLong(a.text, TEXT_MAX) || tooLong(a.owner, TITLE_MAX)) say(problems, colOf('actions'), `Action ${n + 1} is too long`);
    return { id: makeId('act'), ...a };
  });
  if (actions.length > 200) say(problems, colOf('actions'), `${actions.length} actions; a risk holds at most 200`);

  const approvedBy = text('approvedBy', TITLE_MAX).trim();
  const approvedOn = readDate(raw('approvedOn'), colOf('approvedOn'), problems);
  const expiresOn = readDate(raw('expiresOn'), colOf('expiresOn'), problems);
  const accepted = approvedBy !== '' || approvedOn !== '' || expiresOn !== '';
  if (accepted && approvedBy === '') say(problems, colOf('approvedBy'), 'Empty, but the row records an acceptance; name who approved it');
  if (isIsoDate(approvedOn) && isIsoDate(expiresOn) && expiresOn < approvedOn) say(problems, colOf('expiresOn'), `${expiresOn} is before the approval date ${approvedOn}`);
  if (linked.length > 300) say(problems, colOf('linkedCapabilityIds'), `${linked.length} links; a risk holds at most 300`);

  const sourceRaw = raw('source');
  const sourceRef = text('sourceRef', TITLE_MAX);
  return {
    id,
    ref: text('ref', TITLE_MAX).trim(),
    title,
    category: readEnum(raw('category'), RISK_CATEGORIES, colOf('category'), problems),
    cause: text('cause'),
    consequence: text('consequence'),
    source: sourceRaw.trim() === '' ? 'import' : readEnum(sourceRaw, RISK_SOURCES, colOf('source'), problems),
    sourceRef: sourceRef === '' ? null : sourceRef,
    likelihood: score('likelihood'),
    impact: score('impact'),
    residualLikelihood: score('residualLikelihood'),
    residualImpact: score('residualImpact'),
    targetLikelihood: score('targetLikelihood'),
    targetImpact: score('targetImpact'),
    owner: text('owner', TITLE_MAX),
    treatment: readEnum(raw('treatment'), TREATMENTS, colOf('treatment'), problems),
    mitigation: text('mitigation'),
    actions,
    status: readEnum(raw('status'), RISK_STATUSES, colOf('status'), problems),
    reviewDate: readDate(raw('reviewDate'), colOf('reviewDate'), problems),
    acceptance: accepted ? { approvedBy, approvedOn, expiresOn } : null,
    linkedCapabilityIds: [...new Set(linked)],
    history: [],
  };
}
