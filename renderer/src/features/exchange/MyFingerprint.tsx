import { useEffect, useState } from 'react';
import { keyFingerprint } from '../../../../shared/exchange/crypto';
import { deviceSigner } from '../../db/deviceSigner';
import { useStorage } from '../../db/StorageContext';

/**
 * This laptop's key fingerprint, to read out by phone: the leader compares a
 * member's (and a member the leader's) with what the import shows before
 * trusting it. Shown on both screens, the same way.
 */
export function MyFingerprint() {
  const { db } = useStorage();
  const [fingerprint, setFingerprint] = useState<string>();
  useEffect(() => {
    let live = true;
    void deviceSigner(db)
      .then((s) => live && setFingerprint(keyFingerprint(s.publicKey)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db]);
  if (!fingerprint) return null;
  return (
    <p className="my-fingerprint">
      Mã nhận diện của máy này: <strong aria-label="Mã nhận diện của máy này">{fingerprint}</strong>
      <span className="muted"> — đọc cho trưởng đoàn hoặc thành viên khi họ cần so sánh.</span>
    </p>
  );
}
