/**
 * Filling a phrase template. A template is usable only when every
 * placeholder it names has a value, so the engine can offer the facts it has
 * and let the data (cchc-2025.phrases.ts) decide the wording: the first
 * usable template of the outcome wins.
 */
import type { PhraseTemplate } from '../templates/phraseTypes';
import { upperFirst } from './phrases';

export type PhraseValues = Partial<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with its placeholders filled, or undefined when one of them has no value. */
export function fillTemplate(text: string, values: PhraseValues): string | undefined {
  let missing = false;
  const out = text.replace(PLACEHOLDER, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') {
      missing = true;
      return '';
    }
    return v;
  });
  return missing ? undefined : upperFirst(out.trim());
}

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** The first usable template; a zero-count template only when the count is zero. */
export function pickPhrase(templates: readonly PhraseTemplate[], values: PhraseValues, zero: boolean): { text: string; used: string[] } | undefined {
  for (const t of templates) {
    if (t.whenZero && !zero) continue;
    const text = fillTemplate(t.text, values);
    if (text) return { text, used: placeholdersOf(t.text) };
  }
  return undefined;
}
