package org.fangpin.limits;

import java.io.IOException;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trusted documents are enforced only where configured: by default every client, the mini-program too, may
 * send raw GraphQL; the {@code prod} profile enforces them for the mini-program.
 */
class TrustedDocumentsByDefaultTest extends ApiTest {

	@Autowired
	private TrustedDocumentsProperties properties;

	@Test
	void byDefaultTheMiniProgramMaySendRawDocumentsLikeEveryClient() throws IOException {
		assertThat(this.properties.enforcedClients()).isEmpty();

		graphQlWithToken(tokens().authorizationCodeGrant(TrustedDocumentsTest.MINIPROGRAM, Persona.RESIDENT))
			.document(TrustedDocumentsTest.trusted("Me"))
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.containsExactly("RESIDENT");
	}

	@Test
	void theProdProfileEnforcesThemForTheMiniProgram() {
		YamlPropertiesFactoryBean prod = new YamlPropertiesFactoryBean();
		prod.setResources(new ClassPathResource("application-prod.yml"));
		assertThat(prod.getObject())
			.containsEntry("fangpin.trusted-documents.enforced-clients[0]", TrustedDocumentsTest.MINIPROGRAM)
			.doesNotContainKey("fangpin.trusted-documents.enforced-clients[1]");
	}

}
