package org.fangpin.scalerisk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/** Scale-risk warnings: a village whose disaster leads jump is flagged, with the numbers; scope applies. */
class ScaleRiskTest extends LifecycleTest {

	@BeforeEach
	void aPeriodOfItsOwn() {
		// the leads of other tests fall long before: this village's baseline is empty
		this.clock.advance(Duration.ofDays(2000));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aVillageWhoseDisasterLeadsJumpIsFlaggedWithTheNumbers() {
		for (int i = 0; i < 3; i++) {
			lead(run(Persona.WORKER, "reportLead", Map.of("householdId", newHousehold(), "source", "CADRE_INSPECTION",
					"riskTypes", List.of("DISASTER"), "description", "洪水冲毁农田和圈舍")), "reportLead");
		}
		List<Map<String, Object>> village = warnings(Persona.TOWNSHIP, "VILLAGE", false);
		assertThat(village).hasSize(1);
		Map<String, Object> flagged = village.getFirst();
		assertThat((Map<String, Object>) flagged.get("grid")).containsEntry("code", VILLAGE_A1);
		assertThat(flagged).containsEntry("riskType", "DISASTER")
			.containsEntry("leads7", 3)
			.containsEntry("leads30", 3)
			.containsEntry("flagged", true)
			.containsEntry("peerAverage30", 0.0);
		assertThat((String) flagged.get("explanation")).contains("近30天3条", "预警");
		// the township of the village is flagged too; the other township's worker sees nothing of it
		assertThat(warnings(Persona.COUNTY, "TOWNSHIP", false)).singleElement()
			.satisfies((township) -> assertThat((Map<String, Object>) township.get("grid")).containsEntry("code",
					TOWNSHIP_A));
		assertThat(warnings(Persona.WORKER2, "VILLAGE", true)).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> warnings(Persona persona, String level, boolean all) {
		return graphQlAs(persona).documentName("scaleRisk")
			.operationName("scaleRiskWarnings")
			.variable("level", level)
			.variable("all", all)
			.execute()
			.path("scaleRiskWarnings")
			.entityList(Map.class)
			.get()
			.stream()
			.map((row) -> (Map<String, Object>) row)
			.toList();
	}

}
