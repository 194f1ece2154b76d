// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/solid'`; the types are in solid.d.ts beside it.
export {};
