import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { ApiError, query } from './api'

/**
 * A query whose answer a screen shows: loading, the data, or the API's own Chinese message. Runs again when a
 * variable it watches changes.
 */
export function useQuery<T>(document: string, variables: () => Record<string, unknown> = () => ({}),
  sources: WatchSource[] = [], ready: () => boolean = () => true) {
  const data: Ref<T | null> = shallowRef(null)
  const error = ref<ApiError | null>(null)
  const loading = ref(true)
  async function run() {
    // a variable the query needs is not known yet (the campaign before the list of campaigns came)
    if (!ready()) return
    loading.value = true
    error.value = null
    try {
      data.value = await query<T>(document, variables())
    } catch (failure) {
      data.value = null
      error.value = failure instanceof ApiError ? failure
        : new ApiError(failure instanceof Error ? failure.message : String(failure), 'INTERNAL')
    } finally {
      loading.value = false
    }
  }
  watch(sources, run, { immediate: true })
  return { data, error, loading, reload: run }
}
