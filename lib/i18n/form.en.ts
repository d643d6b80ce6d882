/** Strings of the metadata form (components/metadata-form). Merged into the English catalog. */
export const formEn = {} as const;
