// Writes schema/kb-publish.schema.json from the config field table (src/config/fields.ts).
// Run with `npm run schema`; a test fails when the committed file is out of date.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { configSchemaText, SCHEMA_PATH } from "../src/config/schema.js";

const target = path.resolve(import.meta.dirname, "..", SCHEMA_PATH);
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, configSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
