import type { ComponentType } from 'react';
import type { IconName } from '../components/icons';
import type { PlanEdit } from '../../shared/plan/edit';
import type { AppError } from '../../shared/result';
import type { OpenDocument } from '../state/document';

/** Ids of the areas in the navigation rail. */
export type AreaId = 'cover' | 'mandate' | 'capabilities' | 'risks' | 'brief';

/** What every area component receives from the shell. */
export interface AreaProps {
  /** The open document: `doc.plan` is the current plan, plus docId, path and file name. */
  doc: OpenDocument;
  /**
   * Applies a shared PlanEdit as one undo step labelled e.g. "edit title" ("Undo edit title").
   * Pass a typingKey (the field path, e.g. "cover.title") for keystrokes: consecutive edits with
   * the same key join one undo step.
   */
  edit: (edit: PlanEdit, label: string, typingKey?: string) => void;
  /** Applies an edit that removes text from history (one undo step); the next save replaces the backup too. */
  purge: (edit: PlanEdit, label: string) => void;
  /** Ends a typing run; call it on blur so the next keystrokes start a new undo step. */
  endTyping: () => void;
  /** Switches the shell to another area (e.g. a risk linking to its capability). */
  goTo: (area: AreaId) => void;
  /** A short message in the status line, e.g. after an export. */
  showStatus: (text: string) => void;
  /** A failed Result's error in the shell's error panel (CANCELLED is better left silent). */
  showError: (title: string, error: AppError) => void;
}

/** One item of the navigation rail: the area registry (renderer/areas.ts) lists them in order. */
export interface AreaDefinition {
  id: AreaId;
  label: string;
  icon: IconName;
  /** One sentence under the heading: what the planner does here. */
  summary: string;
  /** 'wide' lets tables and heat maps use the whole width; forms read better 'narrow' (default). */
  layout?: 'narrow' | 'wide';
  /** The area's screen. */
  component: ComponentType<AreaProps>;
}
