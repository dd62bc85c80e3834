/**
 * Who may write what, decided from keys, never from what a file says of
 * itself:
 * - the set-up (inspection, units, members, roles, assignments, members'
 *   keys) and the settling of disagreements belong to the leader's key,
 *   which this laptop trusts since it compared its fingerprint;
 * - a member's records count only in a segment signed by the key the
 *   leader's set-up gives that member, and only up to the moment the leader
 *   removed the member or replaced the key;
 * - a member's file that changes the set-up is refused: only the leader's is applied.
 * Pure: the trusted set-up comes in as edits, the file as verified segments.
 */
import { DELETED_FIELD, type Edit } from '../domain/edit';
import { keyFingerprint } from './crypto';
import { exchangeError, type ExchangeError } from './errors';
import type { OpenedPackage, OpenedSegment } from './open';

/** The author of set-up records written before anyone chose "Tôi là …": the leader's laptop. */
export const SETUP_AUTHOR = 'setup';
export const LEADER_ROLE = 'truong-doan';
const SETUP_ENTITIES = new Set<Edit['entity']>(['inspection', 'unit', 'member']);

interface KeySpan {
  key: string;
  /** Id of the edit that set this key. */
  from: string;
  /** Id of the edit that replaced it; records after it are refused. */
  until?: string;
}

export interface MemberTrust {
  name: string;
  role?: string;
  keys: KeySpan[];
  /** Id of the leader's edit that removed the member. */
  removedAt?: string;
}

export interface TrustBase {
  /** The leader's key, as this laptop trusts it; undefined while the inspection is not here yet (or came from an older version). */
  leaderKey?: string;
  members: Map<string, MemberTrust>;
}

