export { groupTranslations, type GroupOptions, type GroupResult } from "./group.js";
export { translationGroups, type TranslationGroup } from "./groups.js";
export { languageId, translationKeyOf, TRANSLATION_KEY_NAMES } from "./keys.js";
export { localizeDocuments, type LocalizeOptions } from "./localize.js";
export { prepareTranslations, translationSetup, type TranslationSetup } from "./prepare.js";
