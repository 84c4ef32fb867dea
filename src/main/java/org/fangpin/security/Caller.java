package org.fangpin.security;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fangpin.graphql.GlobalId;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * 调用者: the person or department system behind a request, as the API sees it. Built once per request
 * from a validated token by {@link org.fangpin.security.tokens.CallerAuthenticationConverter}; services take it
 * as a parameter, and read its rows through {@link #scope()}, worked out once with the caller.
 *
 * @param subject the token's subject (the Keycloak user or service account id)
 * @param name a display name for timelines and audit records
 * @param duties the roles the caller holds, each in its grid (empty: a resident, or nobody)
 * @param department the department a {@link Role#DEPARTMENT} duty speaks for
 * @param resident the member of a household the account is bound to, for a {@link Role#RESIDENT}
 * @param client the application the token was issued to (its {@code azp}), e.g. {@code fangpin-miniprogram}
 */
public final class Caller {

	private final String subject;

	private final String name;

	private final List<HeldDuty> duties;

	private final @Nullable Department department;

	private final @Nullable Resident resident;

	private final @Nullable String client;

	private final Scope scope;

	/**
	 * 农户本人: the member a resident's account is bound to, and the household that member lives in now.
	 *
	 * @param groupCode the household's group grid: where the resident stands, for the record
	 */
	public record Resident(long memberId, long householdId, String groupCode) {
	}

	public Caller(String subject, String name, List<HeldDuty> duties, @Nullable Department department,
			@Nullable Resident resident, @Nullable String client) {
		this.subject = subject;
		this.name = name;
		this.duties = List.copyOf(duties);
		this.department = department;
		this.resident = resident;
		this.client = client;
		this.scope = Scope.of(this);
	}

	public String subject() {
		return this.subject;
	}

	public String name() {
		return this.name;
	}

	public List<HeldDuty> duties() {
		return this.duties;
	}

	public @Nullable Department department() {
		return this.department;
	}

	public @Nullable Resident resident() {
		return this.resident;
	}

	public @Nullable String client() {
		return this.client;
	}

	/** The rows the caller may see ({@link Scope#of}): handed to every mapper call, the same for the caller's life. */
	public Scope scope() {
		return this.scope;
	}

	/** Whether the caller holds the role in some grid (as a resident: acts for their own household). */
	public boolean holds(Role role) {
		return (role == Role.RESIDENT) ? ownHousehold() != null
				: this.duties.stream().anyMatch((duty) -> duty.role() == role);
	}

	/**
	 * The county a department duty serves, where it pushes warnings and reads its batches; null without one, or
	 * with several (which county a batch is for would be a guess).
	 */
	public @Nullable GridCode departmentCounty() {
		List<GridCode> counties = gridsOf(Role.DEPARTMENT);
		return (counties.size() == 1) ? counties.getFirst() : null;
	}

	/** The duties that reach a record of grid {@code code}. */
	public Stream<HeldDuty> dutiesCovering(String code) {
		return this.duties.stream().filter((duty) -> duty.covers(code));
	}

	/** The grids of all duties, once each: the union that row scope is made of. */
	public List<GridCode> grids() {
		return this.duties.stream().map(HeldDuty::grid).distinct().toList();
	}

	/** The grids in which the caller holds {@code role}. */
	public List<GridCode> gridsOf(Role role) {
		return this.duties.stream().filter((duty) -> duty.role() == role).map(HeldDuty::grid).distinct().toList();
	}

	/** Who acted, for the record (audit trail, timelines): the roles held, sorted, comma-separated. */
	public String roleList() {
		Stream<Role> roles = Stream.concat(this.duties.stream().map(HeldDuty::role),
				(ownHousehold() != null) ? Stream.of(Role.RESIDENT) : Stream.empty());
		return roles.distinct().map(Role::realmRole).sorted().collect(Collectors.joining(","));
	}

	/**
	 * Where the actor stood, for the record: the codes of the grids held, comma-separated; for a resident, their
	 * household's group grid, so that the auditor of their county reads what they did and were shown.
	 */
	public String gridList() {
		if (this.duties.isEmpty() && this.resident != null) {
			return this.resident.groupCode();
		}
		return grids().stream().map(GridCode::value).collect(Collectors.joining(","));
	}

	/**
	 * The household a resident acts for. Only an account that is nothing but a resident acts as one: a
	 * cadre who also lives in a village must not carry a resident's rights into their cadre scope.
	 */
	public @Nullable Long ownHousehold() {
		return (this.duties.isEmpty() && this.resident != null) ? this.resident.householdId() : null;
	}

	/** The global id of the household a resident acts for ({@code Caller.householdId}); null for anyone else. */
	public @Nullable String householdId() {
		Long own = ownHousehold();
		return (own != null) ? new GlobalId("Household", own).encode() : null;
	}

}
