import type { Element } from "hast";
import { matches, selectAll } from "hast-util-select";
import { attributeOf, classesOf } from "./tree.js";

type Test = (element: Element) => boolean;

interface Candidate<T> {
  order: number;
  value: T;
  test: Test;
}

/**
 * Many CSS selectors matched against a tree in one walk. hast-util-select tries every selector
 * on every element, so a list of a hundred selectors costs a hundred walks; here each compound
 * selector is filed under its class, id, role or tag, and an element is tested only against the
 * selectors filed under what it has. Selectors with combinators (`pre .ln`, `a > b`) fall back
 * to hast-util-select, so keep them few.
 */
export class SelectorIndex<T> {
  private readonly byKey = new Map<string, Candidate<T>[]>();
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
    // A selector with combinators runs only if some element matches its last compound: a full
    // CSS match costs more than the rest of this walk, and most pages have no such element.
    const needed = new Set(this.complex.filter((entry) => !entry.subject));
    const visit = (parent: Element) => {
      for (const child of parent.children) {
        if (child.type !== "element") continue;
        for (const candidate of this.candidatesOf(child)) {
          if (candidate.test(child)) push(found, child, candidate);
        }
        for (const entry of this.complex) if (entry.subject?.(child)) needed.add(entry);
        visit(child);
      }
    };
    visit(root);
    for (const { order, value, selector } of this.complex.filter((entry) => needed.has(entry))) {
      for (const element of selectAll(selector, root)) {
        if (element !== root) push(found, element, { order, value, test: () => true });
      }
    }
    const result = new Map<Element, T[]>();
    for (const [element, candidates] of found) {
      result.set(element, candidates.sort((a, b) => a.order - b.order).map((c) => c.value));
    }
    return result;
  }

  private add(selector: string, value: T, order: number): void {
    if (hasCombinator(selector)) {
      this.complex.push({ order, value, selector, subject: subjectTest(selector) });
      return;
    }
    const compound = parseCompound(selector);
    const candidate = { order, value, test: compound.pure ? pureTest(compound) : (e: Element) => matches(selector, e) };
    const key = compound.classes[0] !== undefined ? `.${compound.classes[0]}`
      : compound.id !== undefined ? `#${compound.id}`
        : compound.role !== undefined ? `[role=${compound.role}]`
          : compound.tag !== undefined ? compound.tag : undefined;
    if (key === undefined) this.everywhere.push(candidate);
    else this.byKey.set(key, [...(this.byKey.get(key) ?? []), candidate]);
  }

  private candidatesOf(element: Element): Candidate<T>[] {
    const keys = [element.tagName, ...classesOf(element).map((c) => `.${c}`)];
    const id = attributeOf(element, "id");
    if (id !== undefined) keys.push(`#${id}`);
    const role = attributeOf(element, "role");
    if (role !== undefined) keys.push(`[role=${role}]`);
    const candidates = [...this.everywhere];
    for (const key of keys) candidates.push(...(this.byKey.get(key) ?? []));
    return candidates;
  }
}

interface Complex<T> {
  order: number;
  value: T;
  selector: string;
  /** Tests the selector's last compound alone, when that is a plain tag, class, id or role; else absent. */
  subject?: Test;
}

/** The test of a selector's last compound (`span.lang` in `div > span.lang`), when it is pure. */
function subjectTest(selector: string): Test | undefined {
  // A last token cut out of brackets or parentheses ends in `]`, `)` or a quote, so it is never pure.
  const last = selector.trim().split(/\s*[>+~]\s*|\s+/).at(-1) ?? "";
  return PURE.test(last) && last !== "" && last !== "*" ? pureTest(parseCompound(last)) : undefined;
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
  /** Only a tag, classes, an id and `[role=x]`: tested without the CSS engine. */
  pure: boolean;
}

const PURE = /^(?:[a-zA-Z][\w-]*|\*)?(?:\.[\w-]+|#[\w-]+|\[role=[\w-]+\])*$/;

function parseCompound(selector: string): Compound {
  // Keys are read outside :not(...) and [...] only: `a:not(.x)` must not be filed under `.x`.
  const outside = selector.replace(/\([^)]*\)/g, "()").replace(/\[(?!role=)[^\]]*\]/g, "[]");
  const compound: Compound = { classes: [], pure: PURE.test(selector) };
  const tag = /^([a-zA-Z][\w-]*)/.exec(outside)?.[1];
  if (tag) compound.tag = tag.toLowerCase();
  for (const match of outside.matchAll(/\.([\w-]+)/g)) compound.classes.push(match[1]!);
  const id = /#([\w-]+)/.exec(outside)?.[1];
  if (id) compound.id = id;
  const role = /\[role=([\w-]+)\]/.exec(outside)?.[1];
  if (role) compound.role = role;
  return compound;
}

function pureTest(compound: Compound): Test {
  return (element) => {
    if (compound.tag !== undefined && element.tagName !== compound.tag) return false;
    if (compound.id !== undefined && attributeOf(element, "id") !== compound.id) return false;
    if (compound.role !== undefined && attributeOf(element, "role") !== compound.role) return false;
    if (compound.classes.length === 0) return true;
    const classes = classesOf(element);
    return compound.classes.every((c) => classes.includes(c));
  };
}

/** True when a selector relates two elements (descendant, child or sibling), outside brackets and parentheses. */
function hasCombinator(selector: string): boolean {
  const outside = selector.trim().replace(/\([^)]*\)/g, "()").replace(/\[[^\]]*\]/g, "[]");
  return /[\s>+~]/.test(outside);
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
