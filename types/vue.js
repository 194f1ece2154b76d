// Types only: importing this module has no effect at run time. It lets bundlers resolve
// `import 'health-widgets/types/vue'`; the types are in vue.d.ts beside it.
export {};
