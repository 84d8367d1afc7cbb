import type { Document } from "../documents/document.js";
import { validateId } from "../documents/id.js";

export interface IdentityCheck {
  /** Plan errors: invalid ids and ids shared by several files. */
  errors: string[];
  /** Documents that can be planned: valid, unique ids. */
  plannable: Document[];
  /** Every id a document names, valid or not; such ids are never deleted. */
  claimed: Set<string>;
}

/** Finds invalid and duplicate external ids. Either one stops the whole run. */
export function checkIdentity(documents: Document[]): IdentityCheck {
  const errors: string[] = [];
  const byId = new Map<string, Document[]>();
  for (const doc of documents) {
    const problem = validateId(doc.externalId);
    if (problem !== undefined) {
      errors.push(`invalid id in ${doc.sourcePath}: ${problem}`);
      continue;
    }
    byId.set(doc.externalId, [...(byId.get(doc.externalId) ?? []), doc]);
  }
  const plannable: Document[] = [];
  for (const [id, docs] of byId) {
    if (docs.length === 1 && docs[0]) plannable.push(docs[0]);
    else errors.push(duplicateMessage(id, docs));
  }
  return { errors, plannable, claimed: new Set(documents.map((doc) => doc.externalId)) };
}

function duplicateMessage(id: string, docs: Document[]): string {
  const files = docs.map((doc) => doc.sourcePath).join(", ");
  return (
    `duplicate id ${JSON.stringify(id)}: ${docs.length} files share it (${files}); ` +
    `expected each id to be unique (set a distinct frontmatter id in all but one)`
  );
}
