import { accessToken, signInAgain } from './auth'

/** An error of the API, with its Chinese message and its code (FORBIDDEN, NOT_FOUND, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

interface GraphQlError {
  message: string
  extensions?: { code?: string }
}

/** Runs one of the console's documents with the caller's own token: the console has no rights of its own. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await accessToken()
  let response: Response
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    })
  } catch {
    throw new ApiError('无法连接防贫系统服务器，请检查网络后重试。', 'NETWORK')
  }
  if (response.status === 401) await signInAgain()
  let body: { data?: T | null; errors?: GraphQlError[] }
  try {
    body = await response.json()
  } catch {
    throw new ApiError(`服务器返回了无法识别的应答（HTTP ${response.status}）。`, 'INTERNAL')
  }
  if (body.errors?.length) {
    const first = body.errors[0]
    throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL')
  }
  return body.data as T
}

/** Downloads a file the API serves to the bearer of the token (a ledger, an evidence file). */
export async function download(url: string, fileName: string): Promise<void> {
  const token = await accessToken()
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) {
    let message = `下载失败（HTTP ${response.status}）。`
    try {
      const body = await response.json()
      message = body.errors?.[0]?.message ?? body.message ?? message
    } catch {
      // not JSON: the status says enough
    }
    throw new ApiError(message, String(response.status))
  }
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
}
