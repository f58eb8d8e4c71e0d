import { chmod, link, lstat, readdir, readFile, readlink, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { PlannerError } from '../../shared/result';
import { serializePlan } from '../../shared/plan/validate';
import { tempFolder, testPorts } from './helpers';

const retitled = (title: string): Plan => ({ ...createSamplePlan(), cover: { ...createSamplePlan().cover, title } });

describe('saving a plan reached through a symbolic link', () => {
  it('writes the new version to the link\'s target, keeps the link a link, and keeps the backup beside the target', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'real'));
    const target = join(folder, 'real', 'target.mplan');
    await writeFile(target, serializePlan(createSamplePlan()));
    const linkPath = join(folder, 'link.mplan');
    await symlink('real/target.mplan', linkPath);

    await writePlanFile(linkPath, retitled('Saved through the link'));

    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe('real/target.mplan');
    expect((await readPlanFile(target)).plan.cover.title).toBe('Saved through the link');
    expect((await readPlanFile(join(folder, 'real', 'target.mplan.bak'))).plan).toEqual(createSamplePlan());
    expect((await readdir(folder)).sort()).toEqual(['link.mplan', 'real']);
    expect((await readdir(join(folder, 'real'))).sort()).toEqual(['target.mplan', 'target.mplan.bak']);
  });

  it('follows a chain of links, and creates the target of a link that points nowhere yet', async () => {
    const folder = await tempFolder();
    await symlink('b.mplan', join(folder, 'a.mplan'));
    await symlink('c.mplan', join(folder, 'b.mplan'));
    await writePlanFile(join(folder, 'a.mplan'), createSamplePlan());
    expect((await lstat(join(folder, 'a.mplan'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(folder, 'b.mplan'))).isSymbolicLink()).toBe(true);
    expect((await readPlanFile(join(folder, 'c.mplan'))).plan).toEqual(createSamplePlan());
  });

  it('refuses a circle of links in plain words', async () => {
    const folder = await tempFolder();
    await symlink('b.mplan', join(folder, 'a.mplan'));
    await symlink('a.mplan', join(folder, 'b.mplan'));
    await expect(writePlanFile(join(folder, 'a.mplan'), createSamplePlan())).rejects.toThrow(/leads round in a circle/);
  });
});

describe('saving a plan that has a second hard link (decided: see docs/security.md)', () => {
  it('gives the saved name the new version and leaves the other name with the previous one, which is also the backup', async () => {
    const folder = await tempFolder();
    const a = join(folder, 'a.mplan');
    await writeFile(a, serializePlan(createSamplePlan()));
    await link(a, join(folder, 'b.mplan'));
    await writePlanFile(a, retitled('New version'));
    expect((await readPlanFile(a)).plan.cover.title).toBe('New version');
    expect((await readPlanFile(join(folder, 'b.mplan'))).plan).toEqual(createSamplePlan());
    expect((await stat(join(folder, 'b.mplan'))).ino).toBe((await stat(join(folder, 'a.mplan.bak'))).ino);
  });
});

describe('a read-only plan', () => {
  it('is refused for saving with a plain message offering Save As, and stays exactly as it was', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.mplan');
    const text = serializePlan(createSamplePlan());
    await writeFile(path, text);
    await chmod(path, 0o444);
    const error = await writePlanFile(path, retitled('Mine')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('READ_ONLY');
    expect((error as PlannerError).message).toBe('Could not save "plan.mplan": the file is read-only. Nothing was changed on disk. Use File › Save As… to save your changes under another name.');
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(await readdir(folder)).toEqual(['plan.mplan']);
  });

  it('is refused through the app\'s Save too, and Save As to another name works', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const folder = await tempFolder();
    const path = join(folder, 'plan.mplan');
    await writeFile(path, serializePlan(createSamplePlan()));
    await chmod(path, 0o444);
    ports.dialogs.openAnswers.push(path);
    const opened = await dispatch(handlers, 'openWithDialog', {});
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await dispatch(handlers, 'save', { docId: opened.value.docId, plan: retitled('Mine') });
    expect(!saved.ok && saved.error.code).toBe('READ_ONLY');
    ports.dialogs.saveAnswers.push(join(folder, 'copy.mplan'));
    const copy = await dispatch(handlers, 'saveAs', { docId: opened.value.docId, plan: retitled('Mine') });
    expect(copy.ok && copy.value.name).toBe('copy.mplan');
  });
});

describe('long file names', () => {
  for (const bytes of [248, 251, 255]) {
    it(`saves, backs up and saves again a plan whose name is ${bytes} bytes long (the temp and backup names fit too)`, async () => {
      const folder = await tempFolder();
      const stem = 'П'.repeat(Math.floor((bytes - 6) / 2)) + 'x'.repeat((bytes - 6) % 2);
      const path = join(folder, `${stem}.mplan`);
      expect(Buffer.byteLength(`${stem}.mplan`)).toBe(bytes);
      await writePlanFile(path, createSamplePlan());
      await writePlanFile(path, retitled('Second save'));
      expect((await readPlanFile(path)).plan.cover.title).toBe('Second save');
      const names = await readdir(folder);
      expect(names).toHaveLength(2);
      for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      const backup = names.find((n) => n !== `${stem}.mplan`)!;
      expect(backup.endsWith('.bak')).toBe(true);
      expect((await readPlanFile(join(folder, backup))).plan).toEqual(createSamplePlan());
    });
  }
});
