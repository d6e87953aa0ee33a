/** okrkit's stylesheet, inlined as text by the build (tsup's `text` loader). */
declare module '@okrkit/react/styles.css' {
  const text: string;
  export default text;
}
