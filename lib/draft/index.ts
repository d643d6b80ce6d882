export { applyDefaults, type DraftWithDefaults } from './defaults';
export { describeProblem } from './describe';
export {
  type AudienceKey,
  emptyDraft,
  emptySticker,
  type GeoMode,
  type MetadataDraft,
  MetadataDraftSchema,
  type SensitiveFlag,
  type StickerDraft,
  type StickerKey,
} from './draft';
export { draftFromMetadata } from './from-metadata';
export { buildMetadata, type DraftResult, draftToMetadata } from './to-metadata';
