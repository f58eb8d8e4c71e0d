import { useMemo, useState } from 'react';
import { addCapabilitiesFromCatalogue, addCustomCapability, removeCapability } from '../../shared/capabilities/capability-edits';
import { setCapabilityStatuses } from '../../shared/capabilities/bulk-status';
import { editCustomDetails } from '../../shared/capabilities/custom-details';
import type { CustomDetails } from '../../shared/capabilities/custom-details';
import { risksByCapability } from '../../shared/capabilities/linked-risks';
import { readiness } from '../../shared/capabilities/readiness';
import { suggestedRisks } from '../../shared/capabilities/suggested-risks';
import type { CapabilityRiskSuggestion } from '../../shared/capabilities/suggested-risks';
import type { ChecklistCatalogueItem } from '../../shared/content/checklist-items';
import { dismissAdvice } from '../../shared/mandate/clause-edits';
import type { CapabilityArea, CapabilityItem, CapabilityStatus } from '../../shared/plan/schema';
import { addRiskFromDraft } from '../../shared/risks/risk-edits';
import { addSuggestedRisks } from '../../shared/risks/add-suggested';
import { AddSuggestedDialog } from '../components/add-suggested-dialog';
import { localDay } from '../../shared/risks/scoring';
import type { AreaProps } from '../state/area-props';
import { editContext } from '../state/edit-context';
import { requestRiskDetails } from '../state/risk-request';
import { AddFromCatalogueDialog } from './add-from-catalogue-dialog';
import { AttentionList } from './attention-list';
import { ChecklistContext } from './checklist-columns';
import { commitCapabilityField } from './checklist-commit';
import { AREA_LABELS, AREA_SUMMARIES, CAPABILITY_AREAS, CAPABILITY_STATUS_LABELS } from './checklist-labels';
import { ChecklistTable } from './checklist-table';
import { attentionList, catalogueChoices, dueSoonById, relevantCatalogue } from './checklist-view';
import { CustomItemDialog } from './custom-item-dialog';
import { ReadinessPanel } from './readiness-panel';
import { SuggestedRisksPanel } from './suggested-risks-panel';

type Dialog = { kind: 'catalogue' | 'custom'; area: CapabilityArea } | { kind: 'edit'; item: CapabilityItem } | { kind: 'suggested' } | null;

