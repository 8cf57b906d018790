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
  /**
   * The named exports in the order the file declares them. A module namespace lists them
   * alphabetically; Storybook keeps the file's order, and its first story is the primary one.
   */
  readonly exportOrder: readonly string[];
  /** Why the module could not be imported as it is, when it had to be loaded the way Vite does. */
  readonly importProblem?: string;
}

export interface StoryCase {
  readonly module: string;
  readonly exportName: string;
  readonly title: string;
  readonly name: string;
  readonly parameters: Record<string, any>;
  /**
   * Renders the story as Storybook does for the toolbar's theme (`globals.thema`), with the story's
   * args or, where given, those changed as a control or a URL arg would change them.
   */
  readonly render: (options?: RenderOptions) => Promise<TemplateResult>;
  readonly play?: (context: Record<string, unknown>) => unknown;
  readonly args: Record<string, unknown>;
}

export interface RenderOptions {
  /** The toolbar theme's name (`globals.thema`). */
  readonly theme?: string;
  /** Args on top of the story's own, as the Controls panel or `?args=` sets them. */
  readonly args?: Record<string, unknown>;
  /** `'story'` (the canvas, the default) or `'docs'`. */
  readonly viewMode?: 'story' | 'docs';
  /** The story's own render only, as the docs page's snippet takes it (`docs.source.excludeDecorators`). */
  readonly undecorated?: boolean;
}

/** A decorator as Storybook calls it: the story so far, and the story's context. */
export type Decorator = (story: () => unknown, context: any) => unknown;

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
  const source = await served(path);
  const exportOrder = [...(source ?? '').matchAll(/^export\s+(?:const|let|var|function)\s+(\w+)/gm)].map(([, name]) => name);
  try {
    return {path, exportOrder, module: await import(/* @vite-ignore */ path)};
  } catch (error) {
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
        path, exportOrder, module: await import(/* @vite-ignore */ blob),
        importProblem: `${path} imports ${cssImports.join(', ')} as a module; a browser (and every tool but Vite) refuses that: ${String(error)}`,
      };
    } finally {
      URL.revokeObjectURL(blob);
    }
  }
}

/** Adds a page stylesheet once, as Storybook's preview does for `stories/preview.css`. */
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

/**
 * The stories of a module, as CSF3 defines them: every named export but those `excludeStories` names,
 * in the file's order (the first is the primary story, the live example of the docs page).
 * `projectDecorators` are those of .storybook/preview.ts, which wrap every story outermost.
 */
export function storiesOf(info: StoryModuleInfo, projectDecorators: readonly Decorator[]): StoryCase[] {
  const meta = (info.module.default ?? {}) as Record<string, any>;
  const title = String(meta.title ?? info.path);
  const place = (name: string) => (info.exportOrder.includes(name) ? info.exportOrder.indexOf(name) : Infinity);
  return Object.entries(info.module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .sort(([a], [b]) => place(a) - place(b))
    .filter(([name]) => (meta.includeStories === undefined || matches(name, meta.includeStories)) && !matches(name, meta.excludeStories))
    .map(([exportName, value]) => {
      const story = (typeof value === 'function' ? {render: value} : value ?? {}) as Record<string, any>;
      const args = {...(meta.args ?? {}), ...(story.args ?? {})};
      const parameters = {...(meta.parameters ?? {}), ...(story.parameters ?? {})};
      const renderFn = story.render ?? meta.render ?? ((storyArgs: Record<string, unknown>) => defaultRender(String(meta.component), storyArgs));
      // Story decorators wrap closest, then the module's, then the preview's (groups, theme, docs frame).
      const decorators: Decorator[] = [...(story.decorators ?? []), ...(meta.decorators ?? []), ...projectDecorators];
      const name = String(story.name ?? story.storyName ?? exportName);
      return {
        module: info.path, exportName, title, name, parameters, args, play: story.play,
        render: async ({theme, args: changed, viewMode = 'story', undecorated = false}: RenderOptions = {}) => {
          const storyArgs = {...args, ...changed};
          const loaded = Object.assign({}, ...(await Promise.all([...(meta.loaders ?? []), ...(story.loaders ?? [])]
            .map((loader: any) => loader({args: storyArgs})))));
          const context = {args: storyArgs, argTypes: {}, parameters, globals: {thema: theme}, loaded, id: exportName, name, title, viewMode};
          let storyFn = () => renderFn(context.args, context) as unknown;
          for (const decorator of undecorated ? [] : decorators) {
            const inner = storyFn;
            storyFn = () => decorator(inner, context);
          }
          return storyFn() as TemplateResult;
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
