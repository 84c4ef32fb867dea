package org.fangpin.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.monitoring.LeadService.Channel;
import org.fangpin.monitoring.MonitoringInputs.ChannelLeadInput;
import org.fangpin.monitoring.MonitoringInputs.LinkPendingLeadInput;
import org.fangpin.monitoring.MonitoringInputs.UnregisteredPersonInput;
import org.fangpin.monitoring.MonitoringPayloads.LeadPayload;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the 12317 hotline, a petition (信访) or the media, recorded by the township or county that received
 * them (seed 001 四(四)): one lead per channel reference (the same ticket recorded twice is one lead), and for a
 * person the county has not registered, a pending lead the township or county links to the household once it is.
 */
@Service
public class LeadChannels {

	private static final int MAX_NAME_LENGTH = 50;

	private final LeadService leads;

	private final LeadMapper mapper;

	private final HouseholdService households;

	private final IdNumberCipher cipher;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	LeadChannels(LeadService leads, LeadMapper mapper, HouseholdService households, IdNumberCipher cipher,
			IdGenerator ids, AuditLog audit, Clock clock) {
		this.leads = leads;
		this.mapper = mapper;
		this.households = households;
		this.cipher = cipher;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the lead; like any lead it waits for the household's village to decide. The same reference of the
	 * same channel again answers the lead recorded first and writes nothing; a hotline ticket or petition already
	 * recorded for another household is refused (the media may report on several).
	 */
	@Transactional
	public LeadPayload record(Act act, ChannelLeadInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		check.require(input.source() == LeadSource.HOTLINE_PETITION || input.source() == LeadSource.MEDIA,
				"来源应为热线信访或媒体 (source must be HOTLINE_PETITION or MEDIA)", "source");
		String reference = check.text(input.channelReference(), 100, "来源编号", "channelReference");
		check.notInFuture(input.receivedOn(), LocalDate.now(this.clock.withZone(InputCheck.ZONE)), "receivedOn");
		String description = LeadService.checkRisk(check, input.riskTypes(), input.description());
		check.require((input.householdId() == null) != (input.person() == null),
				"请指定农户，或未登记人员的信息，二者选一 (give householdId or person, not both)", "householdId");
		if (input.person() != null) {
			return recordPending(act, input, input.person(), check, reference, description);
		}
		Household household = this.households.get(caller, Objects.requireNonNull(input.householdId()));
		act.check(household);
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		// one ticket, one lead: two recordings of it at once wait for each other on the household
		this.mapper.lockHousehold(household.id());
		List<Lead> recorded = this.mapper.findByChannel(input.source(), Objects.requireNonNull(reference),
				household.countyCode());
		Optional<Lead> same = recorded.stream().filter((lead) -> lead.householdId() == household.id()).findFirst();
		if (same.isPresent()) {
			return LeadPayload.of(same.get());
		}
		if (input.source() == LeadSource.HOTLINE_PETITION && !recorded.isEmpty()) {
			return LeadPayload.rejected(List.of(UserError.conflict("该来源编号已登记为另一户的线索 (CONFLICT: this "
					+ "ticket was recorded for another household)", "channelReference")));
		}
		return LeadPayload.of(this.leads.insert(act, household, input.source(), input.riskTypes(),
				Objects.requireNonNull(description), caller.name(), null, new Channel(reference, input.receivedOn()), null));
	}

	private LeadPayload recordPending(Act act, ChannelLeadInput input, UnregisteredPersonInput person,
			InputCheck check, @Nullable String reference, @Nullable String description) {
		String name = check.text(person.name(), MAX_NAME_LENGTH, "姓名", "person.name");
		IdNumber idNumber = (person.idNumber() != null && !person.idNumber().isBlank())
				? check.parse(person.idNumber(), IdNumber::of, "person.idNumber") : null;
		GridCode grid = GridCode.parse(person.gridCode())
			.filter((code) -> code.level() == GridLevel.TOWNSHIP || code.level() == GridLevel.VILLAGE)
			.orElse(null);
		check.require(grid != null, "居住地应为乡镇或村的网格编码 (gridCode must be a township or village code)",
				"person.gridCode");
		if (grid != null) {
			act.check(grid);
		}
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		GridCode where = Objects.requireNonNull(grid);
		String county = where.value().substring(0, GridLevel.COUNTY.codeLength());
		PendingLead pending = new PendingLead(this.ids.nextId(), county,
				where.value().substring(0, GridLevel.TOWNSHIP.codeLength()), where.value(), input.source(),
				Objects.requireNonNull(reference), input.receivedOn(), RiskTypes.format(input.riskTypes()),
				Objects.requireNonNull(description), Objects.requireNonNull(name),
				(idNumber != null) ? this.cipher.encrypt(idNumber) : null,
				(idNumber != null) ? this.cipher.lookupHash(idNumber) : null, PendingLeadStatus.WAITING, null,
				act.caller().name(), this.clock.instant(), 0);
		PendingLead earlier = this.mapper.findPendingByChannel(county, input.source(), reference);
		if (earlier != null) {
			return new LeadPayload(null, earlier, List.of());
		}
		try {
			this.mapper.insertPending(pending);
		}
		catch (DuplicateKeyException ex) {
			// the same ticket, recorded twice at once: the other one was kept
			Transactions.rollback();
			return LeadPayload.rejected(List.of(UserError.conflict(
					"同一来源编号正在登记，请刷新后查看 (CONFLICT: the same ticket is being recorded)", "channelReference")));
		}
		this.audit.record(act, act.duty().mutation(), "PendingLead", pending.id(),
				new Changes().field("source", null, pending.source()).field("grid", null, pending.gridCode()));
		return new LeadPayload(null, pending, List.of());
	}

	/** Pending leads of the caller's townships and counties, oldest first. */
	public Connection<PendingLead> pending(Caller caller, Page page) {
		Scope scope = caller.scope();
		return page.toConnection(this.mapper.findPending(scope, page.afterId(), page.fetchSize()), PendingLead::id,
				() -> this.mapper.countPending(scope));
	}

	public @Nullable String idNumber(PendingLead pending) {
		byte[] stored = pending.idNumberCipher();
		return (stored != null) ? this.cipher.decrypt(stored).value() : null;
	}

	/**
	 * Links a pending lead to the person's household, registered since: the lead is raised as the channel brought
	 * it (its reference and the day it was received, from which the 15 days run) and waits for the village.
	 */
	@Transactional
	public LeadPayload link(Act act, LinkPendingLeadInput input) {
		Caller caller = act.caller();
		PendingLead pending = GlobalId.idOf(input.pendingLeadId(), "PendingLead")
			.map((id) -> this.mapper.findPendingById(caller.scope(), id))
			.orElseThrow(() -> ApiException.notFound("待关联线索"));
		Household household = this.households.get(caller, input.householdId());
		act.check(household);
		if (pending.status() != PendingLeadStatus.WAITING) {
			return LeadPayload.rejected(List.of(UserError.conflict("该线索已关联 (CONFLICT: the lead was linked)",
					"pendingLeadId")));
		}
		if (pending.version() != input.version()) {
			return new LeadPayload(null, pending, List.of(UserError.staleVersion(input.version())));
		}
		if (!household.countyCode().equals(pending.countyCode())) {
			throw ApiException.notFound("农户");
		}
		Lead lead = this.leads.insert(act, household, pending.source(), RiskTypes.parse(pending.riskTypes()),
				pending.description(), pending.recordedBy(), null,
				new Channel(pending.channelReference(), pending.receivedOn()), null);
		if (this.mapper.linkPending(pending.linked(lead.id()), pending.version()) == 0) {
			Transactions.rollback();
			return LeadPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		return new LeadPayload(lead, pending.linked(lead.id()), List.of());
	}

}
