/**
 * Synthetic docs sites for the benchmark and the chaos test: nested folders, YAML frontmatter,
 * headings, prose, lists, tables and fenced code, with page sizes skewed toward small pages the
 * way real docs are. Deterministic for a seed. Reusable: other inputs (MDX, HTML) can pass their
 * own `extension` and `render`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mulberry32, pick } from "../test/emulators/prng.js";

/** Options for {@link generateDocsSite}. */
export interface GenerateOptions {
  /** Directory to write into (created). */
  dir: string;
  /** Number of pages. */
  count: number;
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Smallest page body, bytes. Default 1,024. */
  minBytes?: number;
  /** Largest page body, bytes. Default 200,000. */
  maxBytes?: number;
  /** File extension. Default ".md". */
  extension?: string;
  /** Turns a page into file text. Default: Markdown with YAML frontmatter ({@link renderMarkdown}). */
  render?: (page: SyntheticPage) => string;
}

/** One generated page, before rendering. */
export interface SyntheticPage {
  /** Path relative to the site root, POSIX, with extension. */
  file: string;
  title: string;
  description: string;
  tags: string[];
  /** Markdown body without frontmatter (starts with the H1). */
  body: string;
}

/** What was written. */
export interface GeneratedSite {
  dir: string;
  pages: SyntheticPage[];
  /** Total bytes written. */
  bytes: number;
}

const WORDS = (
  "queue worker retry backoff webhook token scope tenant region cluster deploy release rollback " +
  "schema index cursor batch stream event payload header status timeout limit quota billing invoice " +
  "account project member role policy audit export import search filter config secret cache latency " +
  "throughput replica shard snapshot restore migrate upgrade client server request response endpoint"
).split(" ");
const SECTIONS = ["guides", "reference", "tutorials", "concepts", "operations", "integrations", "api", "faq"];
const LANGS = ["ts", "bash", "json", "yaml", "python"];

export async function generateDocsSite(options: GenerateOptions): Promise<GeneratedSite> {
  const random = mulberry32(options.seed ?? 1);
  const render = options.render ?? renderMarkdown;
  const pages: SyntheticPage[] = [];
  let bytes = 0;
  for (let i = 0; i < options.count; i++) {
    const page = syntheticPage(random, i, options);
    const text = render(page);
    const target = path.join(options.dir, page.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    bytes += Buffer.byteLength(text);
    pages.push(page);
  }
  return { dir: options.dir, pages, bytes };
}

/**
 * Appends a paragraph to `fraction` of `files` (at least one; relative to `dir`), deterministically.
 * Returns the files edited.
 */
export async function editPages(dir: string, files: readonly string[], fraction: number, seed = 7): Promise<string[]> {
  const random = mulberry32(seed);
  const count = Math.min(files.length, Math.max(1, Math.round(files.length * fraction)));
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(files[Math.floor(random() * files.length)]!);
  for (const file of chosen) {
    const target = path.join(dir, file);
    await writeFile(target, `${await readFile(target, "utf8")}\n${sentence(random, 20)}\n`);
  }
  return [...chosen];
}

export function renderMarkdown(page: SyntheticPage): string {
  const front = [
    "---",
    `title: ${JSON.stringify(page.title)}`,
    `description: ${JSON.stringify(page.description)}`,
    `tags: [${page.tags.join(", ")}]`,
    "---",
    "",
  ].join("\n");
  return `${front}${page.body}`;
}

function syntheticPage(random: () => number, index: number, options: GenerateOptions): SyntheticPage {
  const min = options.minBytes ?? 1024;
  const max = options.maxBytes ?? 200_000;
  // u² skews toward small pages: median ≈ min·(max/min)^0.25, a long tail up to max.
  const target = Math.round(min * (max / min) ** (random() ** 2));
  const depth = 1 + Math.floor(random() * 3);
  const folders = Array.from({ length: depth }, (_, d) => (d === 0 ? pick(random, SECTIONS) : `${pick(random, WORDS)}-${d}`));
  const title = capitalise(`${pick(random, WORDS)} ${pick(random, WORDS)} ${index}`);
  const file = `${folders.join("/")}/${title.toLowerCase().replace(/\s+/g, "-")}${options.extension ?? ".md"}`;
  const tags = [...new Set([pick(random, WORDS), pick(random, WORDS)])].sort();
  return { file, title, description: sentence(random, 12), tags, body: body(random, title, target) };
}

function body(random: () => number, title: string, targetBytes: number): string {
  const parts = [`# ${title}\n`];
  let size = parts[0]!.length;
  for (let section = 1; size < targetBytes; section++) {
    const block = sectionBlock(random, section);
    parts.push(block);
    size += block.length;
  }
  return parts.join("\n");
}

function sectionBlock(random: () => number, n: number): string {
  const kind = random();
  const heading = `## ${capitalise(pick(random, WORDS))} ${n}\n\n`;
  if (kind < 0.2) {
    const lang = pick(random, LANGS);
    const lines = Array.from({ length: 3 + Math.floor(random() * 8) }, () => `${pick(random, WORDS)}(${pick(random, WORDS)}, ${Math.floor(random() * 100)})`);
    return `${heading}\`\`\`${lang}\n${lines.join("\n")}\n\`\`\`\n`;
  }
  if (kind < 0.3) {
    const rows = Array.from({ length: 3 + Math.floor(random() * 5) }, () => `| ${pick(random, WORDS)} | ${sentence(random, 5)} |`);
    return `${heading}| Name | Meaning |\n|---|---|\n${rows.join("\n")}\n`;
  }
  if (kind < 0.45) {
    const items = Array.from({ length: 2 + Math.floor(random() * 5) }, () => `- ${sentence(random, 8)}`);
    return `${heading}${items.join("\n")}\n`;
  }
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(random, 40 + Math.floor(random() * 60)));
  return `${heading}${paragraphs.join("\n\n")}\n`;
}

function sentence(random: () => number, words: number): string {
  const list = Array.from({ length: words }, () => pick(random, WORDS));
  return `${capitalise(list.join(" "))}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}


