/** Debian's `age` command, driven through `expect` because it reads passphrases only from a terminal. */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// The passphrase reaches expect through its environment, never its command line (`ps` shows that).
const DECRYPT = `set timeout 60
spawn age -d -o [lindex $argv 1] [lindex $argv 0]
expect "passphrase"
send -- "$env(AGE_TEST_PASSPHRASE)\\r"
expect eof
exit [lindex [wait] 3]
`;
const ENCRYPT = `set timeout 60
spawn age {*}[lrange $argv 2 end] -p -o [lindex $argv 1] [lindex $argv 0]
expect "passphrase"
send -- "$env(AGE_TEST_PASSPHRASE)\\r"
expect "Confirm"
send -- "$env(AGE_TEST_PASSPHRASE)\\r"
expect eof
exit [lindex [wait] 3]
`;

async function expectScript(folder: string, name: string, body: string, args: string[], passphrase: string): Promise<{ code: number; output: string }> {
  const script = join(folder, name);
  await writeFile(script, body);
  try {
    const { stdout } = await run('expect', [script, ...args], { env: { ...process.env, AGE_TEST_PASSPHRASE: passphrase } });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: e.stdout ?? '' };
  }
}

/** `age -d`: decrypts `input` to `output` with the passphrase; exit code 0 when it worked. */
export const ageDecrypt = (folder: string, input: string, output: string, passphrase: string) =>
  expectScript(folder, 'age-decrypt.exp', DECRYPT, [input, output], passphrase);

/** `age -p` (with `-a` for armour): encrypts `input` to `output` with the passphrase. */
export const ageEncrypt = (folder: string, input: string, output: string, passphrase: string, armor = false) =>
  expectScript(folder, 'age-encrypt.exp', ENCRYPT, [input, output, ...(armor ? ['-a'] : [])], passphrase);
