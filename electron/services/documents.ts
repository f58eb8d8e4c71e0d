/**
 * The documents open in this session (docId -> file and fingerprint), and the paths the renderer
 * may ask to open: only those the planner picked in a dialog or that are on the recent list.
 * The renderer never names an arbitrary path.
 */
import { resolve } from 'node:path';
import { newId } from '../../shared/plan/ids';
import { PlannerError } from '../../shared/result';
import type { Fingerprint } from './plan-file';
import type { PlanCodec } from './protection/plan-codec';
import type { RecoverySeal } from './protection/recovery-seal';

export interface OpenDocument {
  docId: string;
  /** Null until the plan is saved for the first time. */
  path: string | null;
  /** What the file looked like when we last read or wrote it. */
  fingerprint: Fingerprint | null;
  /** Name of this document's recovery copy (kept when a copy is restored). */
  recoveryId: string;
  /**
   * How its file is stored: null for plain, or the passphrase codec of a protected plan. The
   * passphrase lives here, in the main process's memory only, while the document is open.
   */
  codec: PlanCodec | null;
  /** The key its recovery copies are sealed with, made when first needed (protected plans only). */
  seal?: Promise<RecoverySeal>;
}

/** Registry of open documents and of the paths the planner chose in this session. */
export class DocumentRegistry {
  private readonly docs = new Map<string, OpenDocument>();
  private readonly chosenPaths = new Set<string>();
  /** Told of each document closed or forgotten (its change history is let go). */
  onForget?: (docId: string) => void;

  /** Registers a document and returns it with its new id. */
  open(path: string | null, fingerprint: Fingerprint | null, recoveryId: string = newId('rec'), codec: PlanCodec | null = null): OpenDocument {
    const doc: OpenDocument = { docId: newId('doc'), path: path === null ? null : resolve(path), fingerprint, recoveryId, codec };
    this.docs.set(doc.docId, doc);
    return doc;
  }

  /** The document, or UNKNOWN_DOCUMENT when the renderer names one that is not open. */
  get(docId: string): OpenDocument {
    const doc = this.docs.get(docId);
    if (!doc) throw new PlannerError('UNKNOWN_DOCUMENT', 'This plan is no longer open in Mandate Planner. Open it again to continue.');
    return doc;
  }

  /** Records where a document now lives and what the file looks like (after save or reload). */
  update(docId: string, path: string, fingerprint: Fingerprint): OpenDocument {
    const doc = this.get(docId);
    doc.path = resolve(path);
    doc.fingerprint = fingerprint;
    return doc;
  }

  close(docId: string): OpenDocument | null {
    const doc = this.docs.get(docId) ?? null;
    this.docs.delete(docId);
    if (doc) this.onForget?.(docId);
    return doc;
  }

  /**
   * Forgets every open document without touching its recovery copy: the page that had them open
   * crashed and was reloaded, so the copies are left over from a crash and must be offered back.
   */
  forgetAll(): void {
    for (const docId of this.docs.keys()) this.onForget?.(docId);
    this.docs.clear();
  }

  /** Recovery ids of the documents open now (their copies are live, not left over from a crash). */
  openRecoveryIds(): string[] {
    return [...this.docs.values()].map((doc) => doc.recoveryId);
  }

  /** Marks a path the planner picked in a dialog, so it may be opened again without a dialog. */
  allowPath(path: string): void {
    this.chosenPaths.add(resolve(path));
  }

  /** The dialog-chosen paths of this session (recent-list paths are checked by the caller). */
  allowedPaths(): ReadonlySet<string> {
    return this.chosenPaths;
  }

  isAllowed(path: string, recentIncludes: (path: string) => boolean): boolean {
    return this.chosenPaths.has(resolve(path)) || recentIncludes(path);
  }
}
