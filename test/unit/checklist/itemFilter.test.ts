import { describe, expect, it } from 'vitest';
import { matchesItemFilter, type ItemFilter } from '../../../shared/checklist/itemFilter';
import { mergeEdits, deriveState } from '../../../shared/domain/derive';
import { evidenceOf, responseOf } from '../../../shared/domain/views';
import { author, Edits } from './helpers';

const lan = author('lan', 'aa');
const minh = author('minh', 'bb', 5000);

function shown(state: ReturnType<Edits['state']>, filter: ItemFilter, items: string[]): string[] {
  return items.filter((id) => matchesItemFilter(filter, { response: responseOf(state, 'u1', id), evidence: evidenceOf(state, 'u1', id) }));
}

describe('checklist item filters', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];
  const shared = new Edits()
    .write(lan, 'response', 'u1~a', 'u1', { verdict: 'dat' })
    .write(lan, 'response', 'u1~b', 'u1', { verdict: 'khong-dat', comment: 'thiếu' })
    .write(lan, 'response', 'u1~c', 'u1', { numerator: 3, denominator: 4 })
    .write(lan, 'response', 'u1~d', 'u1', { verdict: 'khong-phat-sinh' })
    .write(lan, 'response', 'u1~f', 'u1', { comment: 'sẽ xem lại hồ sơ' }).all;
  // Lan and Minh each set item a's verdict without seeing the other: a disagreement.
  const fromMinh = new Edits().write(minh, 'response', 'u1~a', 'u1', { verdict: 'dat-mot-phan' });
  // Evidence of item e recorded by both with different numbers.
  const evLan = new Edits().write(lan, 'evidence', 'ev1', 'u1', { itemId: 'e', docType: 'KH', number: '14/KH-SKHCN' }).all;
  const evMinh = new Edits();
  evMinh.all.push(...evLan);
  evMinh.write(minh, 'evidence', 'ev1', 'u1', { number: '15/KH-SKHCN' });
  const evLan2 = new Edits();
  evLan2.all.push(...evLan);
  evLan2.write(author('lan', 'aa', 9000), 'evidence', 'ev1', 'u1', { number: '16/KH-SKHCN' });
  const state = deriveState(mergeEdits(shared, fromMinh.all, evMinh.all, evLan2.all));

  it('by verdict shows exactly the items with that verdict', () => {
    expect(shown(state, 'khong-dat', items)).toEqual(['b']);
    expect(shown(state, 'khong-phat-sinh', items)).toEqual(['d']);
    expect(shown(state, 'all', items)).toEqual(items);
  });

  it('"chưa có kết quả" shows items without a result: a ratio alone is one, a comment alone is not', () => {
    expect(shown(state, 'unanswered', items)).toEqual(['e', 'f']);
  });

  it('"có bất đồng" shows items whose answer or evidence has differing standing values', () => {
    expect(shown(state, 'disagreement', items)).toEqual(['a', 'e']);
    expect(shown(deriveState(shared), 'disagreement', items)).toEqual([]);
  });
});
