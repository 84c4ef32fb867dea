package org.fangpin.grid;

import java.util.Optional;

import org.fangpin.grid.KeycloakGroups.KcUser;
import org.fangpin.security.Role;

import org.springframework.stereotype.Component;

/**
 * 农户账号: a resident's Keycloak account, bound to the member it is. The binding is the user attribute
 * {@code member_id} beside the realm role {@code resident}; the token carries both (docs/duties.md). Who may
 * bind whom, and on what proof, is the member service's business.
 */
@Component
public class ResidentAccounts {

	private final KeycloakGroups keycloak;

	ResidentAccounts(KeycloakGroups keycloak) {
		this.keycloak = keycloak;
	}

	/** Binds the account {@code username} to the member; false when there is no such account. */
	public boolean bind(String username, long memberId) {
		if (!this.keycloak.isEnabled()) {
			throw new IllegalStateException("Grid sync is off: bind residents in the Keycloak admin console");
		}
		Optional<KcUser> user = this.keycloak.user(username);
		if (user.isEmpty()) {
			return false;
		}
		this.keycloak.setAttribute(user.get().id(), "member_id", String.valueOf(memberId));
		this.keycloak.grantRealmRole(user.get().id(), Role.RESIDENT.realmRole());
		return true;
	}

}
