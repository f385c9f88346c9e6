/**
 * Builds the offline page (`npx partnerskap web`): one HTML file with the browser bundle of
 * src/web/, the design system's CSS, the packed templates and the guide's sources inside, so it
 * works from a file:// address with no network at all. Node-only modules are replaced by the
 * small stand-ins in src/web/shims/ (DEFLATE by pako with Node's hash, so documents come out
 * byte for byte as the CLI's).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { TEMPLATE_NAMES } from '../render/templates.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_HTML = join(ROOT, 'dist', 'web', 'partnerskap.html');
const SHIMS = join(ROOT, 'src', 'web', 'shims');
const require = createRequire(import.meta.url);

/** Node built-ins the shared modules import, and what the page uses instead. */
const NODE_SHIMS: Record<string, string> = { zlib: 'zlib.ts', crypto: 'crypto.ts', module: 'module.ts' };

const shims: Plugin = {
  name: 'node-shims',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(zlib|crypto|module)$/ }, (args) => ({ path: join(SHIMS, NODE_SHIMS[args.path.replace(/^node:/, '')]!) }));
    // The templates and the guide, as data in the bundle (src/web/embedded.ts is the typed stand-in).
    b.onResolve({ filter: /\/embedded\.js$/ }, (args) => (args.importer.includes(`${join('src', 'web')}`) ? { path: 'embedded', namespace: 'embedded' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'embedded' }, () => {
      const templates = Object.fromEntries(TEMPLATE_NAMES.map((n) => [n, readFileSync(join(ROOT, 'templates', `${n}.docx`)).toString('base64')]));
      const guideFiles = (guideDir: string) =>
        readdirSync(guideDir)
          .filter((n) => n.endsWith('.md'))
          .sort()
          .map((name) => ({ name, text: readFileSync(join(guideDir, name), 'utf8') }));
      const guide = guideFiles(join(ROOT, 'guide'));
      const nn = guideFiles(join(ROOT, 'guide', 'nn'));
      return { contents: `export const TEMPLATES_BASE64 = ${JSON.stringify(templates)};\nexport const GUIDE_FILES = ${JSON.stringify(guide)};\nexport const GUIDE_FILES_NN = ${JSON.stringify(nn)};\n`, loader: 'js' };
    });
  },
};

/** The design system's parts the page uses (Designsystemet, Digdir), in its own layer order. */
const CSS_PARTS = ['base', 'heading', 'paragraph', 'link', 'button', 'field', 'fieldset', 'input', 'label', 'validation-message', 'error-summary', 'alert', 'table', 'details', 'skip-link', 'list', 'card'];

function designCss(): string {
  const parts = CSS_PARTS.map((p) => readFileSync(require.resolve(`@digdir/designsystemet-css/${p}.css`), 'utf8'));
  const theme = readFileSync(require.resolve('@digdir/designsystemet-css/theme.css'), 'utf8');
  const page = readFileSync(join(ROOT, 'src', 'web', 'page.css'), 'utf8');
  const css = ['@layer ds.theme, ds.base, ds.components;', theme, ...parts, page].join('\n');
  // Every url() must be a data: address: the page makes no request.
  const external = /url\(\s*(?!['"]?data:)[^)]*\)/.exec(css);
  if (external) throw new Error(`Siden skal ikke hente noe utenfra, men CSS-en har ${external[0].slice(0, 80)}`);
  return css.replace(/@font-face\s*{[^}]*}/g, '');
}

/** The page's HTML around the bundle; a content security policy keeps any request from being made. */
function page(script: string, css: string): string {
  const csp = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'";
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partnerskapsavtale – veiviser</title>
<style>${css}</style>
</head>
<body>
<a class="ds-skip-link" href="#innhold">Hopp til innholdet</a>
<div id="app"><main id="innhold"><p>Laster veiviseren …</p></main></div>
<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>
`;
}

export async function buildWeb(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'web', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    inject: [join(SHIMS, 'buffer.ts')],
    // import.meta.url: only src/model/schema.ts uses it, for the createRequire the shim replaces.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', 'import.meta.url': '""' },
    plugins: [shims],
    logLevel: 'warning',
  });
  const html = page(result.outputFiles[0]!.text, designCss());
  mkdirSync(dirname(WEB_HTML), { recursive: true });
  writeFileSync(WEB_HTML, html);
  return WEB_HTML;
}
