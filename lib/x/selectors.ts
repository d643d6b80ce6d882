/**
 * Every x.com selector the extension uses, and only here. Each one is a hypothesis about X's page, anchored on
 * `data-testid`s and roles (never on translated text or generated class names), and pinned by a fixture test in
 * test/unit/x/. Facts and confidence: shared/docs/x-composer.md.
 */
export const X = {
  /**
   * Draft.js text box of each post of a composer: tweetTextarea_0 for the first post of a thread, _1, … X also wraps
   * each in tweetTextarea_NRichTextInputContainer, and labels it tweetTextarea_N_label: neither is a text box.
   */
  textBox: '[data-testid^="tweetTextarea_"]:not([data-testid$="_label"]):not([data-testid$="RichTextInputContainer"])',
  /** Post button: modal composer (tweetButton) and inline composer / reply box (tweetButtonInline). */
  postButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  toolBar: '[data-testid="toolBar"]',
  /** X empties it right after reading the files: read `files` in a capture-phase `change` listener. */
  fileInput: 'input[type="file"][data-testid="fileInput"]',
  /** Where a post's uploads show; a quoted post is rendered in here too. */
  attachments: '[data-testid="attachments"]',
  /**
   * The user's own upload shows a blob: URL of x.com: an image's src, or a video's <source> (the <video> itself has
   * no src). A quoted post's images come from pbs.twimg.com.
   */
  ownMedia: 'img[src^="blob:"], video[src^="blob:"], video > source[src^="blob:"]',
  /** A GIF picked in X's GIF search is shown from its own https address, in a tile of its own. */
  remoteTileMedia: '[role="group"] img[src^="https://"]',
  /** A quoted post (or anything that is a post) inside attachments: never the user's media. */
  quotedPost: 'article, [data-testid="tweetPhoto"], [data-testid="tweetText"]',
  /**
   * A tile of the attachments area: its aria-label is X's own alt text for it when X holds one (else a default such
   * as "Media", in the page's language). Used for placing the badge and reading X's description, not for finding media.
   */
  tile: '[role="group"]',
  /** X's own "Add description" link: one per post's attachments area, not per tile. */
  altTextWrapper: 'a[data-testid="altTextWrapper"]',
  /** Modal layers: the modal composer lives under #layers inside nested dialogs. */
  layers: '#layers',
  dialog: '[role="dialog"]',
} as const;

/** Routes of X's composer; X is a single-page app, so these change without a page load. */
export const COMPOSE_ROUTE = /^\/compose\/(post|tweet)(\/|$)/;
