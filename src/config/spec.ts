/**
 * A tiny declarative schema: enough to validate a config file (with line numbers) and to
 * generate its JSON Schema from the same description, so the two never disagree.
 */
export type Spec =
  | { type: "string"; description: string; enum?: readonly string[]; format?: "uri" }
  | { type: "integer"; description: string; minimum: number }
  | { type: "boolean"; description: string }
  /** One text or a list of texts (globs, locales, frontmatter keys). */
  | { type: "strings"; description: string }
  /** `--max-deletes`: a count (`10`) or a percentage (`10%`). */
  | { type: "max-deletes"; description: string }
  | {
      type: "object";
      description: string;
      properties: Record<string, Spec>;
      required?: readonly string[];
      /** Spec of keys not in `properties`; absent means unknown keys are errors. */
      additionalProperties?: Spec;
    }
  | { type: "array"; description: string; items: Spec }
  /** Any YAML value, kept as-is (JSON-safe). */
  | { type: "any"; description: string };
