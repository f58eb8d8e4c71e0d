/** What a new passphrase must be before the plan is encrypted with it. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** Why the new passphrase is refused, or null when it will do. */
export function checkNewPassphrase(passphrase: string, again: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters; four or more random words are best.`;
  if (passphrase.trim() !== passphrase) return 'The passphrase starts or ends with a space, which is easy to forget: remove it.';
  if (passphrase !== again) return 'The two passphrases are not the same.';
  return null;
}
