/**
 * The team passphrase that seals packages: how long it must be and how strong
 * it looks while it is typed. Pure, so the screen and the tests agree.
 */

/**
 * Shortest team passphrase accepted when sealing. A sealed file can be
 * attacked offline for as long as anyone likes; with scrypt at N=2^17 a guess
 * costs about a second of a laptop's time, and twelve characters of ordinary
 * Vietnamese words put the passphrase far beyond what guessing can reach,
 * while a short one (a name, a year) falls to a dictionary in days.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Letters as a person counts them: "Đoàn" is four, whatever its Unicode form. */
function letters(passphrase: string): string[] {
  return [...passphrase.normalize('NFC')];
}

/** Vietnamese reason when a passphrase cannot be used to seal; undefined when it can. */
export function passphraseProblem(passphrase: string): string | undefined {
  const length = letters(passphrase).length;
  if (length < MIN_PASSPHRASE_LENGTH)
    return `Mật khẩu của đoàn cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự (hiện có ${length}). Hãy dùng một câu ngắn dễ nhớ, ví dụ ba, bốn từ.`;
  return undefined;
}

export type PassphraseLevel = 0 | 1 | 2 | 3;

export interface PassphraseStrength {
  /** 0 too short, 1 weak, 2 fair, 3 strong. */
  level: PassphraseLevel;
  label: string;
  advice: string;
}

/** Characters that only repeat or continue the one before ("aaaa", "1234", "abcd"): a guesser tries those first. */
function patterned(run: string): number {
  let n = 0;
  for (let i = 1; i < run.length; i++) {
    const d = Math.abs(run.charCodeAt(i) - run.charCodeAt(i - 1));
    if (d <= 1) n++;
  }
  return n;
}

/** Words every guesser tries first; they add nothing. */
const KNOWN = /mat ?khau|password|passw0rd|qwerty|admin|doan ?kiem ?tra|kiem ?tra|tu ?kiem ?tra|cchc|tthc/g;

/**
 * A rough estimate, in bits, of how hard the passphrase is to guess, read the
 * way a guesser reads it: a word (a run of letters) is one pick from a
 * dictionary of Vietnamese syllables (about 13 bits), longer runs a little
 * more; digits and symbols count per character; repeats, sequences and
 * well-known words count for nothing. A guide for the person typing, not a
 * guarantee.
 */
export function passphraseBits(passphrase: string): number {
  const nfc = passphrase.normalize('NFC');
  const plain = nfc.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(KNOWN, ' ');
  let bits = 0;
  for (const [run] of plain.matchAll(/[a-z]+|[0-9]+|[^a-z0-9\s]/g)) {
    const length = run.length - patterned(run);
    if (/^[a-z]/.test(run)) bits += 13 + Math.max(0, length - 7) * 3;
    else if (/^[0-9]/.test(run)) bits += length * 3.3;
    else bits += 5;
  }
  // Capitals help a little, when they are not just the first letter.
  bits += Math.min(5, Math.max(0, (nfc.match(/\p{Lu}/gu)?.length ?? 0) - 1));
  return Math.round(bits);
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (letters(passphrase).length < MIN_PASSPHRASE_LENGTH)
    return { level: 0, label: 'Quá ngắn', advice: `Cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.` };
  const bits = passphraseBits(passphrase);
  if (bits < 45) return { level: 1, label: 'Yếu', advice: 'Dễ đoán: hãy thêm vài từ không liên quan đến nhau, hoặc chữ số và dấu câu.' };
  if (bits < 60) return { level: 2, label: 'Khá', advice: 'Dùng được; thêm một từ nữa sẽ an toàn hơn.' };
  return { level: 3, label: 'Mạnh', advice: 'Khó đoán. Hãy báo mật khẩu cho thành viên bằng lời hoặc điện thoại, không gửi kèm tệp.' };
}
