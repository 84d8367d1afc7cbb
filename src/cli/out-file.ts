import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Resolves `--out FILE` and makes sure it can be written before the run starts: creates its
 * folder and refuses a folder or an unwritable place. Checked up front because a sync that
 * published its pages and only then failed to write the report would exit 1, which says that
 * nothing was written.
 */
export async function prepareOutFile(cwd: string, out: string): Promise<string> {
  const file = path.resolve(cwd, out);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await access(path.dirname(file), constants.W_OK);
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new Error("it is a folder");
  } catch (error) {
    throw new Error(`cannot write --out file ${file}: ${(error as Error).message}; expected a file path in a writable folder`);
  }
  return file;
}
