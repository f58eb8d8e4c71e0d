/**
 * The columns of the register's CSV file and the cell encodings that need care: the actions list
 * packed into one cell, and the apostrophe that keeps spreadsheets from running a cell as a formula.
 */
import type { RiskAction } from '../plan/schema';

/** Every column the CSV can carry, in export order (also the IPC contract's list). */
export const CSV_FIELDS = [
  'ref', 'title', 'category', 'cause', 'consequence',
  'likelihood', 'impact', 'inherentScore', 'inherentBand',
  'residualLikelihood', 'residualImpact', 'residualScore', 'residualBand',
  'targetLikelihood', 'targetImpact', 'targetScore',
  'treatment', 'mitigation', 'actions', 'owner', 'status', 'reviewDate',
  'approvedBy', 'approvedOn', 'expiresOn', 'linkedCapabilityIds', 'source', 'sourceRef', 'id',
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

export interface CsvColumn {
  field: CsvField;
  header: string;
  /** Must be present in an imported file (the cell itself may still be empty where allowed). */
  required: boolean;
  /** Written for spreadsheet readers, ignored on import because the app recomputes it. */
  computed: boolean;
}

const col = (field: CsvField, header: string, required: boolean, computed = false): CsvColumn => ({ field, header, required, computed });

/** The fixed column order of an exported register. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  col('ref', 'Ref', true),
  col('title', 'Title', true),
  col('category', 'Category', true),
  col('cause', 'Cause', false),
  col('consequence', 'Consequence', false),
  col('likelihood', 'Likelihood', true),
  col('impact', 'Impact', true),
  col('inherentScore', 'Inherent score', false, true),
  col('inherentBand', 'Inherent band', false, true),
  col('residualLikelihood', 'Residual likelihood', true),
  col('residualImpact', 'Residual impact', true),
  col('residualScore', 'Residual score', false, true),
  col('residualBand', 'Residual band', false, true),
  col('targetLikelihood', 'Target likelihood', true),
  col('targetImpact', 'Target impact', true),
  col('targetScore', 'Target score', false, true),
  col('treatment', 'Treatment', true),
  col('mitigation', 'Mitigation', false),
  col('actions', 'Actions', false),
  col('owner', 'Owner', true),
  col('status', 'Status', true),
  col('reviewDate', 'Next review', true),
  col('approvedBy', 'Accepted by', false),
  col('approvedOn', 'Accepted on', false),
  col('expiresOn', 'Acceptance expires', false),
  col('linkedCapabilityIds', 'Linked capabilities', false),
  col('source', 'Source', false),
  col('sourceRef', 'Source ref', false),
  col('id', 'Id', false),
];

export const CSV_HEADERS: readonly string[] = CSV_COLUMNS.map((c) => c.header);

const byHeader = new Map(CSV_COLUMNS.map((c) => [normaliseHeader(c.header), c]));

/** Headers match whatever the case and spacing a spreadsheet left them in. */
export function normaliseHeader(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The column a header names, if it is one of ours. */
export function columnForHeader(header: string): CsvColumn | undefined {
  return byHeader.get(normaliseHeader(header));
}

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe on
 * export. Values that already start with apostrophes before such a character get one more, so
 * stripping exactly one on import gives back the original text.
 */
export const FORMULA_ESCAPE = /^'*[=+\-@\t\r]/;

/** Undoes the export's formula escape. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_ESCAPE.test(cell) ? cell.slice(1) : cell;
}

const escapePart = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** Actions as one cell: a line each, "[x] text | owner | due date". */
export function encodeActions(actions: readonly RiskAction[]): string {
  return actions.map((a) => `[${a.done ? 'x' : ' '}] ${escapePart(a.text)} | ${escapePart(a.owner)} | ${a.dueDate}`).join('\n');
}

/** Splits on unescaped "|" and undoes the escapes inside each part. */
function splitParts(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      const next = line[++i]!;
      current += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
    } else if (ch === '|') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** The encoder pads parts with one space each side; take off exactly that, keep the rest. */
const trimOneSpace = (s: string): string => s.replace(/^ /, '').replace(/ $/, '');

export interface DecodedAction {
  text: string;
  owner: string;
  dueDate: string;
  done: boolean;
}

/**
 * Reads the actions cell back. A line without a "[ ]" or "[x]" box is taken whole as the text of
 * an open action, so a planner can type actions by hand in a spreadsheet.
 */
export function decodeActions(cell: string): DecodedAction[] {
  const actions: DecodedAction[] = [];
  for (const raw of cell.split(/\r?\n|\r/)) {
    if (raw.trim() === '') continue;
    const box = /^\[( |x|X)\] ?/.exec(raw);
    if (!box) {
      actions.push({ text: raw.trim(), owner: '', dueDate: '', done: false });
      continue;
    }
    const parts = splitParts(raw.slice(box[0].length));
    const due = parts.length >= 3 ? parts.pop()!.trim() : '';
    const owner = parts.length >= 2 ? trimOneSpace(parts.pop()!) : '';
    const text = parts.join('|').replace(/ $/, '');
    actions.push({ text, owner, dueDate: due, done: box[1] !== ' ' });
  }
  return actions;
}
