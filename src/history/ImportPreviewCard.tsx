import { conflictsText, countsText } from './backupText';
import type { ImportPreview } from './dataFiles';

/** What a chosen backup holds and what adding it would change, before anything is written. */
export function ImportPreviewCard(props: {
  preview: ImportPreview;
  exportedAt: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { inFile, toAdd, conflicts } = props.preview;
  const nothingNew =
    toAdd.completions === 0 && toAdd.cramps === 0 && toAdd.routines === 0 && !toAdd.settings;
  const conflict = conflictsText(conflicts);
  const date = new Date(props.exportedAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return (
    <div class="import-preview" role="group" aria-labelledby="preview-title">
      <h3 id="preview-title">Backup from {date}</h3>
      <p>It holds {countsText(inFile)}.</p>
      {conflict && <p class="conflict">{conflict}</p>}
      {nothingNew ? (
        <p>
          {conflict
            ? 'There is nothing new to add.'
            : 'Everything in it is already on this phone. There is nothing to add.'}
        </p>
      ) : (
        <p>
          <strong>{countsText(toAdd)}</strong> will be added
          {toAdd.settings ? ', with its settings' : ''}. Nothing already here is changed or removed.
        </p>
      )}
      <div class="data-actions">
        {!nothingNew && (
          <button type="button" class="primary" onClick={props.onConfirm}>
            Add them
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {nothingNew ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
