/** The Dexie adapter of the storage port (shared/core/port.ts): one Dexie transaction per use case, its tables bound to it. */
import type { EditStorePort, EditStoreTx } from '../../../shared/core/port';
import type { EditStore } from './edits';
import { authorFor, leaderKeyKey } from './settings';
import { boundTables, editIdsExcept, entitiesState, inspectionState, recordsState, writeTables, type Tables } from './readModel';
import type { AppDB } from './schema';

function txOver(t: Tables, store: EditStore): EditStoreTx {
  return {
    readRecords: (inspectionId, refs) => recordsState(t, inspectionId, refs),
    readEntities: (inspectionId, entities) => entitiesState(t, inspectionId, entities),
    readInspection: (inspectionId) => inspectionState(t, inspectionId),
    editIdsExcept: (inspectionId, entity) => editIdsExcept(t, inspectionId, entity),
    append: (edits, onProgress) => store.appendHere(t, edits, onProgress),
    author: (inspectionId) => authorFor(t, inspectionId),
    listInspection: async (inspectionId) => {
      if (await t.inspections.get(inspectionId)) return false;
      if ((await t.edits.where('inspectionId').equals(inspectionId).limit(1).count()) === 0) return false;
      const now = Date.now();
      await t.inspections.put({ id: inspectionId, addedAt: now, openedAt: now });
      return true;
    },
    pinLeaderKey: async (inspectionId, leaderKey) => {
      await t.settings.put({ key: leaderKeyKey(inspectionId), value: leaderKey });
    },
    keepSegments: async (segments) => {
      if (segments.length > 0) await t.segments.bulkPut([...segments]);
    },
    nextId: () => store.nextId(),
  };
}

export function dexiePort(db: AppDB, store: EditStore): EditStorePort {
  return {
    transaction: (work) => db.transaction('rw', writeTables(db), (trans) => work(txOver(boundTables(trans), store))),
  };
}
