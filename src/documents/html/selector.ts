import type { Element } from "hast";
import { selectAll } from "hast-util-select";
import { compileCompound, type ElementTest } from "./compound.js";

/** A test of an element in context: its ancestors, nearest last (the search root included). */
export type ContextTest = (element: Element, ancestors: readonly Element[]) => boolean;

/**
 * A selector list compiled once: compounds (see compound.ts) joined by descendant (` `) and
 * child (`>`) combinators, which is all the selector tables use. Undefined for anything else
 * (sibling combinators, other pseudo-classes): the caller falls back to the CSS engine.
 */
export function compileSelector(list: string): ContextTest | undefined {
  const selectors = splitSelectorList(list).map(compileChain);
  if (selectors.some((test) => test === undefined)) return undefined;
  return (element, ancestors) => selectors.some((test) => test!(element, ancestors));
}

interface Step {
  test: ElementTest;
  /** How this compound relates to the next one to its right. */
  combinator: " " | ">";
}

function compileChain(selector: string): ContextTest | undefined {
  const tokens = selector.trim().replace(/\s*>\s*/g, " > ").split(/\s+/);
  const steps: Step[] = [];
  let combinator: Step["combinator"] = " ";
  for (const token of tokens) {
    if (token === ">") {
      combinator = ">";
      continue;
    }
    if (/^[+~]$/.test(token)) return undefined;
    const test = compileCompound(token);
    if (!test) return undefined;
    steps.push({ test, combinator });
    combinator = " ";
  }
  const subject = steps.pop();
  if (!subject || combinator === ">") return undefined;
  return (element, ancestors) => subject.test(element) && matchesAncestors(steps, steps.length - 1, ancestors, ancestors.length - 1, subject.combinator);
}

/** Whether `steps[0..step]` match among `ancestors[0..from]`, the step after them related by `combinator`. */
function matchesAncestors(steps: readonly Step[], step: number, ancestors: readonly Element[], from: number, combinator: Step["combinator"]): boolean {
  if (step < 0) return true;
  const { test, combinator: before } = steps[step]!;
  const lowest = combinator === ">" ? from : 0;
  for (let index = from; index >= lowest; index--) {
    if (test(ancestors[index]!) && matchesAncestors(steps, step - 1, ancestors, index - 1, before)) return true;
  }
  return false;
}

/** Every element below `root` (not root itself) the selector list matches, in document order. */
export function selectEvery(list: string, root: Element): Element[] {
  const test = compiled(list);
  if (!test) return selectAll(list, root);
  const found: Element[] = [];
  const ancestors: Element[] = [root];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      if (test(child, ancestors)) found.push(child);
      ancestors.push(child);
      visit(child);
      ancestors.pop();
    }
  };
  visit(root);
  return found;
}

/** The first element below `root` the selector list matches, or undefined. */
export function selectFirst(list: string, root: Element): Element | undefined {
  return selectEvery(list, root)[0];
}

const cache = new Map<string, ContextTest | undefined>();

function compiled(list: string): ContextTest | undefined {
  if (!cache.has(list)) cache.set(list, compileSelector(list));
  return cache.get(list);
}

/** Splits `a, b:not(c, d)` into `a` and `b:not(c, d)`: commas inside parentheses or brackets do not split. */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}
