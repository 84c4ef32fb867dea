package org.fangpin.grid;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service account the API keeps Keycloak's grid groups in step with.
 *
 * @param enabled whether to mirror the grid tree into Keycloak and manage memberships at all
 * @param clientId the confidential client with the service account
 * @param clientSecret its secret
 * @param realmUri the realm as the API reaches it, when the issuer's address is not reachable from the API
 * (inside docker compose); blank: the issuer
 * @param reconcileAtStart whether to reconcile the whole tree at every start (off, for instance, on all replicas but
 * one)
 */
@ConfigurationProperties("fangpin.grid-sync")
record GridSyncProperties(boolean enabled, String clientId, String clientSecret, @Nullable String realmUri,
		@DefaultValue("true") boolean reconcileAtStart) {
}
