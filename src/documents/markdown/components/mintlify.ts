import { card, container, dropped, field, labelled, linkCard, note, type HandlerTable } from "./handler.js";
import { tab } from "./tabs.js";

/** Mintlify components: https://mintlify.com/docs/components */
export const MINTLIFY_HANDLERS: HandlerTable = {
  Card: linkCard,
  CardGroup: container,
  Columns: container,
  Accordion: labelled("title"),
  AccordionGroup: container,
  Expandable: labelled("title"),
  Tab: tab("title", "label"),
  Step: labelled("title"),
  CodeGroup: container,
  Frame: card({ title: ["caption"] }),
  ResponseField: field(["name"]),
  ParamField: field(["path", "query", "body", "header", "param"]),
  Tooltip: container,
  Update: card({ title: ["label"], text: ["description"] }),
  Snippet: dropped,
  ...Object.fromEntries(["Note", "Tip", "Info", "Warning", "Caution", "Danger", "Important", "Check"].map((name) => [name, note(name)])),
};
