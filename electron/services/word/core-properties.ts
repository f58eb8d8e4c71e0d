/**
 * The package's core properties (docProps/core.xml) written from the draft. docx stamps its own with
 * the clock, which would make two exports of the same plan differ; these carry the brief's date.
 */
import type { WordDraft } from '../../../shared/brief/word-draft';

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** XML 1.0 forbids most control characters even escaped; a pasted one would make Word refuse the file. */
const xmlText = (text: string) => escapeXml(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));

export function coreProperties(draft: WordDraft): string {
  const stamp = `${draft.date}T00:00:00Z`;
  const element = (name: string, value: string) => (value ? `<${name}>${xmlText(value)}</${name}>` : '');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', draft.title),
    element('dc:subject', draft.subtitle || 'Draft mandate'),
    element('dc:creator', draft.author || 'Mandate Planner'),
    element('cp:keywords', draft.marking),
    element('cp:lastModifiedBy', 'Mandate Planner'),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
