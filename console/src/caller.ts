import type { ComputedRef, InjectionKey } from 'vue'

export interface Caller {
  name: string
  roles: string[]
  department: string | null
  duties: { role: string; grid: { code: string; level: string; name: string | null } }[]
}

export const callerKey: InjectionKey<ComputedRef<Caller | null>> = Symbol('caller')
