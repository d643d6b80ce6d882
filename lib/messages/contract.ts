import { AccountStatusSchema } from '../account/status';
import { MediaIdSchema, MediaMetadataSchema } from '../api/metadata-schema';
import { MetadataDraftSchema } from '../draft/draft';
import { SURFACES } from '../i18n/catalog';
import { LOCALES, type Locale } from '../i18n/locales';
import { TileSchema } from '../media/item';
import { ItemStatusSchema } from '../media/item-status';
import { HistoryEntrySchema, TabStateSchema } from '../media/views';
import { PageCheckSchema } from '../page-check/schema';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import { ConnectionTestSchema } from '../setup/connection-test';
import { EarlierEntrySchema, SuggestSettingsSchema } from '../suggest/schema';
import { z } from '../zod';
import type { SenderClass } from './senders';

/**
 * Every message the extension's contexts send to the background: who may send it, what it carries, what comes
 * back. The router (router.ts) refuses anything not described here. Strings are bounded so a hostile or broken
 * sender cannot make the background hold huge values.
 */

const PAGE: SenderClass = 'extension-page';
const CONTENT: SenderClass = 'x-content-script';

const empty = z.strictObject({});
const pluralForm = z.optional(z.string());
/** A message counted through Intl.PluralRules (lib/i18n/catalog.ts). */
const PluralFormsSchema = z.strictObject({
  zero: pluralForm,
  one: pluralForm,
  two: pluralForm,
  few: pluralForm,
  many: pluralForm,
  other: z.string(),
});
const secret = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

function message<Req extends z.ZodMiniType, Res extends z.ZodMiniType>(spec: {
  from: readonly SenderClass[];
  request: Req;
  response: Res;
}) {
  return spec;
}

