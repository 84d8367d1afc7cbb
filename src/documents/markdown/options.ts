import type { ComponentRule } from "./components/index.js";

/** `mdx` enables MDX rules (JavaScript expressions, JSX, ESM); `md` treats braces as text. */
export type Flavor = "md" | "mdx";

/** Options of {@link cleanMarkdown}. */
export interface CleanOptions {
  flavor: Flavor;
  /**
   * Called with every link and image destination outside code; returns the destination to
   * write. Default: destinations are left as written.
   */
  mapUrl?: (destination: string) => string;
  /** Components described in the config file (`components:`); they win over the built-in ones. Default none. */
  components?: Readonly<Record<string, ComponentRule>>;
}
