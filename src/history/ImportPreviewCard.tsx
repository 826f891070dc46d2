import { t, tParts } from '../i18n/i18n';
import { formatter } from '../ui/format';
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
  const exported = Date.parse(props.exportedAt);
  // The day it was saved here, in the language shown (formatter reads UTC: shift to local).
  const date = Number.isNaN(exported)
    ? props.exportedAt
    : formatter({ dateStyle: 'medium' }).format(
        exported - new Date(exported).getTimezoneOffset() * 60_000,
      );
  return (
    <div class="import-preview" role="group" aria-labelledby="preview-title">
      <h3 id="preview-title">{t('data.backupFrom', { date })}</h3>
      <p>{t('data.holds', { counts: countsText(inFile) })}</p>
      {conflict && <p class="conflict">{conflict}</p>}
      {nothingNew ? (
        <p>{conflict ? t('data.nothingNewConflict') : t('data.nothingNew')}</p>
      ) : (
        <p>
          {tParts(
            toAdd.settings ? 'data.willBeAddedWithSettings' : 'data.willBeAdded',
            {},
            { counts: <strong>{countsText(toAdd)}</strong> },
          )}
        </p>
      )}
      <div class="data-actions">
        {!nothingNew && (
          <button type="button" class="primary" onClick={props.onConfirm}>
            {t('data.addThem')}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {nothingNew ? t('data.close') : t('data.cancel')}
        </button>
      </div>
    </div>
  );
}
