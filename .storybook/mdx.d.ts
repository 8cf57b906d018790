/** A docs page written in MDX, imported as the React component Storybook renders. */
declare module '*.mdx' {
  const Page: (props: Record<string, unknown>) => unknown;
  export default Page;
}
