import type { Element } from "hast";
import { matches, selectAll } from "hast-util-select";
import { compileCompound, type ElementTest } from "./compound.js";
import { compileSelector, splitSelectorList, type ContextTest } from "./selector.js";
import { attributeOf, classesOf } from "./tree.js";

export { splitSelectorList } from "./selector.js";

interface Candidate<T> {
  order: number;
  value: T;
  test: ElementTest;
}

interface Complex<T> {
  order: number;
  value: T;
  selector: string;
  /** The compiled selector; absent when it uses what selector.ts does not compile (run by the CSS engine). */
  test?: ContextTest;
}

/**
 * Many CSS selectors matched against a tree in one walk. hast-util-select tries every selector
 * on every element, so a list of a hundred selectors costs a hundred walks; here each compound
 * selector is filed under its class, id, role or tag, and an element is tested only against the
 * selectors filed under what it has. Selectors with combinators (`pre .ln`, `a > b`) are tested
 * against every element with its ancestors, so keep them few. Selectors are compiled once (see
 * compound.ts, selector.ts); what they cannot compile goes to hast-util-select.
 */
export class SelectorIndex<T> {
  // Filed by kind, so looking an element's classes up builds no key strings.
  private readonly byTag = new Map<string, Candidate<T>[]>();
  private readonly byClass = new Map<string, Candidate<T>[]>();
  private readonly byId = new Map<string, Candidate<T>[]>();
  private readonly byRole = new Map<string, Candidate<T>[]>();
  private readonly everywhere: Candidate<T>[] = [];
  private readonly complex: Complex<T>[] = [];

  constructor(entries: readonly (readonly [selectorList: string, value: T])[]) {
    let order = 0;
    for (const [list, value] of entries) {
      for (const selector of splitSelectorList(list)) this.add(selector, value, order++);
    }
  }

  /** Every element below `root` (not root itself) that matches, with the values of its matching entries in table order. */
  matchAll(root: Element): Map<Element, T[]> {
    const found = new Map<Element, Candidate<T>[]>();
    const ancestors: Element[] = [root];
    this.visit(root, ancestors, found);
    for (const entry of this.complex) {
      if (entry.test) continue;
      for (const element of selectAll(entry.selector, root)) if (element !== root) push(found, element, { ...entry, test: () => true });
    }
    const result = new Map<Element, T[]>();
    for (const [element, candidates] of found) {
      result.set(element, candidates.sort((a, b) => a.order - b.order).map((c) => c.value));
    }
    return result;
  }

  // Loops rather than callbacks: this runs for every element of every page.
  private visit(parent: Element, ancestors: Element[], found: Map<Element, Candidate<T>[]>): void {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      testAll(this.everywhere, child, found);
      testAll(this.byTag.get(child.tagName), child, found);
      const className: unknown = child.properties.className;
      for (const name of Array.isArray(className) ? className : classesOf(child)) testAll(this.byClass.get(String(name)), child, found);
      const id = attributeOf(child, "id");
      if (id !== undefined) testAll(this.byId.get(id), child, found);
      const role = attributeOf(child, "role");
      if (role !== undefined) testAll(this.byRole.get(role), child, found);
      for (const entry of this.complex) {
        if (entry.test?.(child, ancestors)) push(found, child, { ...entry, test: () => true });
      }
      ancestors.push(child);
      this.visit(child, ancestors, found);
      ancestors.pop();
    }
  }

  private add(selector: string, value: T, order: number): void {
    if (hasCombinator(selector)) {
      const test = compileSelector(selector);
      this.complex.push(test ? { order, value, selector, test } : { order, value, selector });
      return;
    }
    const compound = parseCompound(selector);
    const candidate = { order, value, test: compileCompound(selector) ?? ((e: Element) => matches(selector, e)) };
    const [map, key] = compound.classes[0] !== undefined ? [this.byClass, compound.classes[0]]
      : compound.id !== undefined ? [this.byId, compound.id]
        : compound.role !== undefined ? [this.byRole, compound.role]
          : compound.tag !== undefined ? [this.byTag, compound.tag] : [undefined, undefined];
    if (map === undefined) this.everywhere.push(candidate);
    else map.set(key, [...(map.get(key) ?? []), candidate]);
  }
}

function testAll<T>(candidates: readonly Candidate<T>[] | undefined, element: Element, found: Map<Element, Candidate<T>[]>): void {
  if (candidates === undefined) return;
  for (const candidate of candidates) if (candidate.test(element)) push(found, element, candidate);
}

function push<T>(found: Map<Element, Candidate<T>[]>, element: Element, candidate: Candidate<T>): void {
  const list = found.get(element);
  if (!list) found.set(element, [candidate]);
  else if (!list.some((c) => c.order === candidate.order)) list.push(candidate);
}

interface Compound {
  tag?: string;
  id?: string;
  role?: string;
  classes: string[];
}

function parseCompound(selector: string): Compound {
  // Keys are read outside :not(...) and [...] only: `a:not(.x)` must not be filed under `.x`.
  const outside = selector.replace(/\([^)]*\)/g, "()").replace(/\[(?!role=)[^\]]*\]/g, "[]");
  const compound: Compound = { classes: [] };
  const tag = /^([a-zA-Z][\w-]*)/.exec(outside)?.[1];
  if (tag) compound.tag = tag.toLowerCase();
  for (const match of outside.matchAll(/\.([\w-]+)/g)) compound.classes.push(match[1]!);
  const id = /#([\w-]+)/.exec(outside)?.[1];
  if (id) compound.id = id;
  const role = /\[role=([\w-]+)\]/.exec(outside)?.[1];
  if (role) compound.role = role;
  return compound;
}

/** True when a selector relates two elements (descendant, child or sibling), outside brackets and parentheses. */
function hasCombinator(selector: string): boolean {
  const outside = selector.trim().replace(/\([^)]*\)/g, "()").replace(/\[[^\]]*\]/g, "[]");
  return /[\s>+~]/.test(outside);
}
