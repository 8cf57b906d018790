/**
 * The decorators every story gets (.storybook/preview.ts), in a module of their own so the tests that
 * render the stories outside Storybook (test/a11y/storybook.ts) wrap them the same way.
 */
import {html, type TemplateResult} from 'lit';
import '../src/elements/factor-landscape/factor-landscape.js';
import {themeNamed} from './themes.js';

/** What these decorators read of Storybook's story context. */
export interface DecoratorContext {
  readonly globals: Record<string, unknown>;
  readonly viewMode?: string;
  readonly title?: string;
}
type StoryFn = () => unknown;

/**
 * Each story in its own `<factor-landscape>`: its groups are its own, so a filter set in one story
 * (or by a control) never carries over to the next story in the same preview page, and no story needs
 * a group name that an editor would then copy.
 */
export const withOwnGroups = (story: StoryFn): TemplateResult => html`<factor-landscape>${story()}</factor-landscape>`;

/**
 * The toolbar's theme: a wrapper with the theme package's class, which sets the tokens our elements
 * read through their shadow roots, exactly as a CMS page's stylesheet would. The wrapper also takes
 * the theme's page colours, so the story shows on the page it would sit on.
 */
export const withTheme = (story: StoryFn, context: DecoratorContext): TemplateResult => {
  const {name, theme} = themeNamed(context.globals.thema);
  return html`<div class="sf-thema ${theme.className}" data-thema=${name}>${story()}</div>`;
};

/**
 * On a docs page, the live example is a box of a screen or so that scrolls: an 83-row table would
 * otherwise make the page dozens of screens tall. The canvas shows the story at full height.
 */
export const withDocsFrame = (story: StoryFn, context: DecoratorContext): unknown =>
  context.viewMode === 'docs'
    ? html`<div class="sf-docs-voorbeeld" role="region" aria-label=${`Voorbeeld: ${context.title?.split('/').pop() ?? ''}`}>${story()}</div>`
    : story();

/** In Storybook's order: the first wraps closest to the story. */
export const decorators = [withOwnGroups, withTheme, withDocsFrame];
