import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_FOLDER_ENV } from '../tools/media-files';

/**
 * One folder for the test run's media files, removed when the run ends. Vitest's workers do not run exit handlers,
 * so a folder each test file made for itself stayed behind: one per file per run.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'xmm-media-'));
  process.env[MEDIA_FOLDER_ENV] = folder; // the workers start after this and inherit it
  return () => rmSync(folder, { recursive: true, force: true });
}
