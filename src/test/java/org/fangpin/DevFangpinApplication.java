package org.fangpin;

import org.fangpin.devservices.DevServices;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The API for development, with everything it needs: {@code ./mvnw spring-boot:test-run}. Starts the
 * embedded MariaDB and Keycloak unless configured (see README.md), then the API with the {@code dev}
 * profile (GraphiQL, demo data).
 */
public final class DevFangpinApplication {

	private DevFangpinApplication() {
	}

	public static void main(String[] args) {
		DevServices services = DevServices.start(DevServices.Purpose.DEVELOPMENT);
		new SpringApplicationBuilder(FangpinApplication.class).profiles("dev")
			// Above application.yml, so that its defaults do not win over what was just started
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("devServices", services.properties())))
			.listeners((ApplicationListener<ApplicationReadyEvent>) (event) -> printWelcome(
					event.getApplicationContext().getEnvironment()))
			.run(args);
	}

	private static void printWelcome(Environment environment) {
		String api = "http://localhost:" + environment.getProperty("local.server.port");
		String issuer = environment.getProperty("fangpin.security.issuer-uri");
		System.out.printf("""

				  fangpin is running (profile dev, demo county 999901 青禾县)
				    GraphQL    %1$s/graphql
				    GraphiQL   %1$s/graphiql   (add the header  {"Authorization": "Bearer <token>"})
				    Keycloak   %2$s   (admin console: /admin, user admin / admin)
				    Database   %3$s
				    Demo users, password fangpin: county township village worker worker2 auditor civil resident admin
				    A token:   curl -s -d grant_type=password -d client_id=fangpin-cli -d username=worker \\
				                 -d password=fangpin %2$s/protocol/openid-connect/token
				    Stop with Ctrl-C.

				""", api, issuer, environment.getProperty("spring.datasource.url"));
	}

}
