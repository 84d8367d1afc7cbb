export { versionedPath, versionOf, versionPrefix } from "./paths.js";
export { CURRENT, selectVersions, type SiteVersions, type VersionPlan, type VersionSelection, type VersionSetting } from "./plan.js";
