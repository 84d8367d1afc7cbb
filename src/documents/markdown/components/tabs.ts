import { boldLabel } from "../note.js";
import { tabNamesOf } from "../mdx/tab-names.js";
import { attribute, labelLine, type HandlerState, type TagHandler } from "./handler.js";

/**
 * Tab sets whose labels live on the set, not the tab: Nextra and Fumadocs `<Tabs items={['npm',
 * 'pnpm']}>`, Docusaurus `<Tabs values={[{ label: 'npm', value: 'npm' }]}>`. The set records
 * its names while it is open; each tab takes its own label, else the one its value names, else
 * the next in order.
 */
export const tabSet: TagHandler = {
  container: true,
  open: (tag, _inner, state) => {
    state?.tabs.push({ names: tabNamesOf(tag.attributes.items ?? tag.attributes.values ?? ""), next: 0 });
    return "";
  },
  close: (_tag, state) => {
    state?.tabs.pop();
    return "";
  },
};

/** A tab: its label as a bold line, from its own attributes or from its set. */
export const tab = (...names: string[]): TagHandler => ({
  container: true,
  open: (tag, _inner, state) => labelLine(boldLabel(attribute(tag, ...names) ?? fromSet(attribute(tag, "value"), state) ?? attribute(tag, "value"))),
});

function fromSet(value: string | undefined, state: HandlerState | undefined): string | undefined {
  const set = state?.tabs.at(-1);
  if (!set) return undefined;
  const named = value === undefined ? undefined : set.names.find((name) => name.value === value);
  if (named) return named.label;
  return value === undefined ? set.names[set.next++]?.label : undefined;
}
