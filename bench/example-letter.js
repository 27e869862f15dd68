// The example letter (resilience/lettre-maire for Sains), ready to render in process: shared by
// the benchmarks. Import after `npm run build`.
const { loadProfile } = await import('../dist/profile/load.js');
const { buildContext } = await import('../dist/context/build.js');
const { findKit } = await import('../dist/kits/registry.js');
const { loadKit } = await import('../dist/kits/load.js');
const { createTemplateEngine } = await import('../dist/template/compile.js');
const { renderDocument } = await import('../dist/pipeline/render-document.js');

const kit = await loadKit(await findKit('resilience'), createTemplateEngine());
const letter = kit.documents.find((document) => document.id === 'lettre-maire');
const { profile } = await loadProfile(new URL('../examples/sains/commune.yaml', import.meta.url).pathname, 'commune.yaml');
const context = buildContext(profile, '2026-11-23');

/** A fresh Document AST of the example letter. */
export function exampleDocument() {
  return renderDocument(letter, context).document;
}
