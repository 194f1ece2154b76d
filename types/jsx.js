// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/jsx'`; the types are in jsx.d.ts beside it.
export {};
