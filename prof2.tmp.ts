import { planAtScale } from './test/bench/_scale-plan';
import { serializePlan } from './shared/plan/validate';
import { isUtf8 } from 'node:buffer';
const text = serializePlan(planAtScale());
const buf = Buffer.from(text);
function t(label: string, f: () => unknown, n = 15) { f(); const ts: number[] = []; let r; for (let i = 0; i < n; i++) { const s = performance.now(); r = f(); ts.push(performance.now() - s); } ts.sort((a,b)=>a-b); console.log(label.padEnd(30), ts[n>>1]!.toFixed(1), 'min', ts[0]!.toFixed(1)); return r; }
t('isUtf8', () => isUtf8(buf));
t('toString', () => buf.toString('utf8'));
t('TextDecoder nonfatal', () => new TextDecoder().decode(buf));
t('TextDecoder fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(buf));
const s = buf.toString();
t('includes FFFD', () => s.includes('\uFFFD'));
let nonAscii = 0; for (const c of text) if (c.charCodeAt(0) > 127) nonAscii++; console.log('nonascii chars', nonAscii);
