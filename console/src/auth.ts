import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'

/** What the API tells the console about where people log in (GET /console/config.json). */
export interface ConsoleConfig {
  issuer: string
  clientId: string
}

/** A failure the console cannot work around: shown full-page, in Chinese, with a way to try again. */
export class StartupError extends Error {}

let manager: UserManager | undefined

const home = () => `${location.origin}/console/`

async function loadConfig(): Promise<ConsoleConfig> {
  let response: Response
  try {
    response = await fetch('/console/config.json', { cache: 'no-store' })
  } catch {
    throw new StartupError('无法连接防贫系统服务器，请检查网络后重试。')
  }
  if (!response.ok) throw new StartupError(`防贫系统服务器暂不可用（HTTP ${response.status}），请稍后重试。`)
  return (await response.json()) as ConsoleConfig
}

function keycloakDown(): StartupError {
  return new StartupError('无法连接统一身份认证服务（Keycloak），暂时不能登录。请稍后重试，或联系县级系统管理员。')
}

/**
 * Logs the person in with the authorization code and PKCE, or finishes a login Keycloak sent back. Returns the
 * user once logged in; otherwise the browser is on its way to Keycloak's login page.
 */
export async function signIn(): Promise<User | null> {
  const config = await loadConfig()
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: home(),
    post_logout_redirect_uri: home(),
    response_type: 'code',
    scope: 'openid profile',
    // renewed with the refresh token before it expires: no hidden frame, nothing for frame-src
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  })
  const params = new URLSearchParams(location.search)
  if (params.has('code') && params.has('state')) {
    try {
      const user = await manager.signinRedirectCallback()
      const hash = typeof user.state === 'string' ? user.state : ''
      history.replaceState(null, '', home() + hash)
      return user
    } catch (error) {
      if (error instanceof TypeError) throw keycloakDown()
      history.replaceState(null, '', home())
    }
  }
  const user = await manager.getUser()
  if (user && !user.expired) return user
  try {
    await manager.signinRedirect({ state: location.hash })
  } catch {
    throw keycloakDown()
  }
  return null
}

/** The access token, renewed first if it has run out (a tab left open overnight). */
export async function accessToken(): Promise<string> {
  if (!manager) throw new StartupError('尚未登录。')
  let user = await manager.getUser()
  if (!user || user.expired) {
    try {
      user = await manager.signinSilent()
    } catch {
      user = null
    }
  }
  if (!user) {
    await manager.signinRedirect({ state: location.hash })
    throw new StartupError('登录已过期，正在转到登录页…')
  }
  return user.access_token
}

/** The API refused the token (Keycloak restarted with new keys, a session ended elsewhere): log in again. */
export async function signInAgain(): Promise<never> {
  await manager?.removeUser()
  await manager?.signinRedirect({ state: location.hash })
  throw new StartupError('登录已失效，正在转到登录页…')
}

export async function signOut(): Promise<void> {
  await manager?.signoutRedirect()
}
