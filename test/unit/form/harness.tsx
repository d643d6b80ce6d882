import { cleanup, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, vi } from 'vitest';
import { MetadataForm, type MetadataFormProps } from '../../../components/metadata-form';
import type { MetadataDraft } from '../../../lib/draft';
import { emptyDraft } from '../../../lib/draft';

// Vitest globals are off, so testing-library cannot register its own cleanup.
afterEach(cleanup);

/** 2026-01-15T12:00:00Z: every test sees the same clock. */
export const NOW = 1_768_478_400_000;

type HarnessProps = Partial<Omit<MetadataFormProps, 'draft'>> & { initialDraft?: MetadataDraft };

/**
 * The form as the popup uses it: the draft lives in the parent and comes back through props on every change.
 * Returns the callbacks as spies, and the item's group to query within.
 */
export function renderForm(props: HarnessProps = {}) {
  const onDraftChange = vi.fn<(draft: MetadataDraft) => void>();
  const onSave = vi.fn<MetadataFormProps['onSave']>();
  const onRetry = vi.fn<() => void>();
  const item = props.item ?? { mediaId: '1146654567674912769', label: 'Image 1', kind: 'image' as const };

  function Harness(harness: HarnessProps) {
    const [draft, setDraft] = useState(harness.initialDraft ?? emptyDraft());
    return (
      <MetadataForm
        item={item}
        draft={draft}
        defaultFields={harness.defaultFields ?? new Set()}
        form={harness.form ?? 'v2'}
        status={harness.status ?? { kind: 'unsaved' }}
        now={harness.now ?? (() => NOW)}
        onDraftChange={(next) => {
          onDraftChange(next);
          setDraft(next);
        }}
        onSave={onSave}
        onRetry={onRetry}
      />
    );
  }

  const utils = render(<Harness {...props} />);
  const group = screen.getByRole('group', { name: item.label });
  return {
    ...utils,
    group,
    onDraftChange,
    onSave,
    onRetry,
    /** Re-renders with other props (a new status, endpoint form…), keeping the draft. */
    update: (next: HarnessProps) => utils.rerender(<Harness {...props} {...next} />),
    lastDraft: () => onDraftChange.mock.lastCall?.[0],
  };
}
