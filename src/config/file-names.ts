/** Names looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAMES = ["kb-publish.yml", "kb-publish.yaml"];
