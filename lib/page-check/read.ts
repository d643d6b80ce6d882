import { readComposers } from '../x/composer-reader';
import { X } from '../x/selectors';
import type { PageCheck } from './schema';

export interface PageCheckSources {
  pageWorld: boolean;
  uploads: Array<{ mediaId: string; category: string; ready: boolean }>;
  tiedIds: ReadonlySet<string>;
}

/** Counts what of X's composer the page shows now, by the same selectors the extension relies on. */
export function readPageCheck(sources: PageCheckSources, doc: Document = document): PageCheck {
  const composers = readComposers(doc);
  const count = (selector: string) => Math.min(1000, doc.querySelectorAll(selector).length);
  return {
    route: location.pathname.slice(0, 200),
    pageWorld: sources.pageWorld,
    composers: composers.length,
    textBoxes: count(X.textBox),
    postButtons: count(X.postButton),
    fileInputs: count(X.fileInput),
    attachmentAreas: count(X.attachments),
    tiles: composers.reduce((sum, composer) => sum + composer.media.length, 0),
    uploads: sources.uploads.slice(-40).map(({ mediaId, category, ready }) => ({
      mediaId,
      category: category.slice(0, 40),
      ready,
      tiled: sources.tiedIds.has(mediaId),
    })),
  };
}
