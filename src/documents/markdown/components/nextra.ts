import { container, dropped, inlineText, labelled, linkCard, note, type HandlerTable, type TagHandler } from "./handler.js";
import { tab, tabSet } from "./tabs.js";

const fileEntry: TagHandler = { container: true, open: (tag) => (tag.attributes.name ? `\n- ${tag.attributes.name}\n` : "") };

/**
 * Nextra (https://nextra.site/docs/built-ins) and Fumadocs (https://fumadocs.dev/docs/ui/components)
 * components. Their tab sets name the tabs in `items`.
 */
export const NEXTRA_HANDLERS: HandlerTable = {
  Callout: note(),
  Cards: container,
  Card: linkCard,
  "Cards.Card": linkCard,
  Steps: container,
  Step: labelled("title"),
  Tabs: tabSet,
  Tab: tab("label", "title"),
  "Tabs.Tab": tab("label", "title"),
  Accordions: container,
  Accordion: labelled("title"),
  Files: container,
  FileTree: container,
  Folder: fileEntry,
  File: fileEntry,
  "FileTree.Folder": fileEntry,
  "FileTree.File": fileEntry,
  TypeTable: dropped,
  Banner: container,
  Bleed: container,
  ImageZoom: { open: (tag) => (tag.attributes.src ? `![${(tag.attributes.alt ?? "").replace(/[[\]]/g, "")}](${tag.attributes.src})` : "") },
  Kbd: inlineText("children"),
};
