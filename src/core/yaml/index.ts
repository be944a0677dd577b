/** Safe YAML parsing with source locations; see parse.ts and locate.ts. */
export {
  parseYaml,
  position,
  tooLargeFinding,
  DEFAULT_MAX_YAML_BYTES,
  type ParseYamlOptions,
  type ParsedYaml,
  type YamlSource,
} from './parse.js';
export { locate, type JsonPath, type Location, type LocateOptions } from './locate.js';
