/**
 * Renderers for the input benchmark's source sites: the synthetic pages of generate.ts written as
 * Docusaurus-style MDX (imports, exports, Tabs/TabItem, `:::note`, details, JSX expressions) and
 * as Hugo Markdown (TOML frontmatter, note/alert/highlight/tab/figure/ref shortcodes). A
 * construct follows every other section, chosen from the page's path, so output is deterministic.
 */
import type { SyntheticPage } from "./generate.js";

/** The page body as its H1 and its `## ` sections, so constructs can go between sections. */
export function sectionsOf(body: string): string[] {
  return body.split(/\n(?=## )/);
}

/** A small stable number from a string (FNV-1a), to vary constructs from page to page. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function interleave(page: SyntheticPage, constructs: readonly ((n: number) => string)[]): string {
  const seed = seedOf(page.file);
  return sectionsOf(page.body)
    .map((section, i) => (i % 2 === 1 ? `${section}\n${constructs[(seed + i) % constructs.length]!(i)}` : section))
    .join("\n");
}

const MDX_CONSTRUCTS: readonly ((n: number) => string)[] = [
  (n) => `:::note Before step ${n}\n\nSet the **token** first; see [the guide](../setup.md).\n\n:::\n`,
  (n) =>
    `<Tabs groupId="package-manager">\n  <TabItem value="npm" label="npm" default>\n\n\`\`\`bash\nnpm install widget-${n}\n\`\`\`\n\n  </TabItem>\n` +
    `  <TabItem value="yarn" label="Yarn">\n\n\`\`\`bash\nyarn add widget-${n}\n\`\`\`\n\n  </TabItem>\n</Tabs>\n`,
  (n) => `<details>\n<summary>Why does step ${n} retry?</summary>\n\nRetries use capped backoff with jitter, so bursts spread out.\n\n</details>\n`,
  (n) => `<Callout type="warning" title="Limits">\n  At most {props.limit} requests per minute in step ${n}.\n</Callout>\n`,
  (n) => `:::tip\n\nUse \`--dry-run\` to preview step ${n}. Version {frontMatter.version} or later.\n\n:::\n`,
];

/** Docusaurus-style MDX: YAML frontmatter, imports and an export, then the page with components. */
export function renderMdx(page: SyntheticPage): string {
  const front = [
    "---",
    `title: ${JSON.stringify(page.title)}`,
    `description: ${JSON.stringify(page.description)}`,
    `tags: [${page.tags.join(", ")}]`,
    `sidebar_position: ${seedOf(page.file) % 20}`,
    "---",
    "",
    "import Tabs from '@theme/Tabs';",
    "import TabItem from '@theme/TabItem';",
    "import { Callout } from '@site/src/components/Callout';",
    "",
    "export const props = { limit: 120 };",
    "",
  ].join("\n");
  return `${front}${interleave(page, MDX_CONSTRUCTS)}`;
}

const HUGO_CONSTRUCTS: readonly ((n: number) => string)[] = [
  (n) => `{{< note >}}\nStep ${n} needs a token; see [setup]({{< ref "guides/setup.md" >}}).\n{{< /note >}}\n`,
  (n) => `{{% alert title="Warning" color="warning" %}}\nStep ${n} rewrites the **index**.\n{{% /alert %}}\n`,
  (n) => `{{< highlight go >}}\nfunc step${n}(ctx context.Context) error {\n\treturn retry(ctx, ${n})\n}\n{{< /highlight >}}\n`,
  (n) =>
    `{{< tabpane >}}\n{{< tab header="CLI" lang="bash" >}}\nwidget run --step ${n}\n{{< /tab >}}\n` +
    `{{< tab header="Go" lang="go" >}}\nwidget.Run(${n})\n{{< /tab >}}\n{{< /tabpane >}}\n`,
  (n) => `{{< figure src="/images/step-${n}.png" alt="Step ${n} diagram" >}}\n\nSee {{< relref "reference/api.md" >}} for step ${n}.\n`,
];

/** Hugo Markdown: TOML frontmatter and shortcodes (paired notes, code, tabs, figures, refs). */
export function renderHugo(page: SyntheticPage): string {
  const front = [
    "+++",
    `title = ${JSON.stringify(page.title)}`,
    `description = ${JSON.stringify(page.description)}`,
    `tags = [${page.tags.map((t) => JSON.stringify(t)).join(", ")}]`,
    `date = 2024-0${1 + (seedOf(page.file) % 9)}-15T10:00:00Z`,
    `weight = ${seedOf(page.file) % 50}`,
    "draft = false",
    "+++",
    "",
  ].join("\n");
  return `${front}${interleave(page, HUGO_CONSTRUCTS)}`;
}
