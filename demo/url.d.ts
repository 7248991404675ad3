/** A file's URL, served or emitted by Vite (`?url`). */
declare module '*?url' {
  const url: string;
  export default url;
}
