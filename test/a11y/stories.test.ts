import {expect} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/index.js';
import {ELEMENT_TAGS} from '../../src/elements/registry.js';
import {libraryElements, settle} from '../shared/elements.js';
import {
  addStylesheet, fetchLog, importStoryModule, serveStaticDirsLikeStorybook, staticDirs, storiesOf, storyModulePaths,
  type StoryCase, type StoryModuleInfo,
} from './storybook.js';
import {decorators} from '../../.storybook/decorators.js';
import {DEFAULT_THEME, THEMES} from '../../.storybook/themes.js';
// Registers `window.axe`, as @open-wc/testing's `accessible()` does, for the list of its rules below.
import 'axe-core/axe.min.js';

// What .storybook/preview.ts does for every story: Dutch page, its stylesheet (the theme packages), its decorators.
document.documentElement.lang = 'nl';
await addStylesheet('/stories/preview.css');
serveStaticDirsLikeStorybook(await staticDirs());

// Found and imported before the tests are declared, so every story, also one added later, gets its own test.
const paths = await storyModulePaths();
const modules: StoryModuleInfo[] = [];
for (const path of paths) modules.push(await importStoryModule(path));
const themes = Object.keys(THEMES);

/**
 * The axe rules whose outcome a theme can change: a theme sets colours, fonts, sizes and spacing, so the
 * contrast, links told apart by more than colour, the size of targets, and boxes that start to scroll.
 * Every rule runs in the default theme; in the other themes only these (all rules in every theme took half
 * of this file's time, a tenth of the browser tests').
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];
const AXE_RULES = (window as unknown as {axe: {getRules(): {ruleId: string}[]}}).axe.getRules().map((rule) => rule.ruleId);

/**
 * The rules a story turns off with `parameters.a11y.config.rules`, as Storybook's a11y addon honours them,
 * and in a theme other than the default those that no theme can change. (The addon also turns off `region`;
 * it is left on here, and the stories pass it.)
 */
function ignoredRules(story: StoryCase, theme: string): string[] {
  const rules: {id: string; enabled: boolean}[] = story.parameters.a11y?.config?.rules ?? [];
  const turnedOff = rules.filter((rule) => rule.enabled === false).map((rule) => rule.id);
  return theme === DEFAULT_THEME ? turnedOff : [...turnedOff, ...AXE_RULES.filter((rule) => !THEME_RULES.includes(rule))];
}

describe('every story in Storybook is accessible (axe, WCAG 2.1 AA)', function () {
  this.timeout(60000);
  let root: HTMLElement;
  let fetchedBefore = 0;

  beforeEach(() => {
    // Storybook's canvas: the story renders into #storybook-root, in a padded layout.
    root = document.createElement('div');
    root.id = 'storybook-root';
    root.style.padding = '1rem';
    document.body.append(root);
    fetchedBefore = fetchLog.length;
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('finds the story modules (one that only Vite can import is reported, and loaded the way Vite does)', () => {
    expect(paths, 'a story module per element').to.include.members(ELEMENT_TAGS.map((tag) => `/stories/${tag}.stories.ts`));
    expect(themes).to.include.members(['standaard', 'utrecht', 'utrecht-donker', 'rijkshuisstijl', 'den-haag', 'amsterdam']);
    expect(AXE_RULES, 'the rules a theme can change are axe rules').to.include.members(THEME_RULES);
    // A module that only Vite can import is still tested below; its problem is reported here.
    for (const info of modules) if (info.importProblem) console.warn(`story module: ${info.importProblem}`);
  });

  for (const info of modules) {
    const stories = storiesOf(info, decorators);
    describe(String((info.module.default as {title?: string} | undefined)?.title ?? info.path), () => {
      it('has stories', () => expect(stories.length, info.path).to.be.above(0));
      for (const story of stories) {
        for (const theme of themes) {
          it(`${story.name} (${story.exportName}), thema ${theme}`, async () => {
            render(await story.render({theme}), root);
            await settle(root);
            if (story.play) {
              await story.play({canvasElement: root, args: story.args, step: async (_: string, fn: () => unknown) => fn()});
              await settle(root);
            }
            const elements = libraryElements(root);
            expect(elements.length, 'the story shows at least one element of the library').to.be.above(0);
            // Every element has rendered something, not an empty shadow root.
            for (const el of elements) {
              if (el.localName === 'factor-landscape') continue;
              expect(el.shadowRoot!.textContent!.trim(), `<${el.localName}> has content`).not.to.equal('');
            }
            // A dataset the story asks for must arrive: a 404 would make it an error story by accident.
            const failed = fetchLog.slice(fetchedBefore).filter((entry) => entry.status >= 400);
            expect(failed, 'files the story fetched').to.deep.equal([]);
            // (A group keeps its dataset: the same story in the next theme does not fetch it again.)
            for (const el of elements.filter((e) => e.hasAttribute('src'))) {
              const file = `/${el.getAttribute('src')!.split('/').pop()}`;
              const fetched = fetchLog.filter((entry) => entry.url.endsWith(file)).map((entry) => entry.status);
              expect(fetched, `<${el.localName} src="${el.getAttribute('src')}"> was fetched`).to.include(200);
            }
            await expect(root).to.be.accessible({ignoredRules: ignoredRules(story, theme)});
          });
        }
      }
    });
  }
});
