// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/react'`; the types are in react.d.ts beside it.
export {};
