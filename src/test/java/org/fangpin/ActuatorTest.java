package org.fangpin;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

/** Health probes are open to the orchestrator; metrics only to grid administrators. */
class ActuatorTest extends ApiTest {

	@Test
	void livenessAndReadinessNeedNoToken() {
		anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void metricsAreForGridAdministratorsOnly() {
		anonymous().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		clientAs(Persona.WORKER).get().uri("/actuator/metrics").exchange().expectStatus().isForbidden();
		clientAs(Persona.ADMIN).get().uri("/actuator/metrics/jvm.memory.used").exchange().expectStatus().isOk();
	}

}
