// Locale files are imported as objects through the `locale-yaml` Vite plugin (wxt.config.ts).
declare module '*.yml' {
  const messages: Record<string, string>;
  export default messages;
}
