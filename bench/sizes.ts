import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size (KiB) of what one entrypoint loads: its file plus every chunk its HTML or imports pull in. */
function entryKiB(dir: string, files: string[]): number {
  const seen = new Set<string>();
  const queue = [...files];
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file));
    bytes += gzipSync(code, { level: 9 }).length;
    for (const match of code
      .toString('utf8')
      .matchAll(/(?:from|import)\s*["'`]\.{0,2}\/?((?:chunks\/)?[\w.-]+\.js)["'`]/g)) {
      queue.push(match[1]!.startsWith('chunks/') ? match[1]! : `chunks/${match[1]}`);
    }
  }
  return bytes / 1024;
}

/** The scripts an extension page loads: its module script and the chunks it preloads. */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** Every script the manifest has x.com load at document_start (each world), as x.com parses them on every page. */
function documentStartScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches: string[]; run_at?: string; js?: string[] }>;
  };
  return (manifest.content_scripts ?? [])
    .filter((c) => c.run_at === 'document_start' && c.matches.some((m) => m.includes('x.com')))
    .flatMap((c) => c.js ?? []);
}

export function bundleSizes(chromeDir: string): Record<string, number> {
  return {
    bundle_gzip_kb_content: entryKiB(chromeDir, documentStartScripts(chromeDir)),
    bundle_gzip_kb_popup: entryKiB(chromeDir, pageScripts(chromeDir, 'popup.html')),
    bundle_gzip_kb_background: entryKiB(chromeDir, ['background.js']),
    bundle_gzip_kb_options: entryKiB(chromeDir, pageScripts(chromeDir, 'options.html')),
  };
}
