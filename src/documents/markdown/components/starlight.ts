import { codeAttribute } from "./code.js";
import { container, dropped, inlineText, linkCard, note, type HandlerTable } from "./handler.js";
import { tab, tabSet } from "./tabs.js";

/** Starlight (Astro) components: https://starlight.astro.build/components/using-components/ */
export const STARLIGHT_HANDLERS: HandlerTable = {
  Aside: note(),
  Badge: inlineText("text"),
  Card: linkCard,
  CardGrid: container,
  LinkCard: linkCard,
  // `<LinkButton href>` reads like a link: handled with `<a>` by the markup pass (see LINKS).
  Steps: container,
  Tabs: tabSet,
  TabItem: tab("label"),
  FileTree: container,
  Icon: dropped,
  Code: codeAttribute,
  Kbd: inlineText("mac", "windows"),
};
