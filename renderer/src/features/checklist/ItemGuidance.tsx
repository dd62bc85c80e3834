import { useId, useState } from 'react';
import type { TemplateItem } from '../../../../shared/templates';

/** What to look at and the legal basis of a criterion, shown when asked for. */
export function ItemGuidance({ item }: { item: TemplateItem }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  if (!item.guidance && !item.legalBasis?.length) return null;
  return (
    <div className="item-guidance">
      <button type="button" className="link" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
        {open ? 'Ẩn hướng dẫn' : 'Hướng dẫn và căn cứ'}
      </button>
      {open && (
        <div id={regionId} role="region" aria-label="Hướng dẫn kiểm tra và căn cứ pháp lý" className="guidance-box">
          {item.guidance && <p>{item.guidance}</p>}
          {!!item.legalBasis?.length && (
            <>
              <p className="guidance-head">Căn cứ:</p>
              <ul>
                {item.legalBasis.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
