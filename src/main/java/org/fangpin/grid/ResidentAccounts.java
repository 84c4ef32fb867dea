package org.fangpin.grid;

import java.util.List;
import java.util.Optional;

import org.fangpin.grid.KeycloakGroups.KcUser;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 农户账号: a resident's Keycloak account, bound to the member it is. The binding is the user attribute
 * {@code member_id} beside the realm role {@code resident}; the token carries both (docs/duties.md). Who may
 * bind which account, and on what proof, is the member service's and {@code Grants}' business.
 */
@Component
public class ResidentAccounts {

	static final String MEMBER_ID = "member_id";

	private final KeycloakGroups keycloak;

	ResidentAccounts(KeycloakGroups keycloak) {
		this.keycloak = keycloak;
	}

	/**
	 * An account as a binding needs to see it.
	 *
	 * @param subject its id, as its tokens name it
	 * @param duties the duties its groups give
	 * @param boundMember the member it is bound to, if it is
	 */
	public record Account(String subject, List<HeldDuty> duties, @Nullable String boundMember) {
	}

	public Optional<Account> find(String username) {
		if (!this.keycloak.isEnabled()) {
			throw new IllegalStateException("Grid sync is off: bind residents in the Keycloak admin console");
		}
		return this.keycloak.user(username).map((user) -> new Account(user.id(), duties(user),
				user.attribute(MEMBER_ID)));
	}

	/** Binds the account to the member. */
	public void bind(Account account, long memberId) {
		this.keycloak.setAttribute(account.subject(), MEMBER_ID, String.valueOf(memberId));
		this.keycloak.grantRealmRole(account.subject(), Role.RESIDENT.realmRole());
	}

	private List<HeldDuty> duties(KcUser user) {
		return this.keycloak.groupPaths(user.id()).stream().map(HeldDuty::ofGroupPath).flatMap(Optional::stream).toList();
	}

}
