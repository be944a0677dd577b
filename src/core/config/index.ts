/** `.github/mlops.yml`: types, defaults, parsing and validation (SPEC §3). Loading from disk: src/adapters/fs/config.ts. */
export * from './types.js';
export { applyDefaults, defaultConfig, projectName, DEFAULT_STAGES, type RawConfig } from './defaults.js';
export { parseConfig, configSchema, CONFIG_PATHS, MAX_CONFIG_BYTES, type ParsedConfig } from './parse.js';
export { checkSemantics } from './semantic.js';
