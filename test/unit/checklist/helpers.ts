/** Builds derived states from edits as members would write them, for the checklist tests. */
import { deriveState, type DerivedState } from '../../../shared/domain/derive';
import type { EntityKind, Edit, Json } from '../../../shared/domain/edit';
import { planFieldEdits, type EditContext } from '../../../shared/domain/write';

export function author(name: string, node: string, start = 1000): EditContext {
  let n = start;
  return { inspectionId: 'insp', author: name, nextId: () => `${String(n++).padStart(15, '0')}-0000-${node}` };
}

export class Edits {
  readonly all: Edit[] = [];
  write(ctx: EditContext, entity: EntityKind, recordId: string, unitId: string, values: Record<string, Json>): this {
    this.all.push(...planFieldEdits(deriveState(this.all), ctx, entity, recordId, unitId, values));
    return this;
  }
  state(): DerivedState {
    return deriveState(this.all);
  }
}
