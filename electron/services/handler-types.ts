/**
 * The shape of the contract's handlers, apart from their composition in handlers.ts, so the
 * per-area handler files (brief, CSV, Word, shell) can name their part without importing the
 * module that composes them.
 */
import type { z } from 'zod';
import type { Contract, MethodName, ResponseOf } from '../../shared/ipc';

/** A request as the handler receives it: after dispatch's zod check (defaults applied). */
export type RequestIn<K extends MethodName> = z.output<Contract[K]['request']>;

/** One async function per contract method; failures are thrown PlannerErrors, turned into results by dispatch. */
export type Handlers = { [K in MethodName]: (request: RequestIn<K>) => Promise<ResponseOf<K>> };
