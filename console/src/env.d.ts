/// <reference types="vite/client" />
declare module 'virtual:enum-labels' {
  const labels: Record<string, Record<string, string>>
  export default labels
}
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
