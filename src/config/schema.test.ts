import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_FIELDS } from "./fields.js";
import { parseConfigText } from "./file.js";
import { configSchema, configSchemaText, SCHEMA_PATH } from "./schema.js";

describe("config JSON Schema", () => {
  it("is committed up to date (run `npm run schema` after changing src/config/fields.ts)", async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, "../..", SCHEMA_PATH), "utf8");
    expect(committed).toBe(configSchemaText());
  });

  it("describes exactly the keys the reader accepts", () => {
    const properties = configSchema().properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).toEqual(Object.keys(FILE_FIELDS));
    for (const key of Object.keys(properties)) {
      expect(parseConfigText(`${key}: {}\n`, "f.yml").problems.join()).not.toContain("unknown key");
    }
    expect(parseConfigText("not-in-schema: 1\n", "f.yml").problems).toHaveLength(1);
  });

  it("mirrors nested specs: required override files, enums, per-target blocks", () => {
    const schema = configSchema();
    expect(schema).toMatchObject({
      properties: {
        overrides: { items: { required: ["files"] } },
        deletions: { enum: ["tombstone", "hard", "off"] },
        targets: { additionalProperties: { properties: { "collection-id": { type: "string" } } } },
        frontmatter: { additionalProperties: false },
      },
    });
  });
});
