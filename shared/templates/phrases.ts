import { CCHC_PHRASES } from './cchc-2025.phrases';
import type { TemplatePhrases } from './phraseTypes';
import type { ChecklistTemplate } from './types';

export * from './phraseTypes';
export { CCHC_PHRASES };

const PHRASES = new Map<string, TemplatePhrases>([[`${CCHC_PHRASES.templateId}@${CCHC_PHRASES.templateVersion}`, CCHC_PHRASES]]);

/** The report wording of a checklist template; a template without its own uses the generic sentences of the CCHC one. */
export function phrasesFor(t: Pick<ChecklistTemplate, 'id' | 'version'>): TemplatePhrases {
  return PHRASES.get(`${t.id}@${t.version}`) ?? { ...CCHC_PHRASES, items: {}, sections: {} };
}
