/** Types for notices.mjs, the build's third-party notice writer. */
export interface Metafile {
  inputs: Record<string, unknown>;
}
export function bundledPackageDirs(metafiles: Metafile[]): string[];
export function noticeText(metafiles: Metafile[]): Promise<string>;