/** The capability checklists: readiness, what is due, gaps to put in the register, and one table per area. */
export function ChecklistsArea({ doc, edit, goTo, showStatus }: AreaProps) {
  const plan = doc.plan;
  const items = plan.capabilities.items;
  const [today] = useState(() => localDay(new Date()));
  const [dialog, setDialog] = useState<Dialog>(null);

  const report = useMemo(() => readiness(items), [items]);
  const due = useMemo(() => dueSoonById(items, today), [items, today]);
  const attention = useMemo(() => attentionList(items, today), [items, today]);
  const suggestions = useMemo(() => suggestedRisks(plan), [plan]);
  const linkedRisks = useMemo(() => risksByCapability(plan.risks.items), [plan.risks.items]);
  const byArea = useMemo(() => Object.fromEntries(CAPABILITY_AREAS.map((a) => [a, items.filter((i) => i.area === a)])) as Record<CapabilityArea, CapabilityItem[]>, [items]);

  const context = useMemo(
    () => ({
      due,
      remove: (item: CapabilityItem) => {
        edit(removeCapability(plan, item.id, editContext(plan)), `remove “${item.title}”`);
        showStatus(`Removed “${item.title}”. Undo brings it back.`);
      },
      linkedRisks,
      bands: plan.risks.bands,
      openRisk: (riskId: string) => {
        requestRiskDetails(doc.docId, riskId);
        goTo('risks');
      },
      editDetails: (item: CapabilityItem) => setDialog({ kind: 'edit', item }),
    }),
    [due, edit, plan, showStatus, linkedRisks, doc.docId, goTo],
  );

  function commit(item: CapabilityItem, columnId: string, value: string): string | null {
    const result = commitCapabilityField(plan, item, columnId, value);
    if (!result.ok) return result.message;
    if (result.edit) edit(result.edit, result.label);
    return null;
  }

  function setStatuses(ids: readonly string[], status: CapabilityStatus) {
    const { edit: change, changed } = setCapabilityStatuses(plan, ids, status);
    const label = CAPABILITY_STATUS_LABELS[status].toLowerCase();
    if (change) edit(change, `rate ${changed === 1 ? '1 item' : `${changed} items`} ${label}`);
    showStatus(change ? `${changed === 1 ? '1 item' : `${changed} items`} set to ${label}. Undo puts ${changed === 1 ? 'it' : 'them'} back.` : `Those items were already ${label}.`);
  }

  function addEntries(entries: readonly ChecklistCatalogueItem[]) {
    const { edit: change, items: added } = addCapabilitiesFromCatalogue(plan, entries);
    if (change) edit(change, added.length === 1 ? 'add a checklist item' : `add ${added.length} checklist items`);
    showStatus(added.length === 1 ? 'Added 1 item to the checklist.' : `Added ${added.length} items to the checklist.`);
    setDialog(null);
  }

  /** Saves a custom item's reworded details as one undo step; nothing changed, nothing saved. */
  function saveDetails(item: CapabilityItem, details: CustomDetails) {
    const result = editCustomDetails(plan, item.id, details);
    if (!result.ok) return showStatus(result.message);
    if (result.edit) {
      edit(result.edit, `edit the details of “${details.title}”`);
      showStatus(`Saved the details of “${details.title}”.`);
    }
    setDialog(null);
  }

  function addSuggested(s: CapabilityRiskSuggestion) {
    const { edit: change, risk } = addRiskFromDraft(plan, s.draft, editContext(plan));
    edit(change, `add ${risk.ref} for a capability gap`);
    showStatus(`Added ${risk.ref} to the risk register, linked to the capability.`);
  }

  function addAllSuggested(keys: readonly string[]) {
    const chosen = suggestions.filter((s) => keys.includes(s.suggestionId));
    const { edit: change, risks } = addSuggestedRisks(plan, chosen.map((s) => s.draft), editContext(plan));
    if (change) edit(change, `add ${risks.length} risks for capability gaps`);
    showStatus(risks.length ? `Added ${risks.length === 1 ? '1 risk' : `${risks.length} risks`} to the register, each linked to its capability. Undo takes them out again.` : 'Those risks are already in the register.');
    setDialog(null);
  }

  function dismiss(s: CapabilityRiskSuggestion) {
    const change = dismissAdvice(plan, s.suggestionId);
    if (change) edit(change, 'dismiss a suggested risk');
    showStatus('Suggestion dismissed. Undo brings it back.');
  }

  const relevant = relevantCatalogue(plan);
  return (
    <div className="rk-scope checklists">
      <ReadinessPanel report={report} />
      {items.length === 0 && (
        <section className="card empty-card" aria-labelledby="empty-heading">
          <h3 className="card-heading" id="empty-heading">
            The checklists are empty
          </h3>
          <p className="card-lead">Start from the catalogue: {relevant.length} items fit this mission. You can remove or add items afterwards.</p>
          <button type="button" className="button button-primary" onClick={() => addEntries(relevant)}>
            Add the {relevant.length} catalogue items for this mission
          </button>
        </section>
      )}
      <div className="checklists-notices">
        <AttentionList items={attention} />
        <SuggestedRisksPanel suggestions={suggestions} onAdd={addSuggested} onAddAll={() => setDialog({ kind: 'suggested' })} onDismiss={dismiss} />
      </div>
      <ChecklistContext.Provider value={context}>
        {CAPABILITY_AREAS.map((area) => (
          <section key={area} className="card checklist-card" aria-labelledby={`area-${area}`}>
            <div className="checklist-head">
              <div>
                <h3 className="card-heading" id={`area-${area}`}>
                  {AREA_LABELS[area]}
                </h3>
                <p className="card-lead">{AREA_SUMMARIES[area]}</p>
              </div>
              <div className="checklist-actions">
                <button type="button" className="button" disabled={catalogueChoices(plan, area).length === 0} onClick={() => setDialog({ kind: 'catalogue', area })}>
                  Add from catalogue
                </button>
                <button type="button" className="button" onClick={() => setDialog({ kind: 'custom', area })}>
                  Add custom item
                </button>
              </div>
            </div>
            <ChecklistTable label={`${AREA_LABELS[area]} checklist`} items={byArea[area]} due={due} docId={doc.docId} viewKey={area} onCommit={commit} onSetStatus={setStatuses} />
          </section>
        ))}
      </ChecklistContext.Provider>
      <p className="grid-help">Arrow keys move between cells · Enter edits · Escape cancels · Space selects a row, Shift+Space or Shift+click a run of rows</p>

      {dialog?.kind === 'suggested' && (
        <AddSuggestedDialog
          source="the critical capability gaps"
          choices={suggestions.map((s) => ({ key: s.suggestionId, title: s.draft.title, reason: s.reason }))}
          onAdd={addAllSuggested}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'catalogue' && <AddFromCatalogueDialog plan={plan} area={dialog.area} onAdd={addEntries} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <CustomItemDialog area={dialog.item.area} item={dialog.item} onClose={() => setDialog(null)} onAdd={(fields) => saveDetails(dialog.item, fields)} />
      )}
      {dialog?.kind === 'custom' && (
        <CustomItemDialog
          area={dialog.area}
          onClose={() => setDialog(null)}
          onAdd={(fields) => {
            const { edit: change, item } = addCustomCapability(plan, { area: dialog.area, ...fields });
            edit(change, `add “${item.title}”`);
            showStatus(`Added “${item.title}” to the ${AREA_LABELS[dialog.area].toLowerCase()} checklist.`);
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
