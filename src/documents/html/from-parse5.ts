import type { Element, ElementContent, Properties } from "hast";
import type { DefaultTreeAdapterTypes } from "parse5";
import { find, html, normalize, type Info } from "property-information";

type P5Node = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;

// parse5's tree as hast, the way hast-util-from-parse5 builds it (properties named and typed by
// property-information: `className` as a list, `colSpan` as a number, `checked` as a boolean),
// minus what built pages never need: source positions, the SVG schema (SVG is chrome here) and
// template contents. Hand-written because hast-util-from-parse5 goes through hastscript, which
// re-parses every tag name as a CSS selector and looks every attribute up again: with the
// garbage it leaves, a sixth of derivation time on built pages (measured with --cpu-prof).

/** One parse5 element, and all it contains, as hast. */
export function elementToHast(node: P5Element): Element {
  const properties: Properties = {};
  for (const attribute of node.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const info = infoOf(name);
    const value = propertyValue(info, attribute.value);
    if (value !== undefined) properties[info.property] = value;
  }
  const children: ElementContent[] = [];
  for (const child of node.childNodes) {
    const converted = childToHast(child);
    if (converted) children.push(converted);
  }
  return { type: "element", tagName: node.tagName, properties, children };
}

function childToHast(node: P5Node): ElementContent | undefined {
  if (node.nodeName === "#text") return { type: "text", value: (node as DefaultTreeAdapterTypes.TextNode).value };
  if (node.nodeName === "#comment") return { type: "comment", value: (node as DefaultTreeAdapterTypes.CommentNode).data };
  return "tagName" in node ? elementToHast(node) : undefined;
}

const infos = new Map<string, Info>();

function infoOf(name: string): Info {
  let info = infos.get(name);
  if (!info) {
    info = find(html, name);
    infos.set(name, info);
  }
  return info;
}

function propertyValue(info: Info, value: string): Properties[string] {
  if (info.spaceSeparated) return words(value).map((word) => listItem(info, word));
  if (info.commaSeparated) return value.split(",").map((part) => listItem(info, part.trim()));
  if (info.commaOrSpaceSeparated) return words(value.split(",").join(" ")).map((word) => listItem(info, word));
  return primitive(info, value);
}

function listItem(info: Info, value: string): string | number {
  return info.number && value !== "" && !Number.isNaN(Number(value)) ? Number(value) : value;
}

function words(value: string): string[] {
  return value.split(/[ \t\n\r\f]+/).filter((word) => word !== "");
}

function primitive(info: Info, value: string): string | number | boolean {
  if (info.number) return listItem(info, value);
  if ((info.boolean || info.overloadedBoolean) && (value === "" || normalize(value) === normalize(info.property))) return true;
  return value;
}
