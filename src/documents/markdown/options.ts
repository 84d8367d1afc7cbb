/** `mdx` enables MDX rules (expressions in braces); `md` treats braces as text. */
export type Flavor = "md" | "mdx";

/** Options of {@link cleanMarkdown}. */
export interface CleanOptions {
  flavor: Flavor;
  /**
   * Called with every link and image destination outside code; returns the destination to
   * write. Default: destinations are left as written.
   */
  mapUrl?: (destination: string) => string;
}
