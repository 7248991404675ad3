/** A CSS file as a string, minified by the build (Vite's `?inline`). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
