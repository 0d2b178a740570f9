// The layer allow-list (ARCHITECTURE.md), in the manner of VS Code's code-import-patterns:
// every source file belongs to exactly one layer, and a layer lists the folders it may import.
// A file that matches no layer is itself an error, so a new folder cannot slip past the rule.
import path from 'node:path';

const DOMAIN = ['glossary/**', 'articles/**'];
const CONTRACT = ['services/contract.ts', 'services/api-names.ts'];

/** Layers, first match wins: `files` are repo-relative globs, `allow` the globs they may import. */
export const LAYERS = [
  { name: 'domain (glossary)', files: ['glossary/**'], allow: ['glossary/**'] },
  { name: 'domain (articles)', files: ['articles/**'], allow: DOMAIN },
  { name: 'contract', files: CONTRACT, allow: [...DOMAIN, ...CONTRACT] },
  { name: 'services', files: ['services/**'], allow: [...DOMAIN, 'services/**'] },
  { name: 'desk', files: ['desk/**'], allow: [...DOMAIN, 'services/**', 'desk/**'] },
  { name: 'http transport', files: ['transports/http/**', 'transports/*.ts'], allow: [...DOMAIN, 'services/**', 'desk/**', 'transports/http/**', 'transports/*.ts'] },
  // The desk commands adapt desk/ (services-level, over PostgreSQL), which the contract does not carry:
  // publishing, cloning and one-shot syncs of a folder, and the desk's own administration.
  { name: 'cli desk command', files: ['transports/cli/commands/desk.ts'], allow: [...DOMAIN, ...CONTRACT, 'desk/**', 'transports/cli/**'] },
  // A command parses, calls the contract's handlers (through its CliContext) and prints: it sees
  // the contract and its error and limits, never a service or the store behind it (issue 10).
  { name: 'cli command', files: ['transports/cli/commands/**'], allow: [...DOMAIN, ...CONTRACT, 'services/api-failure.ts', 'services/api-schemas.ts', 'services/text-files.ts', 'transports/cli/**'] },
  { name: 'cli transport', files: ['transports/cli/**'], allow: [...DOMAIN, 'services/**', 'desk/**', 'transports/cli/**'] },
  { name: 'electron shell', files: ['electron/**'], allow: ['electron/**', 'services/**', 'desk/**', 'transports/content-security-policy.ts'] },
  { name: 'renderer', files: ['renderer/**'], allow: ['renderer/**', ...CONTRACT, ...DOMAIN] },
  { name: 'tools', files: ['test/**', 'bench/**', 'bin/**', '*.config.ts', '*.config.js', 'eslint-layers.js'], allow: ['**'] },
];

/** Minimal glob: `**` any depth, `*` within one path segment. */
function globToRegExp(glob) {
  const source = glob.split('/').map((part) => (part === '**' ? '(?:.*)' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))).join('/');
  return new RegExp(`^${source.replace(/\/\(\?:\.\*\)$/, '(?:/.*)?').replace(/^\(\?:\.\*\)\//, '(?:.*/)?')}$`);
}
const compiled = LAYERS.map((layer) => ({ ...layer, fileRes: layer.files.map(globToRegExp), allowRes: layer.allow.map(globToRegExp) }));

/** The layer a repo-relative file belongs to, or undefined. */
export function layerOf(relativeFile) {
  return compiled.find((layer) => layer.fileRes.some((re) => re.test(relativeFile)));
}

const rule = {
  meta: { type: 'problem', schema: [], messages: {
    noLayer: '{{file}} belongs to no layer of eslint-layers.js; add the folder to a layer (ARCHITECTURE.md).',
    notAllowed: '{{layer}} may not import {{target}} (eslint-layers.js allows: {{allowed}}).',
  } },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    if (file.startsWith('..')) return {};
    const layer = layerOf(file);
    const check = (node, specifier) => {
      if (!layer || typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (!layer.allowRes.some((re) => re.test(target))) {
        context.report({ node, messageId: 'notAllowed', data: { layer: layer.name, target, allowed: layer.allow.join(', ') } });
      }
    };
    return {
      Program(node) { if (!layer) context.report({ node, messageId: 'noLayer', data: { file } }); },
      ImportDeclaration(node) { check(node, node.source.value); },
      ExportNamedDeclaration(node) { if (node.source) check(node, node.source.value); },
      ExportAllDeclaration(node) { check(node, node.source.value); },
      ImportExpression(node) { if (node.source.type === 'Literal') check(node, node.source.value); },
    };
  },
};

/** The local ESLint plugin holding the rule. */
export const layersPlugin = { rules: { 'import-layers': rule } };
