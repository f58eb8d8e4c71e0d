/**
 * Turning a parsed CSV into one undoable edit of the register. A row updates the risk with the same
 * id (or, when the file gave no id, the same reference) and records history for each changed field;
 * any other row becomes a new risk. Columns the file lacks leave existing values alone.
 */
import type { Plan, Risk } from '../plan/schema';
import type { PlanEdit } from '../plan/edit';
import { creationEntry, formatRef, highestRefNumber } from './new-risk';
import type { EditContext } from './new-risk';
import { historyFor, HISTORY_MAX } from './risk-edits';
import type { RiskPatch } from './risk-validation';
import { MAX_IMPORT_ROWS } from './csv';
import type { CsvField, RiskCsvParse } from './csv';

export interface RiskImportPlan {
  /** Null when the file changes nothing. */
  edit: PlanEdit | null;
  added: number;
  updated: number;
  unchanged: number;
  /** Things the planner should know, in plain words (renumbered refs, dropped links). */
  notices: string[];
  /** Set when the import cannot go ahead at all, in plain words; edit is then null. */
  refused?: string;
  /** Row-level reasons for a refusal ("Row 4: the reference R-002 is already used by …"). */
  conflicts?: string[];
}

/** CSV fields that map straight onto a risk field of the same name. */
const DIRECT: readonly (keyof RiskPatch & CsvField)[] = [
  'ref', 'title', 'category', 'cause', 'consequence', 'likelihood', 'impact', 'residualLikelihood', 'residualImpact',
  'targetLikelihood', 'targetImpact', 'treatment', 'mitigation', 'owner', 'status', 'reviewDate', 'linkedCapabilityIds', 'source', 'sourceRef',
];

function patchFromRow(row: Risk, existing: Risk, fields: ReadonlySet<CsvField>): RiskPatch {
  const patch: Record<string, unknown> = {};
  for (const f of DIRECT) if (fields.has(f)) patch[f] = row[f];
  if (fields.has('actions')) {
    // Keep the ids of actions that are still the same action, so links to them survive a round trip.
    patch.actions = row.actions.map((a, i) => {
      const old = existing.actions[i];
      return old && old.text === a.text ? { ...a, id: old.id } : a;
    });
  }
  if (fields.has('approvedBy') || fields.has('approvedOn') || fields.has('expiresOn')) patch.acceptance = row.acceptance;
  return patch as RiskPatch;
}

/**
 * Plans the import of parsed rows into a plan. Throws nothing: a register that would grow past the
 * schema's limit comes back with `refused` set and no edit.
 */
export function planRiskImport(plan: Plan, parsed: Pick<RiskCsvParse, 'rows' | 'rowInfo' | 'fields'>, ctx: EditContext, fileName = 'CSV file'): RiskImportPlan {
  const items = plan.risks.items;
  const byId = new Map(items.map((r, i) => [r.id, i]));
  const byRef = new Map(items.map((r, i) => [r.ref, i]));
  const capabilityIds = new Set(plan.capabilities.items.map((c) => c.id));
  const fields = new Set(parsed.fields);
  const notices: string[] = [];
  // One new items array set in a single edit: thousands of separate inserts would copy the list each time.
  const next = items.slice();
  const added: Risk[] = [];
  const touched = new Set<number>();
  let updated = 0;
  let unchanged = 0;
  let dropped = 0;
  const usedRefs = new Set(items.map((r) => r.ref));
  // Fresh refs continue past every number in the plan and the file, so none can collide later.
  let lastRef = Math.max(highestRefNumber(items), highestRefNumber(parsed.rows));
  const created = creationEntry(ctx, '');
  const conflicts: string[] = [];

  parsed.rows.forEach((source, n) => {
    const info = parsed.rowInfo[n] ?? { row: n + 2, idGiven: true };
    const links = source.linkedCapabilityIds.filter((id) => capabilityIds.has(id));
    dropped += source.linkedCapabilityIds.length - links.length;
    const row: Risk = { ...source, linkedCapabilityIds: links };

    let index = byId.get(row.id);
    if (index === undefined && !info.idGiven && row.ref !== '') index = byRef.get(row.ref);
    if (index !== undefined && !touched.has(index)) {
      touched.add(index);
      const existing = items[index]!;
      const patch = patchFromRow(row, existing, fields);
      if (patch.ref === '') delete patch.ref;
      if (patch.ref !== undefined && patch.ref !== existing.ref) {
        // Two risks with one reference would make the plan invalid, and the register ambiguous.
        if (usedRefs.has(patch.ref)) {
          const holder = next.find((r) => r.ref === patch.ref) ?? added.find((r) => r.ref === patch.ref);
          conflicts.push(`Row ${info.row}: the reference ${patch.ref} is already used by ${holder ? `"${holder.title}"` : 'another risk'}; give this risk its own reference (it is ${existing.ref} now).`);
          return;
        }
        usedRefs.delete(existing.ref);
        usedRefs.add(patch.ref);
      }
      const entries = historyFor(existing, patch, ctx);
      if (entries.length === 0) {
        unchanged += 1;
        return;
      }
      updated += 1;
      next[index] = { ...existing, ...patch, history: [...existing.history, ...entries].slice(-HISTORY_MAX) };
      return;
    }

    let ref = row.ref;
    if (ref === '' || usedRefs.has(ref)) {
      const fresh = formatRef(++lastRef);
      if (ref !== '') notices.push(`Row ${info.row}: ${ref} was already in use, so the imported risk became ${fresh}.`);
      ref = fresh;
    }
    usedRefs.add(ref);
    const id = byId.has(row.id) ? `${row.id.slice(0, 50)}-${added.length + 1}` : row.id;
    added.push({ ...row, id, ref, history: [{ ...created, to: `imported from ${fileName} (row ${info.row})` }] });
  });

  if (conflicts.length > 0) {
    const more = conflicts.length > 3 ? ` … and ${conflicts.length - 3} more.` : '';
    const refused = `${conflicts.slice(0, 3).join(' ')}${more} Nothing was imported.`;
    return { edit: null, added: 0, updated: 0, unchanged: 0, notices, refused, conflicts };
  }
  if (dropped > 0) notices.push(`${dropped} link${dropped === 1 ? '' : 's'} to capability items not in this plan ${dropped === 1 ? 'was' : 'were'} left out.`);
  if (items.length + added.length > MAX_IMPORT_ROWS) {
    const refused = `The register would hold ${items.length + added.length} risks, more than the limit of ${MAX_IMPORT_ROWS}. Nothing was imported.`;
    return { edit: null, added: 0, updated: 0, unchanged: 0, notices, refused };
  }
  if (added.length === 0 && updated === 0) return { edit: null, added: 0, updated, unchanged, notices };
  const edit: PlanEdit = { kind: 'set', path: ['risks', 'items'], value: [...next, ...added] };
  return { edit, added: added.length, updated, unchanged, notices };
}
