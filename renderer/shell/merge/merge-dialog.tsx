import { useRef, useState } from 'react';
import { ChoiceGroup } from '../../components/choice-group';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { plural } from '../../../shared/plan/labels';
import type { MergeRequest } from '../session';
import { canEdit, changeWords, choicesFrom, valueWords } from './merge-words';
import type { Decision, MergeConflict } from './merge-words';
import { MergeSummary } from './merge-summary';

type Pick = Decision['pick'];

/** The radio labels for one conflict: a deletion reads as keep / delete, a value as this copy's / the other's. */
function choicesFor(conflict: MergeConflict) {
  const choices: { value: Pick; label: string }[] =
    conflict.deleted === 'ours'
      ? [{ value: 'ours', label: 'Delete it, as this copy did' }, { value: 'theirs', label: 'Keep it, as the other copy has it' }]
      : conflict.deleted === 'theirs'
        ? [{ value: 'ours', label: 'Keep it, as this copy has it' }, { value: 'theirs', label: 'Delete it, as the other copy did' }]
        : [{ value: 'ours', label: 'Keep this copy’s' }, { value: 'theirs', label: 'Keep the other copy’s' }];
  return canEdit(conflict) ? [...choices, { value: 'edited' as const, label: 'Write it myself' }] : choices;
}

function ConflictSide({ title, value, deleted, change }: { title: string; value: MergeConflict['ours']; deleted: boolean; change: MergeConflict['oursChange'] }) {
  return (
    <div className="merge-side">
      <h4 className="merge-side-title">{title}</h4>
      <p className={deleted ? 'merge-value merge-value-deleted' : 'merge-value'} dir="auto">
        {valueWords(value, deleted)}
      </p>
      <p className="merge-when">{changeWords(change)}</p>
    </div>
  );
}

interface ConflictItemProps {
  conflict: MergeConflict;
  index: number;
  fileName: string;
  decision: Decision;
  onDecide: (decision: Decision) => void;
}

/** One conflict: both values side by side with who and when, and the planner's pick. */
function ConflictItem({ conflict, index, fileName, decision, onDecide }: ConflictItemProps) {
  const starting = typeof conflict.ours === 'string' ? conflict.ours : '';
  return (
    <li className="merge-conflict" data-conflict={index}>
      <h3 className="merge-conflict-title" dir="auto">
        <span className="visually-hidden">Conflict {index + 1}: </span>
        {conflict.label}
      </h3>
      <div className="merge-sides">
        <ConflictSide title="This copy" value={conflict.ours} deleted={conflict.deleted === 'ours'} change={conflict.oursChange} />
        <ConflictSide title={`The other copy, “${fileName}”`} value={conflict.theirs} deleted={conflict.deleted === 'theirs'} change={conflict.theirsChange} />
      </div>
      <ChoiceGroup<Pick>
        legend={`Which to keep for ${conflict.label}`}
        hideLegend
        value={decision.pick}
        choices={choicesFor(conflict)}
        onChange={(pick) => onDecide({ pick, value: pick === 'edited' && decision.pick !== 'edited' ? starting : decision.value })}
      />
      {decision.pick === 'edited' && <TextField label={`Your text for ${conflict.label}`} multiline value={decision.value} maxLength={20_000} onChange={(value) => onDecide({ pick: 'edited', value })} />}
    </li>
  );
}

/**
 * The conflict view: what each side changed, then every conflict side by side; the planner picks
 * one side per conflict or writes the value. Applying sends every decision; nothing is chosen for
 * them. After a merge without conflicts it only shows what changed.
 */
export function MergeDialog({ request }: { request: MergeRequest }) {
  const { proposal } = request;
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const count = proposal.conflicts.length;

  if (request.applied) {
    return (
      <ModalDialog
        title={`Merged “${proposal.fileName}”`}
        onCancel={() => request.answer(null)}
        actions={
          <button type="button" className="button button-primary" data-autofocus onClick={() => request.answer(null)}>
            Close
          </button>
        }
      >
        <div className="wide-dialog merge-dialog">
          <p>Both copies’ changes are in the plan now; no value was changed on both sides. Nothing is written until you save, and Undo takes the whole merge back.</p>
          <MergeSummary proposal={proposal} />
        </div>
      </ModalDialog>
    );
  }

  const apply = () => {
    const result = choicesFrom(proposal.conflicts, decisions);
    if ('undecided' in result) {
      const open = result.undecided.length;
      setProblem(`Decide every conflict first: ${open === 1 ? 'one is' : `${open} are`} still open.`);
      // Conflict ids are document paths (with control characters): the item is found by its place in the list.
      const at = proposal.conflicts.findIndex((c) => c.id === result.undecided[0]);
      const first = list.current?.querySelector<HTMLInputElement>(`[data-conflict="${at}"] input`);
      first?.focus();
      return;
    }
    setProblem(null);
    if (!request.checking) request.answer(result.choices);
  };
  const shown = request.checking ? null : (problem ?? request.problem);

  return (
    <ModalDialog
      title={`Merge “${proposal.fileName}”: ${plural(count, 'conflict')} to decide`}
      onCancel={() => request.answer(null)}
      actions={
        <>
          <button type="button" className="button" onClick={() => request.answer(null)}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={request.checking} onClick={apply}>
            {request.checking ? 'Applying…' : 'Apply merge'}
          </button>
        </>
      }
    >
      <div className="wide-dialog merge-dialog">
        <p>
          Both copies changed {count === 1 ? 'this value' : 'these values'} differently since they parted. For each, keep one side or write the text yourself. Everything else
          either side changed is merged as it is. Nothing is written until you save, and Undo takes the whole merge back.
        </p>
        <MergeSummary proposal={proposal} />
        <ol className="merge-conflicts" ref={list} aria-label="Conflicts">
          {proposal.conflicts.map((conflict, index) => (
            <ConflictItem
              key={conflict.id}
              conflict={conflict}
              index={index}
              fileName={proposal.fileName}
              decision={decisions.get(conflict.id) ?? { pick: '', value: '' }}
              onDecide={(decision) => {
                setProblem(null);
                setDecisions((before) => new Map(before).set(conflict.id, decision));
              }}
            />
          ))}
        </ol>
        {shown && (
          <p className="field-error merge-problem" role="alert">
            {shown}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
