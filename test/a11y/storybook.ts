/**
 * Just enough of Storybook to render this project's stories in a test page: find the story modules,
 * import them, serve their static files where Storybook serves them, and render each story the way
 * CSF3 says (args of meta and story, `render` of story or meta, decorators, loaders, play).
 */
import {html, type TemplateResult} from 'lit';

export interface StoryModuleInfo {
  /** The module's URL path, e.g. `/stories/factor-table.stories.ts`. */
  readonly path: string;
  readonly module: Record<string, unknown>;
  /** Why the module could not be imported as it is, when it had to be loaded the way Vite does. */
  readonly importProblem?: string;
}

export interface StoryCase {
  readonly module: string;
  readonly exportName: string;
  readonly title: string;
  readonly name: string;
  readonly parameters: Record<string, any>;
  /** Renders the story for a theme class of the toolbar ('' for the default theme). */
  readonly render: (themeClass: string, themeName: string) => Promise<TemplateResult>;
  readonly play?: (context: Record<string, unknown>) => unknown;
  readonly args: Record<string, unknown>;
}

/** Text of a file as the test server serves it (TypeScript already turned into JavaScript). */
async function served(path: string): Promise<string | undefined> {
  const response = await fetch(path);
  return response.ok ? response.text() : undefined;
}

/**
 * The story modules: by the project's convention one per element (`stories/<tag>.stories.ts`, for
 * every element `src/index.ts` registers), plus every module in Storybook's own index when a build is
 * there. A browser cannot list a folder, so a module named otherwise is found only through that index.
 */
export async function storyModulePaths(): Promise<string[]> {
  const candidates = new Set<string>();
  const index = (await served('/src/index.ts')) ?? '';
  for (const [, tag] of index.matchAll(/\.\/elements\/([\w-]+)\/\1\./g)) candidates.add(`/stories/${tag}.stories.ts`);
  const storybookIndex = await fetch('/storybook-static/index.json');
  if (storybookIndex.ok) {
    const {entries} = (await storybookIndex.json()) as {entries: Record<string, {importPath: string}>};
    for (const {importPath} of Object.values(entries)) {
      if (/\.stories\.[jt]s$/.test(importPath)) candidates.add(importPath.replace(/^\.\//, '/'));
    }
  }
  const existing: string[] = [];
  for (const path of [...candidates].sort()) if ((await fetch(path, {method: 'HEAD'})).ok) existing.push(path);
  return existing;
}

/**
 * Imports a story module. One that only Vite can import (a bare `import './x.css'`) is loaded the
 * way Vite loads it: the stylesheet as a `<link>`, the rest as a module, and the problem is returned.
 */
export async function importStoryModule(path: string): Promise<StoryModuleInfo> {
  try {
    return {path, module: await import(/* @vite-ignore */ path)};
  } catch (error) {
    const source = await served(path);
    if (source === undefined) throw error;
    const base = new URL(path, location.origin);
    const cssImports: string[] = [];
    const rewritten = source
      .replace(/^\s*import\s+(['"])([^'"]+\.css)\1\s*;?/gm, (_, _quote, spec: string) => {
        cssImports.push(new URL(spec, base).pathname);
        return '';
      })
      // A module from a blob: URL has no base for relative or root-relative specifiers: make them absolute.
      .replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{0,2}\/[^'"]+)\2/g,
        (_, head: string, quote: string, spec: string) => `${head}${quote}${new URL(spec, base).href}${quote}`);
    if (cssImports.length === 0) throw error;
    for (const css of cssImports) addStylesheet(css);
    const blob = URL.createObjectURL(new Blob([rewritten], {type: 'text/javascript'}));
    try {
      return {
        path, module: await import(/* @vite-ignore */ blob),
        importProblem: `${path} imports ${cssImports.join(', ')} as a module; a browser (and every tool but Vite) refuses that: ${String(error)}`,
      };
    } finally {
      URL.revokeObjectURL(blob);
    }
  }
}

/** Adds a page stylesheet once, as Storybook's preview does for `stories/themes.css`. */
export function addStylesheet(href: string): Promise<void> {
  const existing = document.head.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), {once: true});
    link.addEventListener('error', () => reject(new Error(`stylesheet ${href} did not load`)), {once: true});
  });
  document.head.append(link);
  return loaded;
}

/**
 * The toolbar's themes, read from `.storybook/preview.ts` (which itself cannot be imported here: it
 * needs Storybook's runtime and the generated `custom-elements.json`). `''` is the default theme.
 */
