/** Report rendering: one Report, every channel (comment and summary, terminal, JSON, annotations). */
export type { Block, Report, Table } from './model.js';
export {
  renderMarkdown,
  statusLine,
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES,
  type MarkdownOptions,
} from './markdown.js';
export { renderText, type TextOptions } from './text.js';
export { renderJson, reportJson, REPORT_SCHEMA_VERSION, type ReportJson } from './json.js';
export {
  planAnnotations,
  toAnnotations,
  toAnnotation,
  annotationCommand,
  GITHUB_ANNOTATION_LIMITS,
  type Annotation,
  type AnnotationLimits,
  type AnnotationPlan,
  type AnnotationProperties,
} from './annotations.js';
export { commentMarker, hasMarker } from './marker.js';
