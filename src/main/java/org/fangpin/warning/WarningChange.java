package org.fangpin.warning;

import java.time.Instant;

import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.CaseType;
import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code warning_change}: one change of a department's warning, as its change feed tells it. Only
 * statuses and dates: no personal data beyond the reference the department sent.
 *
 * @param id the feed's cursor: time-ordered
 * @param status the warning's status after the change
 * @param caseType the type of the case the warning went into, once it did
 * @param caseStatus that case's status after the change
 * @param reason why it was withdrawn (the department's words) or closed by the county
 */
public record WarningChange(long id, long warningId, Department department, String countyCode, String referenceId,
		WarningChangeKind kind, WarningStatus status, @Nullable CaseType caseType, @Nullable CaseStatus caseStatus,
		@Nullable String reason, Instant occurredAt) {

	/** The change that brought the warning where it is now, with no case. */
	static WarningChange of(long id, DepartmentWarning warning, WarningChangeKind kind, Instant at) {
		return new WarningChange(id, warning.id(), warning.department(), warning.countyCode(), warning.referenceId(),
				kind, warning.status(), null, null, warning.closureReason(), at);
	}

	WarningChange withCase(@Nullable CaseType type, @Nullable CaseStatus status) {
		return new WarningChange(this.id, this.warningId, this.department, this.countyCode, this.referenceId, this.kind,
				this.status, type, status, this.reason, this.occurredAt);
	}

}
