package org.fangpin.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code pending_lead}: a hotline, petition or media lead about a person the county has not registered,
 * kept (like an unmatched warning) until the township or county links it to the household once registered.
 *
 * @param gridCode where the person lives, as the channel said: a township or village of the county
 * @param leadId the lead raised once linked
 */
public record PendingLead(long id, String countyCode, @Nullable String townshipCode, String gridCode,
		LeadSource source, String channelReference, LocalDate receivedOn, String riskTypes, String description,
		String personName, byte @Nullable [] idNumberCipher, byte @Nullable [] idNumberHash, PendingLeadStatus status,
		@Nullable Long leadId, String recordedBy, Instant recordedAt, int version) implements DataSubject {

	/** Not in a household yet: the data is of the grid the channel placed the person in. */
	@Override
	public @Nullable Long dataSubjectHousehold() {
		return null;
	}

	@Override
	public String dataSubjectGrid() {
		return this.gridCode;
	}

	PendingLead linked(long lead) {
		return new PendingLead(this.id, this.countyCode, this.townshipCode, this.gridCode, this.source,
				this.channelReference, this.receivedOn, this.riskTypes, this.description, this.personName,
				this.idNumberCipher, this.idNumberHash, PendingLeadStatus.LINKED, lead, this.recordedBy,
				this.recordedAt, this.version + 1);
	}

}