/** The trust a set of already accepted set-up edits gives: leader key, members, their roles, keys and removals. */
export function trustOf(setupEdits: readonly Edit[], inspectionId: string): TrustBase {
  const sorted = [...setupEdits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const members = new Map<string, MemberTrust>();
  let leaderKey: string | undefined;
  const member = (id: string) => {
    let m = members.get(id);
    if (!m) members.set(id, (m = { name: id, keys: [] }));
    return m;
  };
  for (const e of sorted) {
    if (e.entity === 'inspection' && e.recordId === inspectionId && e.field === 'leaderKey' && typeof e.value === 'string') leaderKey = e.value;
    if (e.entity !== 'member') continue;
    const m = member(e.recordId);
    if (e.field === 'name' && typeof e.value === 'string') m.name = e.value;
    else if (e.field === 'role' && typeof e.value === 'string') m.role = e.value;
    else if (e.field === 'publicKey' && typeof e.value === 'string') {
      const last = m.keys[m.keys.length - 1];
      if (last && last.key === e.value) continue;
      if (last) last.until = e.id;
      m.keys.push({ key: e.value, from: e.id });
    } else if (e.field === DELETED_FIELD || e.field === 'archived') {
      // Removing a member (a deletion, or archiving in Thiết lập) revokes her key for later records; restoring gives it back.
      m.removedAt = e.value === true ? e.id : undefined;
    }
  }
  return { leaderKey, members };
}

function isLeaderAuthor(base: TrustBase, author: string): boolean {
  return author === SETUP_AUTHOR || base.members.get(author)?.role === LEADER_ROLE;
}

/** A key a member has not yet been trusted with, waiting for the leader to compare fingerprints. */
export interface PendingKey {
  memberId: string;
  memberName: string;
  publicKey: string;
  fingerprint: string;
}

export interface Authorised {
  /** Records this laptop may take (those it already has included). */
  accepted: Edit[];
  /** Members' first keys the leader must confirm before the records are taken. */
  pendingKeys: PendingKey[];
  /** The leader key of an inspection new to this laptop, to compare before anything is taken. */
  leaderToConfirm?: { publicKey: string; fingerprint: string };
  /** A format-1 file: only its signer's own records were taken. */
  legacyFormat: boolean;
}

export interface AuthorityContext {
  /** The set-up edits (inspection, units, members) this laptop has accepted: what it trusts. */
  setup: readonly Edit[];
  /** A record already on this laptop (then it was checked when it came). */
  known: (id: string) => Edit | undefined;
  /** This laptop's own key: a backup it signed itself is its own data, and the inspections it set up are led from it. */
  ownKey?: string;
  /** Who uses this laptop in the inspection ("Tôi là …"). */
  me?: string;
  /** The leader key this laptop pinned when it first took the inspection, after comparing its fingerprint. */
  pinnedLeaderKey?: string;
}

type Verdict = { ok: true; value: Authorised } | { ok: false; error: ExchangeError };

const byIdAsc = (a: Edit, b: Edit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records of the file this laptop may take, or the first reason to refuse it. */
export function authorise(pkg: OpenedPackage, inspectionId: string, ctx: AuthorityContext): Verdict {
  const file = pkg.fileName;
  const refuse = (code: Parameters<typeof exchangeError>[0], d: Parameters<typeof exchangeError>[2]): Verdict => ({ ok: false, error: exchangeError(code, file, d) });
  const mine = pkg.manifest.inspections.length === 1 ? pkg.edits : pkg.edits.filter((e) => e.inspectionId === inspectionId);
  const exporter = pkg.manifest.exporter;
  const legacy = pkg.manifest.formatVersion === 1;
  // A laptop's own backup is its own data, already checked when it came in.
  if (pkg.manifest.kind === 'backup' && ctx.ownKey && exporter.publicKey === ctx.ownKey)
    return { ok: true, value: { accepted: mine, pendingKeys: [], legacyFormat: legacy } };

  const local = trustOf(ctx.setup, inspectionId);
  const isNew = (id: string) => !ctx.known(id);
  const segments: OpenedSegment[] = legacy
    ? // Format 1 has no segments: the whole file stands as one segment of its signer.
      [{ proof: { inspectionId, author: exporter.memberId, publicKey: exporter.publicKey, hash: '', count: mine.length, signature: '' }, editIds: mine.map((e) => e.id), edits: mine }]
    : pkg.segments.filter((s) => s.proof.inspectionId === inspectionId);
  // The file's own records by id, built only when a member's record replaces one this laptop does not have.
  let inFile: Map<string, Edit> | undefined;
  const fileRecord = (id: string) => (inFile ??= new Map(mine.map((e) => [e.id, e]))).get(id);

  // 1. The leader's key: the one trusted here, or, for an inspection new here, the one its set-up names, to be compared by people.
  const meLeads = !!ctx.me && isLeaderAuthor(local, ctx.me);
  // An inspection set up on this laptop before leader keys were written is led from this laptop's key.
  // Earlier versions kept the leader's key on the leader's member record; a laptop that leads uses its own.
  const leaderMember = [...local.members.values()].find((m) => m.role === LEADER_ROLE && !m.removedAt);
  let leaderKey = ctx.pinnedLeaderKey ?? local.leaderKey ?? leaderMember?.keys.at(-1)?.key ?? (meLeads && ctx.ownKey ? ctx.ownKey : undefined);
  const atLeader = meLeads || (!!leaderKey && leaderKey === ctx.ownKey);
  let leaderToConfirm: Authorised['leaderToConfirm'];
  if (!leaderKey) {
    const claimed = mine.filter((e) => e.entity === 'inspection' && e.recordId === inspectionId && e.field === 'leaderKey').sort(byIdAsc).pop();
    // A new inspection from an older version names no leader key: its signer stands for the leader, to be compared.
    leaderKey = typeof claimed?.value === 'string' ? claimed.value : local.members.size === 0 ? exporter.publicKey : undefined;
    if (leaderKey) leaderToConfirm = { publicKey: leaderKey, fingerprint: keyFingerprint(leaderKey) };
  }

  // 2. What the leader's key signed counts in full, and what it says of members counts for the rest of the file.
  const leaderSegments = segments.filter((s) => s.proof.publicKey === leaderKey);
  const leaderEdits = leaderSegments.flatMap((s) => s.edits);
  const trust = trustOf([...ctx.setup, ...leaderEdits], inspectionId);
  const accepted = new Map<string, Edit>();
  for (const s of leaderSegments) {
    if (!isLeaderAuthor(trust, s.proof.author)) return refuse('forged-author', { claimed: s.proof.author, reason: 'khóa của trưởng đoàn ký thay người khác' });
    for (const e of s.edits) accepted.set(e.id, e);
  }

  // 3. Everyone else's segments: the key the leader gave that author, within its time, and only that author's own records.
  const pendingKeys: PendingKey[] = [];
  for (const s of segments) {
    if (s.proof.publicKey === leaderKey) continue;
    const { author, publicKey } = s.proof;
    const records = s.edits;
    const fresh = records.filter((e) => isNew(e.id));
    for (const e of records) if (!isNew(e.id)) accepted.set(e.id, e);
    if (fresh.length === 0) continue;
    // A record in another's name: a format-1 signer vouches only for its own (open.ts already refuses it inside a format-2 segment).
    const foreign = fresh.find((e) => e.author !== author);
    if (foreign) return refuse('forged-author', { claimed: trust.members.get(foreign.author)?.name ?? foreign.author, reason: 'tệp định dạng cũ chỉ chứng minh được bản ghi của chính người ký' });
    if (isLeaderAuthor(trust, author)) return refuse('untrusted-leader', { fingerprint: keyFingerprint(publicKey) });
    const m = trust.members.get(author);
    if (!m) return refuse('unknown-author', { author });
    if (m.removedAt && fresh.some((e) => e.id > m.removedAt!)) return refuse('removed-member', { author: m.name });
    const holder = [...trust.members].find(([id, other]) => id !== author && other.keys[other.keys.length - 1]?.key === publicKey);
    if (holder) return refuse('forged-author', { claimed: m.name, reason: `tệp được ký bằng khóa của ${holder[1].name}` });
    const span = m.keys.find((k) => k.key === publicKey);
    if (span) {
      if (span.until && fresh.some((e) => e.id > span.until!)) return refuse('revoked-key', { author: m.name });
    } else if (atLeader && m.keys.length === 0) {
      if (!pendingKeys.some((p) => p.memberId === author && p.publicKey === publicKey))
        pendingKeys.push({ memberId: author, memberName: m.name, publicKey, fingerprint: keyFingerprint(publicKey) });
    } else if (atLeader) {
      // The member may simply have a new laptop: the leader can trust it after a phone call (see trustMemberKey).
      return {
        ok: false,
        error: {
          ...exchangeError('foreign-signature', file, { claimed: m.name, actual: `của một máy khác (mã nhận diện ${keyFingerprint(publicKey)})` }),
          newKey: { inspectionId, memberId: author, memberName: m.name, publicKey },
        },
      };
    } else return refuse('unknown-key', { author: m.name, fingerprint: keyFingerprint(publicKey) });

    for (const e of fresh) {
      if (SETUP_ENTITIES.has(e.entity)) return refuse('not-leader', { what: SETUP_WORDS[e.entity], author: m.name });
      // Only the leader settles: a member's record may replace only that member's own records.
      for (const r of e.replaces) {
        const target = ctx.known(r) ?? fileRecord(r);
        if (!target || target.author !== author)
          return refuse('settles-others', { author: m.name, what: e.field === DELETED_FIELD ? 'xóa bản ghi của người khác' : 'thay giá trị do người khác nhập' });
      }
      accepted.set(e.id, e);
    }
  }
  return { ok: true, value: { accepted: [...accepted.values()], pendingKeys, leaderToConfirm, legacyFormat: legacy } };
}

const SETUP_WORDS: Record<string, string> = {
  inspection: 'thông tin cuộc kiểm tra',
  unit: 'danh sách đơn vị',
  member: 'thành viên, vai trò hoặc khóa của thành viên',
};