export const CONTRACT = {
  /** Who is connected, if anyone. Every view shows it. */
  'account/status': message({ from: [PAGE, CONTENT], request: empty, response: AccountStatusSchema }),
  /** Options: a pasted OAuth 2.0 user access token; checked with X before it is kept. */
  'account/connect-token': message({
    from: [PAGE],
    request: z.strictObject({ token: secret(4096) }),
    response: AccountStatusSchema,
  }),
  /** Options: OAuth 1.0a user keys (needed for the v1.1 endpoint). */
  'account/connect-oauth1': message({
    from: [PAGE],
    request: z.strictObject({
      consumerKey: secret(256),
      consumerSecret: secret(256),
      token: secret(256),
      tokenSecret: secret(256),
    }),
    response: AccountStatusSchema,
  }),
  /** Options: Sign in with X. The background runs the flow (a popup would close when the auth window opens). */
  'account/sign-in': message({
    from: [PAGE],
    request: z.strictObject({ clientId: secret(200) }),
    response: AccountStatusSchema,
  }),
  'account/sign-out': message({ from: [PAGE], request: empty, response: AccountStatusSchema }),
  'settings/get': message({ from: [PAGE, CONTENT], request: empty, response: SettingsSchema }),
  'settings/update': message({ from: [PAGE], request: SettingsPatchSchema, response: SettingsSchema }),

  /**
   * The content script's view of its composers: every own media tile it sees now, each with the media id the page's
   * uploads say it shows, and the composer uploads whose tile it did not find. The background keeps the ids this
   * tab's own upload requests carried, and answers with the tab's state. The only thing a content script message can
   * cause on its own: registering what is on the page.
   */
  'composer/tiles': message({
    from: [CONTENT],
    request: z.strictObject({
      tiles: z.array(TileSchema).check(z.maxLength(40)),
      /** The X account the tab posts as: the user id in x.com's twid cookie. */
      postsAs: z.optional(z.string().check(z.regex(/^[0-9]{1,20}$/))),
    }),
    response: TabStateSchema,
  }),
  /** A view's whole picture of a tab. Content scripts get their own tab; pages name one (the popup's ?tab=). */
  'tab/state': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({ tabId: z.optional(z.int().check(z.nonnegative())) }),
    response: TabStateSchema,
  }),
  /** Every keystroke's draft, kept per media id so closing or reloading loses nothing. */
  'draft/update': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({ mediaId: MediaIdSchema, draft: MetadataDraftSchema }),
    response: z.strictObject({}),
  }),
  /** Save: the user's deliberate action. The background validates again, stores the job, then calls X. */
  'media/save': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({ mediaId: MediaIdSchema, metadata: MediaMetadataSchema }),
    response: ItemStatusSchema,
  }),
  'media/retry': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({ mediaId: MediaIdSchema }),
    response: ItemStatusSchema,
  }),
  /** Popup: "Check this page", what of X's composer a tab shows and which uploads it made (lib/page-check). */
  'page/check': message({
    from: [PAGE],
    request: z.strictObject({ tabId: z.int().check(z.nonnegative()) }),
    response: PageCheckSchema,
  }),
  /** Opens the options page (content scripts cannot do it themselves). */
  'options/open': message({ from: [PAGE, CONTENT], request: empty, response: z.strictObject({}) }),
  'history/list': message({ from: [PAGE], request: empty, response: z.array(HistoryEntrySchema) }),
  'history/clear': message({ from: [PAGE], request: empty, response: z.strictObject({}) }),
  /** Options' "Test connection": reads the account with the saved credentials (no metadata call, nothing billed). */
  'account/test': message({ from: [PAGE], request: empty, response: ConnectionTestSchema }),
  /** Another language's strings for the content script (which would otherwise carry every language in its file). */
  'i18n/catalog': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({
      locale: z.enum(LOCALES.filter((locale) => locale !== 'en') as [Exclude<Locale, 'en'>]),
      surfaces: z.array(z.enum(SURFACES)).check(z.minLength(1), z.maxLength(SURFACES.length)),
    }),
    response: z.record(z.string(), z.union([z.string(), PluralFormsSchema])),
  }),

  /**
   * Suggestions for one picture (lib/suggest): text in it, its caption, an earlier description, the browser's model.
   * Pictures travel as base64 (Chrome serialises messages as JSON); 20 MB of picture at most, a bit more than X takes.
   */
  'suggest/for': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({
      image: z.string().check(z.minLength(1), z.maxLength(28_000_000)),
      mimeType: z.string().check(z.regex(/^image\/[a-z0-9.+-]{1,40}$/)),
      original: z.optional(z.string().check(z.maxLength(28_000_000))),
    }),
    response: z.array(
      z.strictObject({
        kind: z.enum(['ocr', 'caption', 'earlier', 'model']),
        text: z.string().check(z.maxLength(1000)),
        usedAt: z.optional(z.number()),
      }),
    ),
  }),
  /** Options: which suggestions are offered. The form reads them too (to show nothing it was told not to). */
  'suggest/settings-get': message({ from: [PAGE, CONTENT], request: empty, response: SuggestSettingsSchema }),
  'suggest/settings-update': message({
    from: [PAGE],
    request: z.partial(SuggestSettingsSchema),
    response: SuggestSettingsSchema,
  }),
  /** Options: the earlier descriptions kept on this device, newest last, and forgetting them. */
  'suggest/earlier-list': message({
    from: [PAGE],
    request: empty,
    response: z.array(z.pick(EarlierEntrySchema, { text: true, usedAt: true, sha256: true })),
  }),
  'suggest/earlier-clear': message({ from: [PAGE], request: empty, response: z.strictObject({}) }),
  /**
   * A description was applied to this picture: keep it among the earlier descriptions. The x.com content script sends
   * it (the background never has the bytes X uploaded; the page does); the bench and e2e use it from extension pages.
   */
  'suggest/remember': message({
    from: [PAGE, CONTENT],
    request: z.strictObject({
      image: z.string().check(z.minLength(1), z.maxLength(28_000_000)),
      mimeType: z.string().check(z.regex(/^image\/[a-z0-9.+-]{1,40}$/)),
      altText: z.string().check(z.minLength(1), z.maxLength(1000)),
    }),
    response: z.strictObject({}),
  }),
  /** Whether the OCR engine is loaded now (e2e and the bench check it is stopped after an idle minute). */
  'suggest/engine-state': message({
    from: [PAGE],
    request: empty,
    response: z.strictObject({ ocrLoaded: z.boolean() }),
  }),
};

export type MessageType = keyof typeof CONTRACT;
export type RequestOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['response']>;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(CONTRACT, type);
}
