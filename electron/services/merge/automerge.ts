/**
 * Automerge, ready to use wherever this code is bundled. The package's Node entry reads its WASM
 * file from beside itself, which a bundle (the CLI, the crash test's child) does not have; the slim
 * entry with the WASM inlined as base64 works the same in every one. Every module of ours imports
 * Automerge from here.
 */
import { initializeBase64Wasm } from '@automerge/automerge/slim';
import { automergeWasmBase64 } from '@automerge/automerge/automerge.wasm.base64';

await initializeBase64Wasm(automergeWasmBase64);

export * from '@automerge/automerge/slim';
