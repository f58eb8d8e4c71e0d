/**
 * The register's own plan edits, each with the line the status bar shows after it. A plain
 * factory over the plan and the shell's callbacks (no React), so it is tested with fakes.
 */
import type { RiskCatalogueEntry } from '../../shared/content/risk-catalogue';
import { setField } from '../../shared/plan/edit';
import type { Band, Plan, Risk } from '../../shared/plan/schema';
import { clearAllHistory, historyCount } from '../../shared/risks/history-edits';
import { addBlankRisk, addRiskFromCatalogue } from '../../shared/risks/risk-edits';
import type { AreaProps } from '../state/area-props';
import { editContext } from '../state/edit-context';
import { historyCleared } from './register-messages';
import { commitRiskCell } from './register-commit';

export type RegisterPorts = Pick<AreaProps, 'edit' | 'purge' | 'showStatus'>;

/** The commands of the toolbar, the grid and the bands dialog, for this version of the plan. */
export function registerCommands(plan: Plan, { edit, purge, showStatus }: RegisterPorts) {
  return {
    /** Adds the catalogue entry as a new risk; answers its ref for the dialog's own notice. */
    addFromCatalogue(entry: RiskCatalogueEntry): string {
      const { edit: change, risk } = addRiskFromCatalogue(plan, entry, editContext(plan));
      edit(change, `add ${risk.ref} from the catalogue`);
      showStatus(`Added ${risk.ref} to the register.`);
      return risk.ref;
    },
    /** Adds an empty risk and answers it, for the area to show. */
    addBlank(): Risk {
      const { edit: change, risk } = addBlankRisk(plan, editContext(plan));
      edit(change, `add ${risk.ref}`);
      return risk;
    },
    /** Removes every risk's history (one undo step); the next save replaces the backup too. */
    clearHistory(): void {
      const built = clearAllHistory(plan);
      if (!built) return showStatus('No risk has any history to clear.');
      const entries = historyCount(plan);
      purge(built, 'clear the history of every risk');
      showStatus(historyCleared(entries));
    },
    /** A cell typed into the grid: null when it is saved, else why not (the grid shows it). */
    commit(risk: Risk, columnId: string, value: string): string | null {
      const result = commitRiskCell(plan, risk, columnId, value, editContext(plan));
      if (!result.ok) return result.message;
      if (result.edit) edit(result.edit, result.label);
      return null;
    },
    saveBands(bands: Band[]): void {
      edit(setField(['risks', 'bands'], bands), 'edit score bands');
      showStatus('Score bands saved.');
    },
  };
}

export type RegisterCommands = ReturnType<typeof registerCommands>;
