/**
 * `node --import tsx bench/generate-cli.ts <dir> <count> [seed] [maxBytes]`: generates a synthetic docs site
 * and prints `{ bytes, files, sizes }` as JSON (sizes: body bytes per page). The benchmark runs it in its own process so the page
 * text it builds does not count toward kb-publish's memory figures.
 */
import { generateDocsSite } from "./generate.js";

const [dir, count, seed, maxBytes] = process.argv.slice(2);
if (!dir || !count || !/^\d+$/.test(count)) {
  console.error(`Invalid arguments: got ${JSON.stringify(process.argv.slice(2))}, expected <dir> <count> [seed] [maxBytes] (bench/generate-cli.ts)`);
  process.exit(2);
}
const site = await generateDocsSite({ dir, count: Number(count), seed: seed ? Number(seed) : 1, maxBytes: maxBytes ? Number(maxBytes) : undefined });
const sizes = site.pages.map((p) => Buffer.byteLength(p.body));
process.stdout.write(JSON.stringify({ bytes: site.bytes, files: site.pages.map((p) => p.file), sizes }));
