import type { Node } from "acorn";
import { expressionExtent, expressionValue } from "./js-extent.js";

/** One tab named by its set: the label shown and, for Docusaurus `values`, the value tabs refer to. */
export interface TabName {
  label: string;
  value?: string;
}

type ObjectNode = Node & { properties?: (Node & { key?: Node & { name?: string; value?: unknown }; value?: Node })[] };

/**
 * The tab names of an `items={['npm', 'pnpm']}` or `values={[{ label: 'npm', value: 'npm' }]}`
 * attribute, read with the JavaScript parser; empty for anything else (never evaluated).
 */
export function tabNamesOf(source: string): TabName[] {
  const extent = source.startsWith("{") ? expressionExtent(source, 0) : undefined;
  const node = extent?.ok ? (extent.node as (Node & { elements?: (Node | null)[] }) | undefined) : undefined;
  if (node?.type !== "ArrayExpression") return [];
  return (node.elements ?? []).map((element) => (element?.type === "ObjectExpression" ? objectName(element as ObjectNode) : { label: expressionValue(element ?? undefined) }));
}

function objectName(node: ObjectNode): TabName {
  const property = (name: string) => {
    const found = node.properties?.find((p) => p.key?.name === name || p.key?.value === name);
    return found?.value ? expressionValue(found.value) : undefined;
  };
  const value = property("value");
  const label = property("label") ?? value ?? "";
  return value === undefined ? { label } : { label, value };
}
