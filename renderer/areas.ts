/**
 * The area registry: one entry per item of the navigation rail, in order.
 *
 * An area is a component `(props: AreaProps) => JSX`; the shell renders it inside <main> under a
 * heading with the entry's label. The component gets (see state/area-props.ts):
 *   - `doc.plan`: the current plan (read only; never mutate it);
 *   - `edit(planEdit, label, typingKey?)`: build edits with shared/plan/edit.ts (`setField(path,
 *     value)`, insert/remove/move/batch) or a domain module, and pass a short label ("edit
 *     title", "add risk"); for text typing pass `typingKey` = the field path joined with '.' and
 *     call `endTyping` on blur, so each typing run is one undo step. Undo/redo, the dirty
 *     marker, recovery copies and saving then work without anything else;
 *   - `goTo(areaId)` to move to another area;
 *   - `showStatus(text)` / `showError(title, appError)` to report the outcome of an action in
 *     the shell's status line and error panel.
 * Only renderer/api.ts touches window.planner (lint enforces it). Document commands belong to the
 * controller; an area's own call to the main process (an export, a CSV preview) goes through a
 * wrapper in api.ts, called from a hook of the area (see brief/use-brief-export.ts).
 * The registry sits beside app.tsx, not in shell/: the shell frames the areas app.tsx hands it,
 * and no area folder imports another (eslint.config.js).
 */
import { BriefArea } from './brief/brief-area';
import { CoverForm } from './cover/cover-form';
import { MandateWizard } from './wizard/wizard';
import { lazyArea } from './components/lazy-area';
import type { AreaDefinition } from './state/area-props';

// The two table areas (TanStack Table, the virtual grid) are chunks of their own, fetched while
// the app is idle and compiled as they arrive, not on the planner's first click.
const ChecklistsArea = lazyArea(() => import('./checklists/checklists-area').then((m) => m.ChecklistsArea));
const RisksArea = lazyArea(() => import('./risks/risks-area').then((m) => m.RisksArea));

/** Fetches the code of the areas loaded on demand; call it once the app is idle. */
export function preloadAreas(): void {
  void RisksArea.preload();
  void ChecklistsArea.preload();
}

export const AREAS: readonly AreaDefinition[] = [
  {
    id: 'cover',
    label: 'Cover',
    icon: 'cover',
    summary: 'Name the plan and say who wrote it, for whom and under what marking.',
    component: CoverForm,
  },
  {
    id: 'mandate',
    label: 'Situation & mandate',
    icon: 'wizard',
    summary: 'Assess the situation step by step and draft the mandate proposal.',
    layout: 'wide',
    component: MandateWizard,
  },
  {
    id: 'capabilities',
    label: 'Capabilities',
    icon: 'capabilities',
    summary: 'Check what the mission can and cannot yet do.',
    layout: 'wide',
    component: ChecklistsArea,
  },
  {
    id: 'risks',
    label: 'Risks',
    icon: 'risks',
    summary: 'Keep the risk register and see it on a heat map.',
    layout: 'wide',
    component: RisksArea,
  },
  {
    id: 'brief',
    label: 'Brief',
    icon: 'brief',
    summary: 'Choose what the printed brief holds, check it page by page, and export it as a PDF.',
    layout: 'wide',
    component: BriefArea,
  },
];
