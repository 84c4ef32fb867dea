package org.fangpin.security.tokens;

import org.fangpin.security.Caller;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request whose principal is the {@link Caller}. The raw token stays the credential and
 * is not handed to application code.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	private final Jwt token;

	CallerAuthentication(Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.caller = caller;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	@Override
	public String getName() {
		return this.caller.subject();
	}

}
