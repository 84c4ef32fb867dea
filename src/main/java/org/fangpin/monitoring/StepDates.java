package org.fangpin.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 办理日期: the dates the steps of a case recorded, as last corrected. A correction is an event of its own, since
 * the timeline is never edited; it applies to the latest recording of its step before it. The dates that may be
 * corrected, and the order they keep (seeds 001, 004: commitment, appraisal, notice; the elimination's appraisal
 * and notice), are listed here.
 */
final class StepDates {

	/** A date a step records: the step and the key of its record. */
	record Field(Transition step, String key) {
	}

	/** Each chain in the order its dates keep; a notice ends after it starts (the others may share a day). */
	static final List<List<Field>> CHAINS = List.of(
			List.of(new Field(Transition.RECORD_COMMITMENT, "signedOn"), new Field(Transition.PASS_APPRAISAL, "heldOn"),
					new Field(Transition.RECORD_NOTICE, "startOn"), new Field(Transition.RECORD_NOTICE, "endOn")),
			List.of(new Field(Transition.PASS_ELIMINATION_APPRAISAL, "heldOn"),
					new Field(Transition.RECORD_ELIMINATION_NOTICE, "startOn"),
					new Field(Transition.RECORD_ELIMINATION_NOTICE, "endOn")),
			List.of(new Field(Transition.ANNOUNCE, "publishedOn")),
			List.of(new Field(Transition.ANNOUNCE_ELIMINATION, "publishedOn")));

	private final List<CaseEvent> events;

	private final JsonMapper json;

	StepDates(List<CaseEvent> events, JsonMapper json) {
		this.events = events;
		this.json = json;
	}

	/** The chain a field stands in, or null for a date that is not corrected this way. */
	static @Nullable List<Field> chainOf(Field field) {
		return CHAINS.stream().filter((chain) -> chain.contains(field)).findFirst().orElse(null);
	}

	/** The date the step last recorded under {@code key}, as corrected since; null if never recorded. */
	@Nullable LocalDate of(Transition step, String key) {
		LocalDate date = null;
		for (CaseEvent event : this.events) {
			if (event.action().equals(step.name())) {
				date = parse(this.json.readTree(event.evidence()).path(key));
			}
			else if (date != null && event.action().equals(Transition.CORRECT_DATE.name())) {
				JsonNode correction = this.json.readTree(event.evidence());
				if (step.name().equals(correction.path("step").asString(null))
						&& key.equals(correction.path("field").asString(null))) {
					date = parse(correction.path("to"));
				}
			}
		}
		return date;
	}

	/** The record of a correction, for the timeline and the audit trail. */
	static Map<String, @Nullable Object> correction(Field field, @Nullable LocalDate from, LocalDate to, String reason) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("step", field.step().name());
		record.put("field", field.key());
		record.put("from", from);
		record.put("to", to);
		record.put("reason", reason);
		return record;
	}

	private static @Nullable LocalDate parse(JsonNode value) {
		String text = value.asString(null);
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
