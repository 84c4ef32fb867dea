package org.fangpin.quality;

import java.time.LocalDate;
import java.util.Objects;

import org.fangpin.quality.QualityService.Acknowledgement;
import org.fangpin.quality.QualityService.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code quality_settlement}: who owns a finding and by when, its owner's judgement with the fingerprint
 * of the data judged, and the problem raised from it.
 */
record Settlement(String kind, long recordId, long householdId, String ownerGrid, @Nullable LocalDate deadline,
		@Nullable FindingJudgement judgement, @Nullable String reason, @Nullable String fingerprint,
		@Nullable String judgedBy, @Nullable LocalDate judgedOn, @Nullable Long problemId, int version) {

	String key() {
		return Candidate.key(this.kind, this.recordId);
	}

	/** Judged right as it is, on the data the finding is still found on. */
	boolean settles(Candidate candidate) {
		return this.judgement == FindingJudgement.DATA_CORRECT
				&& Objects.equals(this.fingerprint, candidate.fingerprint());
	}

	@Nullable Acknowledgement acknowledgement(Candidate candidate) {
		if (this.judgement == null || this.reason == null || this.judgedBy == null || this.judgedOn == null) {
			return null;
		}
		return new Acknowledgement(this.judgement, this.reason, this.judgedBy, this.judgedOn,
				Objects.equals(this.fingerprint, candidate.fingerprint()));
	}

	Settlement judged(FindingJudgement judgement, String reason, String fingerprint, String by, LocalDate on) {
		return new Settlement(this.kind, this.recordId, this.householdId, this.ownerGrid, this.deadline, judgement,
				reason, fingerprint, by, on, this.problemId, this.version + 1);
	}

	Settlement raised(String owner, LocalDate deadline, long problem) {
		return new Settlement(this.kind, this.recordId, this.householdId, owner, deadline, this.judgement, this.reason,
				this.fingerprint, this.judgedBy, this.judgedOn, problem, this.version + 1);
	}

}
