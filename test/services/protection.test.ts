import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { isAgeFile, passphraseCodec } from '../../electron/services/protection/plan-codec';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import { PlannerError } from '../../shared/result';
import { ageDecrypt, ageEncrypt } from './age-tool';
import { tempFolder } from './helpers';

const PASSPHRASE = 'correct horse battery staple';
const root = join(import.meta.dirname, '../..');
/** Words of the sample that must never be readable in a protected file. */
const DISTINCTIVE = ['Karst Basin', 'Sarvan', 'Brigades', 'Veloria'];

async function refusal(promise: Promise<unknown>): Promise<PlannerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlannerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('a plan protected with a passphrase is a standard age file', () => {
  it('is opened by the age command with the passphrase, giving back the plan file', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'veloria.mplan');
    await writePlanFile(path, createSamplePlan(), { codec: passphraseCodec(PASSPHRASE) });
    const stored = await readFile(path);
    expect(stored.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    for (const word of DISTINCTIVE) expect(stored.includes(word)).toBe(false);
    const out = join(folder, 'by-age.mplan');
    const decrypted = await ageDecrypt(folder, path, out, PASSPHRASE);
    expect(decrypted.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(serializePlan(createSamplePlan()));
    expect((await ageDecrypt(folder, path, join(folder, 'x'), 'wrong passphrase')).code).not.toBe(0);
  });

  it('opens what the age command encrypted with a passphrase, binary or armoured', async () => {
    const folder = await tempFolder();
    const plain = join(folder, 'plain.mplan');
    await writePlanFile(plain, createSamplePlan());
    for (const armor of [false, true]) {
      const path = join(folder, armor ? 'armoured.mplan' : 'binary.mplan');
      expect((await ageEncrypt(folder, plain, path, PASSPHRASE, armor)).code).toBe(0);
      expect(isAgeFile(await readFile(path))).toBe(true);
      const loaded = await readPlanFile(path, { codec: passphraseCodec(PASSPHRASE) });
      expect(loaded.protected).toBe(true);
      expect(loaded.plan).toEqual(createSamplePlan());
    }
  });
});

describe('opening a protected plan', () => {
  it('with a wrong passphrase: a plain message, and nothing touched', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'veloria.mplan');
    await writePlanFile(path, createSamplePlan(), { codec: passphraseCodec(PASSPHRASE) });
    const before = await readFile(path);
    const error = await refusal(readPlanFile(path, { codec: passphraseCodec('Correct horse battery staple') }));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toBe('That passphrase does not open "veloria.mplan". Check it and try again; nothing was changed on disk.');
    expect(await readFile(path)).toEqual(before);
  });

  it('without a passphrase: refused, saying it is protected', async () => {
    const path = join(await tempFolder(), 'veloria.mplan');
    await writePlanFile(path, createSamplePlan(), { codec: passphraseCodec(PASSPHRASE) });
    const error = await refusal(readPlanFile(path));
    expect(error.code).toBe('PROTECTED');
    expect(error.message).toContain('is protected with a passphrase');
  });

  it('keeps the backup protected too', async () => {
    const path = join(await tempFolder(), 'veloria.mplan');
    const codec = passphraseCodec(PASSPHRASE);
    await writePlanFile(path, createSamplePlan(), { codec });
    await writePlanFile(path, { ...createSamplePlan(), cover: { ...createSamplePlan().cover, title: 'Second' } }, { codec });
    const backup = await readFile(`${path}.bak`);
    expect(isAgeFile(backup)).toBe(true);
    for (const word of DISTINCTIVE) expect(backup.includes(word)).toBe(false);
    expect((await readPlanFile(`${path}.bak`, { codec })).plan.cover.title).toBe(createSamplePlan().cover.title);
  });
});

describe('the command line and protected plans', () => {
  it('protect, validate, export and risks export with --passphrase-file; refused without it (exit 1)', async () => {
    const folder = await tempFolder();
    const plain = join(folder, 'plain.mplan');
    const secret = join(folder, 'secret.mplan');
    const passFile = join(folder, 'pass.txt');
    await writePlanFile(plain, createSamplePlan());
    await writeFile(passFile, `${PASSPHRASE}\r\nsecond line is ignored\n`);
    expect((await cli('protect', plain, '-o', secret, '--passphrase-file', passFile)).code).toBe(0);
    expect(isAgeFile(await readFile(secret))).toBe(true);
    // The passphrase is the first line without its line ending: the age tool agrees.
    expect((await ageDecrypt(folder, secret, join(folder, 'check.mplan'), PASSPHRASE)).code).toBe(0);

    const refused = await cli('validate', secret);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"secret.mplan" is protected with a passphrase');
    expect((await cli('validate', secret, '--passphrase-file', passFile)).code).toBe(0);
    const csv = join(folder, 'r.csv');
    const exported = await cli('risks', 'export', secret, '-o', csv, '--passphrase-file', passFile);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('the CSV file is not');

    const back = join(folder, 'back.mplan');
    expect((await cli('unprotect', secret, '-o', back, '--passphrase-file', passFile)).code).toBe(0);
    expect((await readPlanFile(back)).plan).toEqual(createSamplePlan());

    await writeFile(passFile, 'not it\n');
    const wrong = await cli('unprotect', secret, '-o', join(folder, 'x.mplan'), '--passphrase-file', passFile);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('That passphrase does not open "secret.mplan"');
  });

  it('risks import into a protected plan keeps it protected', async () => {
    const folder = await tempFolder();
    const secret = join(folder, 'secret.mplan');
    const passFile = join(folder, 'pass.txt');
    await writeFile(passFile, `${PASSPHRASE}\n`);
    await writePlanFile(secret, createSamplePlan(), { codec: passphraseCodec(PASSPHRASE) });
    const csv = join(folder, 'r.csv');
    expect((await cli('risks', 'export', secret, '-o', csv, '--passphrase-file', passFile)).code).toBe(0);
    const text = (await readFile(csv, 'utf8')).replace('Force commander', 'Head of mission');
    await writeFile(csv, text);
    const imported = await cli('risks', 'import', secret, csv, '--passphrase-file', passFile, '--by', 'Tester');
    expect(imported.code).toBe(0);
    const stored = await readFile(secret);
    expect(isAgeFile(stored)).toBe(true);
    expect(stored.includes('Head of mission')).toBe(false);
    expect(JSON.stringify((await readPlanFile(secret, { codec: passphraseCodec(PASSPHRASE) })).plan)).toContain('Head of mission');
  });
});

describe('keys derived ahead of the next save', () => {
  it('give every save its own salt, and each file still opens with the age command', async () => {
    const folder = await tempFolder();
    const codec = passphraseCodec(PASSPHRASE, { deriveAhead: true });
    const salts: string[] = [];
    for (const name of ['one.mplan', 'two.mplan', 'three.mplan']) {
      const path = join(folder, name);
      await writePlanFile(path, createSamplePlan(), { codec });
      salts.push(/^-> scrypt (\S+) 18$/m.exec((await readFile(path)).subarray(0, 200).toString('latin1'))![1]!);
      expect((await ageDecrypt(folder, path, join(folder, `${name}.out`), PASSPHRASE)).code).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    expect(new Set(salts).size).toBe(3);
  });
});
