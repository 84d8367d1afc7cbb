import { codeBlock } from "./code.js";
import { container, dropped, labelled, note, type HandlerTable } from "./handler.js";
import { tab, tabSet } from "./tabs.js";

/** Docusaurus theme components: https://docusaurus.io/docs/markdown-features */
export const DOCUSAURUS_HANDLERS: HandlerTable = {
  Tabs: tabSet,
  TabItem: tab("label"),
  Admonition: note(),
  Details: labelled("summary", "title"),
  CodeBlock: codeBlock,
  DocCardList: dropped,
  TOCInline: dropped,
  Highlight: container,
  BrowserWindow: container,
};
