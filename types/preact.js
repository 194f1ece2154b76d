// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/preact'`; the types are in preact.d.ts beside it.
export {};