export async function toolbarThemes(): Promise<{name: string; className: string}[]> {
  const preview = (await served('/.storybook/preview.ts')) ?? '';
  const themes = [...preview.matchAll(/["']?([\w-]+)["']?\s*:\s*\{\s*title:\s*["'][^"']*["'],\s*className:\s*["']([^"']*)["']/g)]
    .map(([, name, className]) => ({name, className}));
  const declared = (preview.match(/className:/g) ?? []).length;
  if (themes.length < declared) throw new Error(`.storybook/preview.ts declares ${declared} themes; ${themes.length} were understood here`);
  return themes.length > 0 ? themes : [{name: 'standaard', className: ''}];
}

/** Storybook's `staticDirs` from `.storybook/main.ts`: URL prefix in Storybook → path on this server. */
export async function staticDirs(): Promise<[string, string][]> {
  const main = (await served('/.storybook/main.ts')) ?? '';
  return [...main.matchAll(/from:\s*["']([^"']+)["']\s*,\s*to:\s*["']([^"']+)["']/g)]
    .map(([, from, to]) => [to.replace(/\/?$/, '/'), new URL(from.replace(/\/?$/, '/'), new URL('/.storybook/', location.origin)).pathname]);
}

/** What the page fetched while a story rendered, with the status it got. */
export const fetchLog: {url: string; status: number}[] = [];

/**
 * Serves Storybook's static folders where the stories expect them: a story's `src="fixtures/x.json"`
 * resolves to `/fixtures/x.json`, which Storybook maps to `stories/fixtures/`, and so does this.
 */
export function serveStaticDirsLikeStorybook(dirs: [string, string][]): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input), document.baseURI);
    const dir = url.origin === location.origin ? dirs.find(([prefix]) => url.pathname.startsWith(prefix)) : undefined;
    if (dir) url.pathname = dir[1] + url.pathname.slice(dir[0].length);
    const response = await original(dir ? (request ? new Request(url, request) : url) : input, init);
    fetchLog.push({url: url.pathname, status: response.status});
    return response;
  };
}

const matches = (name: string, pattern: unknown) =>
  pattern instanceof RegExp ? pattern.test(name) : Array.isArray(pattern) ? pattern.includes(name) : false;

/** The stories of a module, as CSF3 defines them: every named export but those `excludeStories` names. */
export function storiesOf(info: StoryModuleInfo, theme: (story: () => TemplateResult, className: string, themeName: string) => TemplateResult): StoryCase[] {
  const meta = (info.module.default ?? {}) as Record<string, any>;
  const title = String(meta.title ?? info.path);
  return Object.entries(info.module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .filter(([name]) => (meta.includeStories === undefined || matches(name, meta.includeStories)) && !matches(name, meta.excludeStories))
    .map(([exportName, value]) => {
      const story = (typeof value === 'function' ? {render: value} : value ?? {}) as Record<string, any>;
      const args = {...(meta.args ?? {}), ...(story.args ?? {})};
      const parameters = {...(meta.parameters ?? {}), ...(story.parameters ?? {})};
      const renderFn = story.render ?? meta.render ?? ((storyArgs: Record<string, unknown>) => defaultRender(String(meta.component), storyArgs));
      const decorators: any[] = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
      const name = String(story.name ?? story.storyName ?? exportName);
      return {
        module: info.path, exportName, title, name, parameters, args, play: story.play,
        render: async (className: string, themeName: string) => {
          const loaded = Object.assign({}, ...(await Promise.all([...(meta.loaders ?? []), ...(story.loaders ?? [])]
            .map((loader: any) => loader({args})))));
          const context = {args, argTypes: {}, parameters, globals: {thema: themeName}, loaded, id: exportName, name, title, viewMode: 'story'};
          // Story decorators wrap closest, then the module's, then the preview's (the theme).
          let storyFn = () => renderFn(context.args, context) as TemplateResult;
          for (const decorator of decorators) {
            const inner = storyFn;
            storyFn = () => decorator(inner, context) as TemplateResult;
          }
          return theme(storyFn, className, themeName);
        },
      };
    });
}

/** What `@storybook/web-components` renders for a story without `render`: the component, args as properties. */
function defaultRender(tag: string, args: Record<string, unknown>): TemplateResult {
  const el = document.createElement(tag);
  Object.assign(el, args);
  return html`${el}`;
}
