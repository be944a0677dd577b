// Types of library.js: the `yaml` package's own declarations (the two builds have one API).
export * from '../../../node_modules/yaml/dist/index.js';
