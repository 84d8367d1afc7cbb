// A small docs site that the differential test mutates at random: pages with YAML frontmatter
// (id, lang, translationKey, draft), locale folders and suffixes, and a site config file.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";
import { pick, type Random } from "../emulators/prng.js";

const FOLDERS = ["", "guides", "guides/advanced", "reference", "fr", "fr/guides", "de"];
const WORDS = ["queue", "retry", "token", "deploy", "schema", "cursor", "batch", "stream", "quota", "shard"];

export interface Corpus {
  root: string;
  random: Random;
  /** Grows with every page made, so names stay unique. */
  made: number;
}

/** A page's text: YAML frontmatter (when it has any field) and a body. */
function pageText(front: Record<string, unknown>, body: string): string {
  return Object.keys(front).length === 0 ? body : `---\n${stringify(front)}---\n${body}`;
}

function sentence(random: Random, words = 8): string {
  return `${Array.from({ length: words }, () => pick(random, WORDS)).join(" ")}.`;
}

export async function addPage(corpus: Corpus, folder = pick(corpus.random, FOLDERS), front: Record<string, unknown> = {}): Promise<string> {
  const { random } = corpus;
  const name = `${pick(random, WORDS)}-${corpus.made++}${random() < 0.15 ? ".de" : ""}.md`;
  const file = path.posix.join(folder, name);
  const title = random() < 0.7 ? { title: `${pick(random, WORDS)} ${corpus.made}` } : {};
  await write(corpus, file, pageText({ ...title, ...front }, `# Heading ${corpus.made}\n\n${sentence(random, 12)}\n`));
  return file;
}

export async function seedCorpus(corpus: Corpus, pages: number): Promise<void> {
  for (let i = 0; i < pages; i++) await addPage(corpus);
}

export async function pages(corpus: Corpus): Promise<string[]> {
  const entries = await readdir(corpus.root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(md|html)$/.test(entry.name))
    .map((entry) => path.relative(corpus.root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

async function write(corpus: Corpus, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(corpus.root, file)), { recursive: true });
  await writeFile(path.join(corpus.root, file), text);
}

/** Frontmatter and body of a page; a page with broken YAML reads as no frontmatter. */
async function readPage(corpus: Corpus, file: string): Promise<{ front: Record<string, unknown>; body: string }> {
  const text = await readFile(path.join(corpus.root, file), "utf8");
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text);
  if (!match) return { front: {}, body: text };
  try {
    const front = parse(match[1]!) as unknown;
    return { front: typeof front === "object" && front !== null ? (front as Record<string, unknown>) : {}, body: match[2]! };
  } catch {
    return { front: {}, body: match[2]! };
  }
}

async function setFront(corpus: Corpus, file: string, change: (front: Record<string, unknown>) => void): Promise<void> {
  const page = await readPage(corpus, file);
  change(page.front);
  await write(corpus, file, pageText(page.front, page.body));
}

type Mutation = (corpus: Corpus, file: string) => Promise<void>;

/** One change a docs team makes between two runs, applied to a random page. */
export const MUTATIONS: Record<string, Mutation> = {
  edit: async (c, file) => setFront(c, file, () => undefined).then(() => appendText(c, file, `\n${sentence(c.random)}\n`)),
  "whitespace only": async (c, file) => appendText(c, file, "\n"),
  rename: async (c, file) => {
    const target = path.posix.join(pick(c.random, FOLDERS), `renamed-${c.made++}-${path.posix.basename(file)}`);
    await mkdir(path.dirname(path.join(c.root, target)), { recursive: true });
    await rename(path.join(c.root, file), path.join(c.root, target));
  },
  delete: async (c, file) => rm(path.join(c.root, file)),
  add: async (c) => void (await addPage(c)),
  "set id": async (c, file) => setFront(c, file, (front) => void (front.id = c.random() < 0.3 ? pick(c.random, WORDS) : `page-${c.made++}`)),
  "clear id": async (c, file) => setFront(c, file, (front) => void delete front.id),
  "set lang": async (c, file) => setFront(c, file, (front) => void (front.lang = pick(c.random, ["en", "fr", "de"]))),
  "set translationKey": async (c, file) => setFront(c, file, (front) => void (front.translationKey = `k${Math.floor(c.random() * 4)}`)),
  "clear translationKey": async (c, file) => setFront(c, file, (front) => void delete front.translationKey),
  "toggle draft": async (c, file) => setFront(c, file, (front) => void (front.draft = front.draft === true ? undefined : true)),
  "add translation": async (c, file) => {
    const text = await readFile(path.join(c.root, file), "utf8");
    const target = c.random() < 0.5 || file.endsWith(".html") ? path.posix.join("fr", file.replace(/^(fr|de)\//, "")) : file.replace(/(\.de)?\.md$/, ".de.md");
    if (target !== file) await write(c, target, `${text}\n${sentence(c.random)}\n`);
  },
  "remove translation": async (c) => {
    const translated = (await pages(c)).filter((page) => /^(fr|de)\/|\.de\.md$/.test(page));
    if (translated.length > 0) await rm(path.join(c.root, pick(c.random, translated)));
  },
  "break YAML": async (c, file) => write(c, file, "---\ntitle: [unclosed\n---\n# Broken\n"),
  "site config": async (c) => {
    const languages = c.random() < 0.5 ? '[languages.en]\n[languages.fr]\n[languages.de]\n' : `# ${sentence(c.random)}\n`;
    await write(c, "hugo.toml", `baseURL = "https://example.org/"\n${languages}`);
  },
};

async function appendText(corpus: Corpus, file: string, text: string): Promise<void> {
  await writeFile(path.join(corpus.root, file), `${await readFile(path.join(corpus.root, file), "utf8")}${text}`);
}

/** The mutations that make sense for built HTML pages (no frontmatter). */
export const HTML_MUTATIONS = ["edit", "whitespace only", "rename", "delete", "add translation", "remove translation"];

/** Applies a named mutation to a random page; returns what it did. */
export async function mutate(corpus: Corpus, name: string): Promise<string> {
  const all = await pages(corpus);
  if (all.length === 0) return `${name} (no page)`;
  const file = pick(corpus.random, all);
  await MUTATIONS[name]!(corpus, file);
  return `${name} ${file}`;
}
