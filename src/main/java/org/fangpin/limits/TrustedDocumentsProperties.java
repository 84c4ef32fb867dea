package org.fangpin.limits;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which client applications may run only the registered documents of {@link TrustedDocuments}.
 *
 * @param enforcedClients the Keycloak clients ({@code azp} of the token) whose requests must name a registered
 * document; a raw document from them is refused. Empty by default; the {@code prod} profile names the
 * mini-program
 */
@ConfigurationProperties("fangpin.trusted-documents")
public record TrustedDocumentsProperties(@DefaultValue Set<String> enforcedClients) {
}
