/** How many items a list shows, and what it says about the rest. */
export interface ListCap {
  /** Items shown before "… and N more". */
  maxItems: number;
  /** Where the rest can be read, e.g. "see the job summary". */
  elsewhere: string;
}

export type CalloutKind = "CAUTION" | "WARNING" | "NOTE";

/** A GitHub alert block (`> [!WARNING]`) with a bold title and a capped list; empty without items. */
export function callout(kind: CalloutKind, title: string, items: string[], cap: ListCap): string {
  if (items.length === 0) return "";
  const list = capped(items.map((item) => `> - ${item}`), cap, (n) => `> - … and ${n} more (${cap.elsewhere})`);
  return [`> [!${kind}]`, `> **${title}**`, ">", ...list].join("\n");
}

/** A collapsed `<details>` list: useful, but never worth crowding out a change. Empty without items. */
export function details(summary: string, items: string[], cap: ListCap): string {
  if (items.length === 0) return "";
  const list = capped(items.map((item) => `- ${item}`), cap, (n) => `- … and ${n} more (${cap.elsewhere})`);
  return [`<details><summary>${summary}</summary>`, "", ...list, "", "</details>"].join("\n");
}

function capped(lines: string[], cap: ListCap, more: (count: number) => string): string[] {
  if (lines.length <= cap.maxItems) return lines;
  return [...lines.slice(0, cap.maxItems), more(lines.length - cap.maxItems)];
}
