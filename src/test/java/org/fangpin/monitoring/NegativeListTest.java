package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 负面清单 (seed 000 第三条): the township's check compares the household with the negative list, and a household
 * to which an item applies is identified only with the reason its 两不愁三保障 is really at risk.
 */
class NegativeListTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void aCheckComparesTheNegativeListAndAnItemThatAppliesNeedsTheReasonToIdentify() {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		Map<String, Object> before = snapshot();

		Map<String, Object> unchecked = verification(current, true);
		unchecked.remove("negativeList");
		assertThat(refusedStep(Persona.TOWNSHIP, "recordVerification", unchecked, "BAD_USER_INPUT")).contains("负面清单");
		Map<String, Object> withoutReason = verification(current, true);
		withoutReason.put("negativeList", Map.of("items", List.of("PRIVATE_VEHICLE")));
		assertThat(refusedStep(Persona.TOWNSHIP, "recordVerification", withoutReason, "BAD_USER_INPUT"))
			.contains("两不愁三保障");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> withReason = verification(current, true);
		withReason.put("negativeList", Map.of("items", List.of("PRIVATE_VEHICLE"), "reason",
				"旧农用三轮车一辆，户主重病住院，医疗支出大，基本医疗保障不足"));
		Map<String, Object> verified = step(Persona.TOWNSHIP, "recordVerification", withReason);
		assertStatus(verified, "PENDING_APPROVAL");
		String evidence = (String) ((List<Map<String, Object>>) verified.get("timeline")).getLast().get("evidence");
		assertThat(evidence).contains("PRIVATE_VEHICLE").contains("基本医疗保障不足");
	}

}
