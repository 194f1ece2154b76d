// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/svelte'`; the types are in svelte.d.ts beside it.
export {};
