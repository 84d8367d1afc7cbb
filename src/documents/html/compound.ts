import type { Element } from "hast";
import { find, html } from "property-information";

/** A test of one element against a compound selector. */
export type ElementTest = (element: Element) => boolean;

// The selector tables (selectors.ts) are matched against every element of every page. The CSS
// engine (hast-util-select) parses its selector on each call, which on built pages cost more
// than the matching itself (measured: css-selector-parser alone took 4% of derivation time), so
// the compound selectors the tables use are compiled once here: a tag, classes, an id,
// attribute tests (`[a]`, `[a=v]`, `[a*=v]`, `[a^=v]`, `[a$=v]`, `[a~=v]`) and `:not(…)` of those.
// Anything else is not compiled (the caller falls back to the CSS engine).

const TOKEN = /^(?:\*|([a-zA-Z][\w-]*))?((?:\.[\w-]+|#[\w-]+|\[[^\]]+\]|:not\((?:[^()]|\([^()]*\))+\))*)$/;
const PART = /\.([\w-]+)|#([\w-]+)|\[\s*([\w-]+)\s*(?:([*^$~|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*))\s*)?\]|:not\(((?:[^()]|\([^()]*\))+)\)/g;

/** The compiled test of a compound selector, or undefined when it uses anything not listed above. */
export function compileCompound(selector: string): ElementTest | undefined {
  const match = TOKEN.exec(selector.trim());
  if (!match) return undefined;
  const tests: ElementTest[] = [];
  const tag = match[1]?.toLowerCase();
  if (tag) tests.push((element) => element.tagName === tag);
  const rest = match[2] ?? "";
  let consumed = 0;
  for (const part of rest.matchAll(PART)) {
    consumed += part[0].length;
    const test = partTest(part);
    if (!test) return undefined;
    tests.push(test);
  }
  if (consumed !== rest.length) return undefined;
  return (element) => tests.every((test) => test(element));
}

function partTest(part: RegExpMatchArray): ElementTest | undefined {
  const [, className, id, attribute, operator, double, single, bare, not] = part;
  if (className !== undefined) return (element) => classList(element).includes(className);
  if (id !== undefined) return (element) => attributeValue(element, "id") === id;
  if (attribute !== undefined) return attributeTest(attribute, operator, double ?? single ?? bare ?? "");
  const inner = not!.split(",").map((s) => compileCompound(s));
  if (inner.some((test) => test === undefined)) return undefined;
  return (element) => !inner.some((test) => test!(element));
}

function attributeTest(name: string, operator: string | undefined, value: string): ElementTest {
  const property = find(html, name).property;
  // `[class*=x]` runs on every element: read the class list without joining it.
  if (property === "className" && operator === "*=" && !/\s/.test(value) && value !== "") {
    return (element) => classList(element).some((name) => String(name).includes(value));
  }
  const read = (element: Element) => attributeValue(element, property);
  switch (operator) {
    case undefined:
      return (element) => read(element) !== undefined;
    case "=":
      return (element) => read(element) === value;
    case "*=":
      return (element) => value !== "" && (read(element)?.includes(value) ?? false);
    case "^=":
      return (element) => value !== "" && (read(element)?.startsWith(value) ?? false);
    case "$=":
      return (element) => value !== "" && (read(element)?.endsWith(value) ?? false);
    case "~=":
      return (element) => (read(element)?.split(/\s+/) ?? []).includes(value);
    default:
      return (element) => read(element) === value || (read(element)?.startsWith(`${value}-`) ?? false);
  }
}

/** An attribute as CSS sees it: lists joined by spaces, `true` as the empty string, absent as undefined. */
function attributeValue(element: Element, property: string): string | undefined {
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return "";
  return Array.isArray(value) ? value.join(" ") : String(value);
}

function classList(element: Element): readonly (string | number)[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value as (string | number)[];
  return typeof value === "string" ? value.split(/\s+/) : [];
}
