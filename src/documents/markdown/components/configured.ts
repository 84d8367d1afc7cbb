import { card, container, dropped, type HandlerTable, type TagHandler } from "./handler.js";

/**
 * A component described in `kb-publish.yml` (`components: { Name: { text: [title, description],
 * link: href } }`): which attributes hold text a reader sees and which one is a link. Its children
 * are kept unless `drop` is true.
 */
export interface ComponentRule {
  /** Attributes whose text is shown, in order; the first is the title (in bold). Default none. */
  text?: string[];
  /** Attribute holding a URL: the title becomes a link to it. Default none. */
  link?: string;
  /** Remove the component and everything it holds. Default false. */
  drop?: boolean;
}

/** Handlers for the components a config file describes; they win over the built-in ones. */
export function configuredHandlers(rules: Readonly<Record<string, ComponentRule>> | undefined): HandlerTable | undefined {
  if (!rules) return undefined;
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, handlerOf(rule)]));
}

function handlerOf(rule: ComponentRule): TagHandler {
  if (rule.drop) return dropped;
  const [title, ...text] = rule.text ?? [];
  if (title === undefined && rule.link === undefined) return container;
  return card({ title: title === undefined ? [] : [title], link: rule.link === undefined ? undefined : [rule.link], text });
}
