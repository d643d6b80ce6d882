import { AudienceField, OriginField } from './AudienceOriginFields';
import { DomainsField } from './DomainsField';
import { GeoField } from './GeoField';
import { DownloadField, OnOffField, TextField } from './SimpleFields';
import { StickersField } from './StickersField';

/** Every field beyond alt text and the flags, in the order of X's contract. */
export function MoreOptions({ id }: { id: string }) {
  return (
    <div class="mf-more" id={id}>
      <DownloadField />
      <AudienceField />
      <TextField field="content_expiration" />
      <DomainsField />
      <OriginField />
      <GeoField />
      <OnOffField field="management_info" />
      <TextField field="preview_image" />
      <OnOffField field="shared_info" />
      <StickersField />
      <TextField field="upload_source" />
    </div>
  );
}
