// Module hook for the launch test: `import ... from "electron"` in the built
// main process resolves to the recording stand-in next to this file (through
// the next resolver, so tsx compiles the TypeScript).
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return next(new URL('./fake-electron.ts', import.meta.url).href, context);
  return next(specifier, context);
}
