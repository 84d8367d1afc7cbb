import { FILE_FIELDS } from "./fields.js";
import type { Spec } from "./spec.js";

/** Where the generated schema is committed, relative to the repository root. */
export const SCHEMA_PATH = "schema/kb-publish.schema.json";

/**
 * The JSON Schema of `kb-publish.yml`, generated from the same field table the config reader
 * validates with, for editor completion (`# yaml-language-server: $schema=…`).
 */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "kb-publish configuration",
    description: "kb-publish.yml: settings in kebab-case; CLI flags and action inputs win over them. The API key is never read from this file.",
    type: "object",
    properties: Object.fromEntries(Object.entries(FILE_FIELDS).map(([key, field]) => [key, jsonSchemaOf(field.spec)])),
    additionalProperties: false,
  };
}

/** The schema text exactly as committed: two-space JSON with a final newline. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

function jsonSchemaOf(spec: Spec): Record<string, unknown> {
  const { description } = spec;
  switch (spec.type) {
    case "string":
      return { type: "string", description, ...(spec.enum ? { enum: [...spec.enum] } : {}), ...(spec.format ? { format: spec.format } : {}) };
    case "integer":
      return { type: "integer", description, minimum: spec.minimum };
    case "boolean":
      return { type: "boolean", description };
    case "strings":
      return { description, anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
    case "max-deletes":
      return { description, anyOf: [{ type: "integer", minimum: 0 }, { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?%?\\s*$" }] };
    case "array":
      return { type: "array", description, items: jsonSchemaOf(spec.items) };
    case "any":
      return { description };
    case "object":
      return {
        type: "object",
        description,
        properties: Object.fromEntries(Object.entries(spec.properties).map(([key, child]) => [key, jsonSchemaOf(child)])),
        ...(spec.required ? { required: [...spec.required] } : {}),
        additionalProperties: spec.additionalProperties ? jsonSchemaOf(spec.additionalProperties) : false,
      };
  }
}
