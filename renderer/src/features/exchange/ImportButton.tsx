import { useState } from 'react';
import { useExchangeUi } from './exchangeUi';
import { ImportPanel } from './ImportPanel';

/**
 * For the list of inspections: a member with no inspection yet imports the
 * leader's set-up package here.
 */
export function ImportButton() {
  const [opened, setOpen] = useState(false);
  // Files opened from the file manager while this page shows open the panel by themselves.
  const waiting = useExchangeUi((s) => s.pending.length > 0);
  const open = opened || waiting;
  return (
    <div className="import-button">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Nhập tệp trao đổi (.tkt)
      </button>
      {open && <ImportPanel headingLevel={2} />}
    </div>
  );
}
