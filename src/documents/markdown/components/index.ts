import { DOCUSAURUS_HANDLERS } from "./docusaurus.js";
import { container, inlineText, labelled, type HandlerTable, type TagHandler } from "./handler.js";
import { HTML_HANDLERS } from "./html.js";
import { MINTLIFY_HANDLERS } from "./mintlify.js";
import { NEXTRA_HANDLERS } from "./nextra.js";
import { STARLIGHT_HANDLERS } from "./starlight.js";

export { configuredHandlers, type ComponentRule } from "./configured.js";
export type { HandlerState, HandlerTable, TagHandler } from "./handler.js";

/** Components other families also use under these names. */
const COMMON: HandlerTable = {
  Collapsible: labelled("title", "summary"),
  Badge: inlineText("text", "label"),
};

/**
 * Every built-in component handler. Families agree where names collide (a `Card` with a title and
 * maybe a link and a description; `Tabs` that may name their tabs), so their order does not matter.
 */
const COMPONENTS: HandlerTable = { ...COMMON, ...DOCUSAURUS_HANDLERS, ...NEXTRA_HANDLERS, ...MINTLIFY_HANDLERS, ...STARLIGHT_HANDLERS };

/** Tags that are links, and the attributes holding their destination: written as Markdown links. */
export const LINKS: Readonly<Record<string, readonly string[]>> = { a: ["href"], Link: ["to", "href"], LinkButton: ["href"] };

/**
 * The handler for a tag: configured components first, then built-in components by exact name
 * (unknown ones keep their children), HTML elements case-insensitively.
 */
export function handlerFor(name: string, configured?: HandlerTable): TagHandler {
  const own = configured?.[name];
  if (own) return own;
  if (name === "" || /^[A-Z]/.test(name) || name.includes(".")) return COMPONENTS[name] ?? container;
  return HTML_HANDLERS[name.toLowerCase()] ?? {};
}
