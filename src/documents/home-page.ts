/**
 * The text a home-page layout shows from frontmatter rather than from the body: VitePress
 * `layout: home` (`hero.name`, `hero.text`, `hero.tagline`, then each of `features` as its
 * `title` and `details`) and Starlight splash pages (`hero.title`, `hero.tagline`). It goes
 * before the body, as on the built page; empty when the page has none of it.
 */
export function heroText(data: Record<string, unknown>): string {
  const hero = record(data.hero);
  const lines = hero ? ["name", "title", "text", "tagline"].map((key) => text(hero[key])).filter((line) => line !== undefined) : [];
  const features = Array.isArray(data.features) ? data.features.map(record) : [];
  for (const feature of features) {
    const title = text(feature?.title);
    const details = text(feature?.details);
    if (title && details) lines.push(`**${title}**: ${details}`);
    else if (title ?? details) lines.push((title ?? details)!);
  }
  return lines.join("\n\n");
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined;
}
